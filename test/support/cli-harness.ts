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
    () => new Date("2021-06-30T12:00:00Z"),
    {}
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
};

/** As kpiReport, in an environment of these variables (LANG, LC_ALL, ...): no other is seen. */
export const kpiReportIn = async (
  env: Readonly<Record<string, string>>,
  ...argv: string[]
): Promise<CliOutcome> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    () => new Date("2021-06-30T12:00:00Z"),
    env
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

/**
 * A reporting workbook of the test plan (reporting year 2021), written by `kpi-report new` in a fresh folder,
 * pre-filled with `values` (a values file's JSON) where given.
 */
export const newWorkbook = async (
  values?: unknown,
  language?: string
): Promise<{ dir: string; plans: string; file: string }> => {
  const dir = tempDir();
  const plans = planDir();
  const file = join(dir, "report.xlsx");
  const valueArgs: string[] = [];
  if (values !== undefined) {
    const valuesFile = join(dir, "values.json");
    writeFileSync(valuesFile, JSON.stringify(values));
    valueArgs.push("--values", valuesFile);
  }
  const args = ["--plan", "test-2020-2023", "--period", "2021", ...valueArgs, "--out", file];
  if (language !== undefined) args.push("--lang", language);
  const made = await kpiReport("--plans-dir", plans, "new", ...args);
  if (made.code !== 0) throw new Error(`kpi-report new failed: ${made.err}`);
  return { dir, plans, file };
};
