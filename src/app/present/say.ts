import { formatMessage, MessageParams } from "./format-message";
import { MessageCatalog, MessageKey, MESSAGES } from "./messages";

/**
 * The sentence for a message key with its parameters filled in, from a catalog (English unless given): how every
 * presentation module words an outcome.
 * @example say("findings.group", { title: "Errors", count: 3 }) // "Errors (3)"
 */
export const say = (
  key: MessageKey,
  params: MessageParams = {},
  catalog: MessageCatalog = MESSAGES
): string => formatMessage(catalog[key], params);
