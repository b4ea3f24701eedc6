import { message, render, translatorFor, type Message } from "../core/i18n";
import type { Result } from "../core/result";

/**
 * An error the CLI reports on stderr, one line per message, in the run's language, with its exit code
 * (2: the input cannot be used). Its `message` is the English text.
 */
export class CliError extends Error {
  /** Each line: a keyed message, or text that has no key yet (a plan file's problem), shown as it is. */
  readonly said: readonly (Message | string)[];
  constructor(
    said: Message | string | readonly (Message | string)[],
    readonly exitCode: number = 2
  ) {
    const all: readonly (Message | string)[] = Array.isArray(said) ? said : [said as Message];
    const english = translatorFor("en");
    super(all.map((m) => (typeof m === "string" ? m : render(english, m))).join("\n"));
    this.said = all;
    this.name = "CliError";
  }
}

/** The value of a use case's result, or a CliError naming the file with the sentences of why not (exit 2). */
export const valueOrRefuse = <T>(result: Result<T, Message>, file: string): T => {
  if (!result.ok) throw new CliError(refusalOf(file, result.errors));
  return result.value;
};

/** A use case's refusal of a file as one line: the file, then each reason, separated by semicolons. */
export const refusalOf = (file: string, errors: readonly Message[]): Message =>
  message("error.inFile", {
    file,
    reason: errors.reduce((first, next) => message("error.andAlso", { first, next })),
  });
