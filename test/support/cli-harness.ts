import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { makePlanFile } from "./make-plan";

export interface CliOutcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs kpi-report in-process, as a user would from a shell, and captures what it prints. */
export const kpiReport = async (...argv: string[]): Promise<CliOutcome> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    () => new Date("2021-06-30T12:00:00Z")
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
};

const created: string[] = [];

/** A fresh temporary folder, removed when the test file is done (test/support/cleanup.ts). */
export const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-test-"));
  created.push(dir);
  return dir;
};

/** Removes the folders tempDir made. */
export const removeTempDirs = (): void => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
};

/** A plan folder holding the small test plan (and any extra files given by name). */
export const planDir = (extra: Record<string, string> = {}): string => {
  const dir = tempDir();
  writeFileSync(join(dir, "test-2020-2023.json"), JSON.stringify(makePlanFile(), null, 2));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
};
