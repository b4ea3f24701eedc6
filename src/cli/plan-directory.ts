import { promises as fs } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Plan, PlanFileError } from "../core/plan/quick";
import { fail, Result } from "../core/result";
import { formatBytes } from "../core/snapshot";
import { isMessage, message, render, translatorFor, type Message } from "../core/i18n";
import { CliError } from "./cli-error";

const inFile = (file: string, reason: Message): Message =>
  message("error.inFile", { file, reason });

/** The plans shipped with KPI Reporter, unless --plans-dir or KPI_REPORTER_PLANS says otherwise. */
export const defaultPlansDir = (): string =>
  process.env.KPI_REPORTER_PLANS ?? resolve(__dirname, "..", "..", "plan-data");

/** A path as a user would recognise it: relative to where they are, when it is below it. */
export const displayPath = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !resolve(rel).startsWith("..") ? rel : file;
};

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The largest plan or values file read (docs/limits.md); the shipped plans are under 200 KB. */
export const MAX_JSON_FILE_BYTES = 10 * 1024 * 1024;

/** Reads a text file that must be UTF-8, naming the file in any error; past 10 MB it is refused unread. */
export const readUtf8 = async (file: string): Promise<string> => {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_JSON_FILE_BYTES)
      throw new CliError(
        inFile(
          displayPath(file),
          message("error.file.jsonTooLarge", {
            size: formatBytes(size),
            limit: formatBytes(MAX_JSON_FILE_BYTES),
          })
        )
      );
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      inFile(
        displayPath(file),
        code === "ENOENT"
          ? message("error.file.noSuchFile")
          : code === "EISDIR"
            ? message("error.file.isFolder")
            : message("error.file.cannotRead", { code: code ?? String(error) })
      )
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(
      inFile(displayPath(file), message("error.file.notUtf8", { encoding: "UTF-8" }))
    );
  }
};

const readPlan = async (file: string): Promise<Result<Plan, PlanFileError>> => {
  const name = displayPath(file);
  // A plan file that fits the schema is read without zod; zod (the plan schema) loads only to say what is wrong
  // with one that may not: `plans` and `--help` stay within 2x of a node start (issue #12).
  const { parsePlanFileQuick } = await import("../core/plan/quick");
  try {
    const text = await readUtf8(file);
    return (
      parsePlanFileQuick(name, text) ?? (await import("../core/plan")).parsePlanFile(name, text)
    );
  } catch (error) {
    if (error instanceof CliError) {
      // The reason the file could not be read, without the file's name (the plan file error names it).
      const first = error.said[0];
      const reason: Message =
        isMessage(first) && first.key === "error.inFile" && isMessage(first.values?.reason)
          ? first.values.reason
          : message("error.cli.unexpected", { message: error.message });
      return fail([
        { file: name, path: "", message: render(translatorFor("en"), reason), said: reason },
      ]);
    }
    throw error;
  }
};

/** Every plan file in a folder, each either loaded or with its problems. */
export const readPlanDirectory = async (dir: string): Promise<Result<Plan, PlanFileError>[]> => {
  let names: string[];
  try {
    names = (await fs.readdir(dir))
      .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))
      .sort();
  } catch {
    throw new CliError(
      message("error.plans.noFolder", { folder: displayPath(dir), plansDir: "--plans-dir" })
    );
  }
  return Promise.all(names.map((n) => readPlan(join(dir, n))));
};

/** The plan with this id, from `<dir>/<id>.json`; a missing or broken file is a CliError naming it. */
export const readPlanById = async (dir: string, id: string): Promise<Plan> => {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new CliError(message("error.plans.notAnId", { id, command: "kpi-report plans" }));
  const file = join(dir, `${id}.json`);
  try {
    await fs.access(file);
  } catch {
    const known = (await readPlanDirectory(dir)).flatMap((r) => (r.ok ? [r.value.id] : []));
    throw new CliError(
      message("error.plans.unknown", {
        id,
        folder: displayPath(dir),
        known: known.length === 0 ? message("error.plans.none") : known.join(", "),
      })
    );
  }
  const result = await readPlan(file);
  const { sayPlanFileError } = await import("../core/plan/quick");
  if (!result.ok) throw new CliError(result.errors.map(sayPlanFileError));
  return result.value;
};
