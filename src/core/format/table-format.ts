import type { HeaderKey, Language } from "./header-texts";
import {
  findingsSheetName,
  FINDINGS_TABLE,
  goalsSheetName,
  GOALS_TABLE,
  META_SHEET,
  META_TABLE,
  sectorSheetName,
  sectorTableName,
} from "./workbook-names";

/**
 * What a column's cells hold: plan text and formulas are locked (read-only under sheet protection); entry cells
 * are open for officers to type in and look like input cells.
 */
export type ColumnRole = "plan" | "entry" | "computed";

/** A column the format declares, by the key of its header text. */
export interface ColumnFormat {
  readonly key: HeaderKey;
  /**
   * A per-year column: `each` is one column for each year of the plan (inside a YearGroup), `reporting` one for
   * the reporting year; its header holds the year ("Actual 2013").
   */
  readonly perYear?: "each" | "reporting";
  /** Width in characters. */
  readonly width: number;
  readonly role: ColumnRole;
  readonly wrap?: boolean;
  readonly numFmt?: string;
  /** A reader cannot use the table without it: its absence is one column-missing finding. */
  readonly required?: boolean;
}

/** Columns repeated year by year, interleaved: Target 2012, Actual 2012, Target 2013, Actual 2013 ... */
export interface YearGroup {
  readonly eachYear: readonly ColumnFormat[];
}

/**
 * One link column per goal (on the Objectives sheet) or per objective (on the Outputs sheet), headed by its label
 * and holding the link mark. A reader takes every header that is not one of the table's own columns as one.
 */
export interface LinkColumns {
  readonly links: "goals" | "objectives";
  readonly width: number;
}

export type ColumnEntry = ColumnFormat | YearGroup | LinkColumns;

export type TableId = "goals" | "objectives" | "outputs" | "results" | "kpis" | "meta" | "findings";

/** A table of the workbook format: its name and sheet (a sector's where it is one per sector), its columns in order. */
export interface TableFormat {
  readonly id: TableId;
  readonly tableName: (sectorId: string) => string;
  readonly sheetName: (sectorId: string, language?: Language) => string;
  readonly columns: readonly ColumnEntry[];
}

export const isYearGroup = (entry: ColumnEntry): entry is YearGroup => "eachYear" in entry;
export const isLinkColumns = (entry: ColumnEntry): entry is LinkColumns => "links" in entry;

/** Every declared column of a table (a year group's columns once each), links left out. */
export const declaredColumns = (table: TableFormat): ColumnFormat[] =>
  table.columns.flatMap((entry) =>
    isLinkColumns(entry) ? [] : isYearGroup(entry) ? entry.eachYear : [entry]
  );

const fixed = (
  key: HeaderKey,
  width: number,
  role: ColumnRole,
  extra: Omit<ColumnFormat, "key" | "width" | "role"> = {}
): ColumnFormat => ({ key, width, role, ...extra });
const sectorTable = (kind: "Objectives" | "Outputs" | "Results" | "KPIs") => ({
  tableName: (sectorId: string) => sectorTableName({ id: sectorId }, kind),
  sheetName: (sectorId: string, language?: Language) =>
    sectorSheetName({ id: sectorId }, kind, language),
});
const required = { required: true } as const;

/** The Goals table: the goals of the Union, the columns of Table 8.1. */
export const GOALS_FORMAT: TableFormat = {
  id: "goals",
  tableName: () => GOALS_TABLE,
  sheetName: (_sectorId: string, language?: Language) => goalsSheetName(language),
  columns: [
    fixed("goalId", 14, "plan", required),
    fixed("goal", 14, "plan", required),
    fixed("title", 40, "plan", { wrap: true }),
    fixed("text", 90, "plan", { wrap: true }),
  ],
};

/** A sector's objectives, with a link column per goal. */
export const OBJECTIVES_FORMAT: TableFormat = {
  id: "objectives",
  ...sectorTable("Objectives"),
  columns: [
    fixed("objectiveId", 14, "plan", required),
    fixed("number", 6, "plan"),
    fixed("objective", 14, "plan", required),
    fixed("shortTitle", 30, "plan", { wrap: true }),
    fixed("text", 80, "plan", { wrap: true, required: true }),
    { links: "goals", width: 11 },
  ],
};

/** A sector's outputs, with a link column per objective (Table X.1). */
export const OUTPUTS_FORMAT: TableFormat = {
  id: "outputs",
  ...sectorTable("Outputs"),
  columns: [
    fixed("outputId", 14, "plan", required),
    fixed("output", 60, "plan", { wrap: true, required: true }),
    fixed("note", 30, "plan", { wrap: true, required: true }),
    { links: "objectives", width: 11 },
  ],
};

/** Table X.2's own wording: the objective, outputs and expected results as that table lists them. */
export const RESULTS_FORMAT: TableFormat = {
  id: "results",
  ...sectorTable("Results"),
  columns: [
    fixed("objectiveId", 14, "plan", required),
    fixed("kind", 16, "plan", required),
    fixed("itemId", 14, "plan", required),
    fixed("text", 100, "plan", { wrap: true, required: true }),
  ],
};

/** A sector's KPIs: plan text, then the officer's baseline, a target, an actual and an assessment a year, computed progress and status. */
export const KPIS_FORMAT: TableFormat = {
  id: "kpis",
  ...sectorTable("KPIs"),
  columns: [
    fixed("kpiId", 15, "plan", required),
    fixed("objectiveId", 14, "entry", required),
    fixed("outputId", 14, "entry", required),
    fixed("kpi", 50, "plan", { wrap: true, required: true }),
    fixed("measure", 12, "plan", required),
    fixed("direction", 15, "plan", required),
    fixed("unit", 12, "plan", required),
    fixed("baselineYear", 9, "entry", required),
    fixed("baseline", 11, "entry", required),
    {
      // Wrapped: a qualitative KPI's target and actual are sentences, and a printed page shows them whole. Its
      // assessment of the year (Achieved, Partly achieved, Not achieved) stands beside the narrative.
      eachYear: [
        fixed("target", 12, "entry", { perYear: "each", wrap: true }),
        fixed("actual", 12, "entry", { perYear: "each", wrap: true }),
        fixed("assessment", 12, "entry", { perYear: "each" }),
      ],
    },
    fixed("progress", 11, "computed", { perYear: "reporting", numFmt: "0%" }),
    fixed("status", 14, "computed", { perYear: "reporting" }),
    fixed("dataNote", 12, "entry", required),
    fixed("evidence", 50, "entry", { wrap: true, required: true }),
  ],
};

/** The very hidden metadata: one key and value a row. */
export const META_FORMAT: TableFormat = {
  id: "meta",
  tableName: () => META_TABLE,
  sheetName: () => META_SHEET,
  columns: [fixed("key", 16, "plan", required), fixed("value", 40, "plan", required)],
};

/** The Validation sheet's table: every finding, with a link to its cell. */
export const FINDINGS_FORMAT: TableFormat = {
  id: "findings",
  tableName: () => FINDINGS_TABLE,
  sheetName: (_sectorId: string, language?: Language) => findingsSheetName(language),
  columns: [
    fixed("severity", 10, "computed"),
    fixed("rule", 26, "computed"),
    fixed("sector", 9, "computed"),
    fixed("sheet", 16, "computed"),
    fixed("cell", 8, "computed"),
    fixed("message", 80, "computed", { wrap: true }),
    fixed("fix", 60, "computed", { wrap: true }),
  ],
};

/** The tables of each sector, in workbook order. */
export const SECTOR_TABLES: readonly TableFormat[] = [
  OBJECTIVES_FORMAT,
  OUTPUTS_FORMAT,
  RESULTS_FORMAT,
  KPIS_FORMAT,
];
