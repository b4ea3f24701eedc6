import { Command, CommanderError, InvalidArgumentError } from "commander";
import {
  isLanguage,
  languageFromEnvironment,
  message,
  PSEUDO_LOCALE,
  render,
  translatorFor,
  type DisplayLanguage,
  type Message,
  type Translator,
} from "../core/i18n";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { PlanCatalog } from "../app";
import type { CliContext, Console } from "./cli-context";
import { CliError } from "./cli-error";
import { sayCommanderError } from "./commander-errors";
import { COMMANDS } from "./commands";
import { HELP_NAMES, helpKey, localisedHelp } from "./localised-help";
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

/** `--lang`'s value: one of the six languages, or the pseudo-locale. */
const languageArgument = (value: string): DisplayLanguage => {
  const language = asLanguage(value);
  if (language === undefined) throw new InvalidArgumentError(helpKey("cli.error.languageChoice"));
  return language;
};

const asLanguage = (value: string | undefined): DisplayLanguage | undefined =>
  value === PSEUDO_LOCALE ? PSEUDO_LOCALE : isLanguage(value) ? value : undefined;

/**
 * The language `--lang` asks for, read from the arguments before commander parses them: help and commander's
 * own errors are worded before its parse is done.
 */
const languageInArguments = (argv: readonly string[]): DisplayLanguage | undefined => {
  for (const [i, arg] of argv.entries()) {
    if (arg === "--") return undefined;
    if (arg === "--lang") return asLanguage(argv[i + 1]);
    if (arg.startsWith("--lang=")) return asLanguage(arg.slice("--lang=".length));
  }
  return undefined;
};

const buildProgram = (
  io: Console,
  now: () => Date,
  state: { exitCode: number },
  env: Readonly<Record<string, string | undefined>>,
  words: Translator
): { program: Command; ctx: CliContext } => {
  const program = new Command("kpi-report")
    .description(helpKey("cli.help.program"))
    .version(packageVersion(), "-V, --version", helpKey("cli.help.version"))
    .helpOption("-h, --help", helpKey("cli.help.help"))
    .option("--plans-dir <dir>", helpKey("cli.help.plansDir"), defaultPlansDir())
    .option("--debug", helpKey("cli.help.debug"))
    .option("--lang <language>", helpKey("cli.help.lang"), languageArgument)
    .configureHelp(localisedHelp(words))
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
      outputError: (s, write) => write(sayCommanderError(s, words, HELP_NAMES)),
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
    plans: () =>
      // The catalog alone, not the app's every use case: `plans` loads no more than the plan schema.
      (catalog ??= Promise.all([readPlanDirectory(plansDir()), import("../app/plan-catalog")]).then(
        ([results, { catalogOfResults }]) => catalogOfResults(results)
      )),
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
  return { program, ctx };
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
  // Until --lang is parsed, the words of help, commander's errors and refusals: --lang as given, else the
  // environment's.
  const words = translatorFor(languageInArguments(argv) ?? languageFromEnvironment(env));
  const { program } = buildProgram(io, now, state, env, words);
  const refuse = (said: Message | readonly (Message | string)[]): string =>
    prefixLines(
      (Array.isArray(said) ? said : [said])
        .map((m: Message | string) => (typeof m === "string" ? m : render(words, m)))
        .join("\n")
    );
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.err(refuse(error.said));
      return error.exitCode;
    }
    // Loaded already when one of its errors was thrown; never loaded for `--help` or `plans`.
    const { FileExistsError, FileWriteError, WorkbookReadError } = await import("../adapters/xlsx");
    if (error instanceof WorkbookReadError) {
      io.err(refuse(error.said));
      return 2;
    }
    if (error instanceof FileWriteError || error instanceof FileExistsError) {
      io.err(refuse(error.saidOf(displayPath(error.file))));
      return 2;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.err(refuse(message("error.cli.unexpected", { message: text })));
    if (argv.includes("--debug") && error instanceof Error && error.stack) io.err(error.stack);
    else io.err(refuse(message("error.cli.debugHint", { debug: "--debug" })));
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
