export {
  LANGUAGES,
  PSEUDO_LOCALE,
  isLanguage,
  languageFromEnvironment,
  languageOfTag,
  textDirection,
} from "./language";
export type { DisplayLanguage, Language } from "./language";
export { CATALOGS } from "./catalogs";
export type { Catalog, MessageKey } from "./catalogs";
export { translatorFor } from "./translator";
export type { MessageValues, Translator } from "./translator";
export { isPseudoLocalised, pseudoLocalise } from "./pseudo-localise";
