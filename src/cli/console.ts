/** Where output goes: the CLI's only contact with the console, so tests can capture it. */
export interface Console {
  out(line: string): void;
  err(line: string): void;
}
