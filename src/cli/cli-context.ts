import type { Command } from "commander";
import type { PlanCatalog } from "../app";
import type { Language } from "../core/format";
import type { Translator } from "../core/i18n";

/** Where output goes: the CLI's only contact with the console, so tests can capture it. */
export interface Console {
  out(line: string): void;
  err(line: string): void;
}

/** What every command's action may use: the console, the clock, the plan folder, the run's exit code. */
export interface CliContext {
  readonly io: Console;
  readonly now: () => Date;
  /** The name and version recorded in what the CLI writes ("kpi-reporter 0.1.0"). */
  readonly generator: string;
  /** The plan folder (--plans-dir, KPI_REPORTER_PLANS, or plan-data/). */
  plansDir(): string;
  /** The plan folder's plans, to find by id or to recognise a workbook by; broken files are its problems. */
  plans(): Promise<PlanCatalog>;
  /**
   * The words of what this run prints: in the language of --lang, else the workbook's own (where the command
   * read one), else the environment's (LC_ALL, LC_MESSAGES, LANG), else English.
   */
  translator(workbookLanguage?: Language): Translator;
  /** The language a new workbook is written in: --lang, else the environment's; English for the pseudo-locale. */
  workbookLanguage(): Language;
  /**
   * The language asked for with --lang (English for the pseudo-locale), for what a command writes into a workbook
   * it read (stamp, consolidation, upgrade); undefined without --lang: the workbook's own then.
   */
  askedLanguage(): Language | undefined;
  /** Ends the run with this exit code once the command is done: 1 for a command that finished with findings. */
  exitWith(code: number): void;
}

/** Registers one command on the program: what each file of src/cli/commands exports. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;
