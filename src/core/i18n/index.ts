export * from "./language";
export * from "./catalogs";
export * from "./translator";
export { isPseudoLocalised, pseudoLocalise } from "./pseudo-localise";
