import { translatorFor, type Translator } from "../../core/i18n";
import type { AnnexSummary } from "../build-annex";
import { say } from "./say";

/** The annex's outcome in words: what was made, and the KPIs per status. */
export interface AnnexView {
  /** "plan itu-2012-2015, reporting year 2013, 10 sheets (Status summary, Table 4.1, ...)". */
  readonly made: string;
  /** "92 KPIs: 3 met, 1 on track, 0 off track, 88 not assessable". */
  readonly statuses: string;
  /** The name to give the annex file: `itu-2012-2015-2013-annex.xlsx`, as the demo names it. */
  readonly fileName: string;
}

/** The annex's file name, from the plan and the reporting year. */
export const annexFileName = (
  s: Pick<AnnexSummary, "planId" | "period">,
  tr: Translator = translatorFor("en")
): string => say("annex.fileName", { plan: s.planId, period: s.period }, tr);

/** The Council annex's outcome as every front end words it. */
export const presentAnnex = (
  s: Pick<AnnexSummary, "planId" | "period" | "sheets" | "kpis" | "statuses">,
  tr: Translator = translatorFor("en")
): AnnexView => ({
  made: say(
    "annex.made",
    {
      plan: s.planId,
      period: s.period,
      count: s.sheets.length,
      sheets: s.sheets.join(", "),
    },
    tr
  ),
  statuses: say(
    "annex.statuses",
    {
      kpis: s.kpis,
      counts: s.statuses
        .map((x) =>
          say("annex.statusCount", { count: x.count, status: x.status.toLowerCase() }, tr)
        )
        .join(", "),
    },
    tr
  ),
  fileName: annexFileName(s),
});
