import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import {
  isLanguage,
  languageFromEnvironment,
  LANGUAGES,
  PSEUDO_LOCALE,
  translatorFor,
  type DisplayLanguage,
} from "../core/i18n";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { catalogOfResults, PlanCatalog } from "../app";
import { FileExistsError, FileWriteError, WorkbookReadError } from "../adapters/xlsx";
import type { CliContext, Console } from "./cli-context";
import { CliError } from "./cli-error";
import { COMMANDS } from "./commands";
import { defaultPlansDir, displayPath, readPlanDirectory } from "./plan-directory";

export type { Console } from "./cli-context";

const packageVersion = (): string => {
  try {
    return (
      JSON.parse(readFileSync(resolve(__dirname, "..", "..", "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
  } catch {
    return "0.0.0";
  }
};

export const GENERATOR = `kpi-reporter ${packageVersion()}`;

/**
 * An option's help: its description, "(required)" where it must be given, and its default only where there is
 * one worth saying (never an empty list or an empty string).
 */
const optionDescription = (option: Option): string => {
  const value = option.defaultValue as unknown;
  const shown =
    value === undefined || value === "" || (Array.isArray(value) && value.length === 0)
      ? []
      : [`default: ${option.defaultValueDescription ?? JSON.stringify(value)}`];
  const extra = [...(option.mandatory ? ["required"] : []), ...shown];
  return extra.length === 0 ? option.description : `${option.description} (${extra.join(", ")})`;
};

/** `--lang`'s value: one of the six languages, or the pseudo-locale. */
const languageArgument = (value: string): DisplayLanguage => {
  const language = value === PSEUDO_LOCALE ? PSEUDO_LOCALE : isLanguage(value) ? value : undefined;
  if (language === undefined)
    throw new InvalidArgumentError(`one of ${LANGUAGES.join(", ")} (or ${PSEUDO_LOCALE})`);
  return language;
};

const buildProgram = (
  io: Console,
  now: () => Date,
  state: { exitCode: number },
  env: Readonly<Record<string, string | undefined>>
): Command => {
  const program = new Command("kpi-report")
    .description(
      "KPI reporting on a strategic plan: build, check and submit the reporting workbook"
    )
    .version(packageVersion())
    .option("--plans-dir <dir>", "folder of plan files", defaultPlansDir())
    .option("--debug", "show stack traces of unexpected errors")
    .option(
      "--lang <language>",
      "the language of what is written and said: ar, zh, en, fr, ru or es (default: the workbook's own, else from LC_ALL, LC_MESSAGES or LANG)",
      languageArgument
    )
    .configureHelp({ optionDescription })
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
    })
    .exitOverride();
  const plansDir = (): string => resolve(program.opts<{ plansDir: string }>().plansDir);
  let catalog: Promise<PlanCatalog> | undefined;
  const asked = (): DisplayLanguage | undefined => program.opts<{ lang?: DisplayLanguage }>().lang;
  const ctx: CliContext = {
    io,
    now,
    generator: GENERATOR,
    plansDir,
    plans: () => (catalog ??= readPlanDirectory(plansDir()).then(catalogOfResults)),
    translator: (workbookLanguage) =>
      translatorFor(asked() ?? workbookLanguage ?? languageFromEnvironment(env)),
    workbookLanguage: () => {
      const language = asked() ?? languageFromEnvironment(env);
      return language === PSEUDO_LOCALE ? "en" : language;
    },
    askedLanguage: () => {
      const language = asked();
      return language === PSEUDO_LOCALE ? "en" : language;
    },
    exitWith: (code) => {
      state.exitCode = code;
    },
  };
  for (const register of COMMANDS) register(program, ctx);
  return program;
};

/**
 * Runs the CLI and returns its exit code: 0 done, 1 done with findings, 2 the input cannot be used.
 * Never throws: every error becomes one line on stderr (and a stack trace with --debug).
 */
export const run = async (
  argv: readonly string[],
  io: Console,
  now: () => Date = () => new Date(),
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<number> => {
  const state = { exitCode: 0 };
  const program = buildProgram(io, now, state, env);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.err(prefixLines(error.message));
      return error.exitCode;
    }
    if (error instanceof WorkbookReadError) {
      io.err(prefixLines(error.message));
      return 2;
    }
    if (error instanceof FileWriteError) {
      io.err(prefixLines(error.message.replace(error.file, displayPath(error.file))));
      return 2;
    }
    if (error instanceof FileExistsError) {
      io.err(prefixLines(`${displayPath(error.file)} already exists; use --force to replace it`));
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`kpi-report: unexpected error: ${message}`);
    if (argv.includes("--debug") && error instanceof Error && error.stack) io.err(error.stack);
    else io.err("kpi-report: run again with --debug for details, and report it if it persists");
    return 2;
  }
};

const prefixLines = (message: string): string =>
  message
    .split("\n")
    .map((line) => `kpi-report: ${line}`)
    .join("\n");

/** The `kpi-report` executable. */
export const main = async (): Promise<void> => {
  // A reader that stops early (`kpi-report validate x.xlsx | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
};
