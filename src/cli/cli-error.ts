import type { Result } from "../core/result";

/** An error the CLI reports as one line on stderr, with its exit code (2: the input cannot be used). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The value of a use case's result, or a CliError naming the file with the sentences of why not (exit 2). */
export const valueOrRefuse = <T>(result: Result<T, string>, file: string): T => {
  if (!result.ok) throw new CliError(`${file}: ${result.errors.join("; ")}`);
  return result.value;
};
