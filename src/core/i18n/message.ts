import type { MessageKey } from "./catalogs";
import { translatorFor, type Translator } from "./translator";

/** What a keyed message's placeholder takes: text, a number, a date, or another keyed message said inside it. */
export type MessageArg = string | number | Date | Message;

/**
 * A sentence not yet in any language: its catalog key and the values of its placeholders (the file, sheet, cell
 * or JSON path it names). Core and the use cases return these; a front end says them in its reader's language.
 * @example message("error.file.noSuchFile", { file: "report.xlsx" })
 */
export interface Message {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, MessageArg>>;
}

/** A keyed message. */
export const message = (key: MessageKey, values?: Readonly<Record<string, MessageArg>>): Message =>
  values === undefined ? { key } : { key, values };

/** Whether a value is a keyed message (rather than text, a number or a date). */
export const isMessage = (value: unknown): value is Message =>
  typeof value === "object" &&
  value !== null &&
  !(value instanceof Date) &&
  typeof (value as { key?: unknown }).key === "string";

/** A keyed message in the translator's language, with the messages inside it said in that language too. */
export const render = (translator: Translator, said: Message): string =>
  translator.t(
    said.key,
    said.values === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(said.values).map(([name, value]) => [
            name,
            isMessage(value) ? render(translator, value) : value,
          ])
        )
  );

/**
 * An error a person reads: its `message` is the English sentence (what logs and stack traces show), and `said`
 * the keyed message that a front end renders in its reader's language.
 */
export class MessageError extends Error {
  constructor(readonly said: Message) {
    super(render(translatorFor("en"), said));
    this.name = "MessageError";
  }
}
