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
