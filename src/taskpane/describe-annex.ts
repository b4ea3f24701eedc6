import type { AnnexSummary } from "../app";

/** The annex's file name, from the plan and the reporting year: `itu-2012-2015-2013-annex.xlsx`, as the demo names it. */
export const annexFileName = (s: Pick<AnnexSummary, "planId" | "period">): string =>
  `${s.planId}-${s.period}-annex.xlsx`;

/** What the pane says once the Council annex is made: its sheets and the KPIs per status, and whether it is a draft. */
export const describeAnnex = (
  s: Pick<AnnexSummary, "planId" | "period" | "sheets" | "kpis" | "statuses"> &
    Partial<Pick<AnnexSummary, "draft">>
): string => {
  const statuses = s.statuses
    .filter((x) => x.count > 0)
    .map((x) => `${x.count} ${x.status.toLowerCase()}`)
    .join(", ");
  return (
    `Made ${s.draft === true ? "a DRAFT of the Council annex (the workbook has validation errors; every sheet says DRAFT, not validated)" : "the Council annex"} for ${s.period} (plan ${s.planId}): ${s.sheets.length} sheets, ${s.sheets.join(", ")}. ` +
    `${s.kpis} KPI${s.kpis === 1 ? "" : "s"}${statuses ? `: ${statuses}` : ""}.`
  );
};
