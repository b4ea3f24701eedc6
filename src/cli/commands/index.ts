import type { RegisterCommand } from "../cli-context";
import { annexCommand } from "./annex";
import { consolidateCommand } from "./consolidate";
import { demoCommand } from "./demo";
import { matrixCommand } from "./matrix";
import { newCommand } from "./new";
import { plansCommand } from "./plans";
import { repairCommand } from "./repair";
import { schemaCommand } from "./schema";
import { submitCommand } from "./submit";
import { upgradeCommand } from "./upgrade";
import { validateCommand } from "./validate";
import { verifyCommand } from "./verify";

/** Every command of kpi-report, in the order `--help` lists them: a new command is one file and one line here. */
export const COMMANDS: readonly RegisterCommand[] = [
  plansCommand,
  newCommand,
  validateCommand,
  submitCommand,
  verifyCommand,
  consolidateCommand,
  matrixCommand,
  repairCommand,
  upgradeCommand,
  annexCommand,
  demoCommand,
  schemaCommand,
];
