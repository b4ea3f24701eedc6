import {
  translatorFor,
  type MessageKey,
  type MessageValues,
  type Translator,
} from "../../core/i18n";

/**
 * The sentence for a message key with its placeholders filled, in the translator's language (English unless
 * given): how every presentation module words an outcome. The pane passes its own translator.
 * @example say("findings.group", { title: "Errors", count: 3 }) // "Errors (3)"
 */
export const say = (
  key: MessageKey,
  params: MessageValues = {},
  translator: Translator = translatorFor("en")
): string => translator.t(key, params);
