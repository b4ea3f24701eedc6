import { translatorFor, type Translator } from "../../core/i18n";
import type { InsertSummary } from "../insert-workbook";
import { say } from "./say";

/** A new workbook in words: what it holds, how its reporting year was chosen, and the values placed and skipped. */
export interface InsertView {
  /** "plan p, reporting year 2021, sectors A, B (3 objectives, 3 outputs, 6 KPIs on 9 sheets)". */
  readonly made: string;
  /** Why the reporting year is this one, where the officer did not give it; null where they did. */
  readonly period: string | null;
  /** "38 values of values.json placed", then one line per reason values were skipped; empty where no values were given. */
  readonly values: readonly string[];
}

/** A new reporting workbook as every front end words it; `valuesFile` names the values file it was filled from. */
export const presentInsert = (
  s: InsertSummary,
  options: { readonly valuesFile?: string } = {},
  tr: Translator = translatorFor("en")
): InsertView => {
  const span = { start: s.planPeriod.start, end: s.planPeriod.end };
  return {
    made: say(
      "insert.made",
      {
        plan: s.planId,
        period: s.period,
        sectors: s.sectors.join(", "),
        objectives: s.objectives,
        outputs: s.outputs,
        kpis: s.kpis,
        sheets: s.sheets,
      },
      tr
    ),
    period:
      s.periodChoice === "given"
        ? null
        : say(
            `insert.period.${s.periodChoice}`,
            { period: s.period, year: s.thisYear, ...span },
            tr
          ),
    values: s.values
      ? [
          say("insert.values", { placed: s.values.placed, file: options.valuesFile ?? "" }, tr),
          ...s.values.skipped.map((k) =>
            say(`insert.skipped.${k.reason}`, { count: k.count, ...span }, tr)
          ),
        ]
      : [],
  };
};
