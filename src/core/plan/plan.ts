import type { Language } from "../i18n";

/** How a KPI's value is entered and judged. */
export type Measure = "number" | "percentage" | "yes-no" | "milestone" | "qualitative";

/** Whether a higher or a lower value of a KPI is better. */
export type Direction = "up" | "down";

export type GoalId = string;
export type SectorId = string;
export type ObjectiveId = string;
export type OutputId = string;
export type KpiId = string;

/** A table of the source document: its number ("4.1", or null where the source numbers none) and title. */
export interface TableCaption {
  readonly number: string | null;
  readonly title: string;
}

export interface Goal {
  readonly id: GoalId;
  readonly label: string;
  readonly title: string;
  readonly text: string;
  readonly sector?: SectorId;
}

export interface Objective {
  readonly id: ObjectiveId;
  readonly number: number;
  readonly label: string;
  readonly shortTitle?: string;
  readonly text: string;
  readonly goals: readonly GoalId[];
}

export interface Output {
  readonly id: OutputId;
  readonly name: string;
  readonly note?: string;
  readonly objectives: readonly ObjectiveId[];
}

export interface ExpectedResult {
  readonly id: string;
  readonly text: string;
}

export interface Kpi {
  readonly id: KpiId;
  readonly text: string;
  readonly output?: OutputId;
  readonly measure: Measure;
  readonly direction: Direction;
  readonly unit: string;
  readonly cumulative?: boolean;
}

/** One row of Table X.2: an objective with the outputs, expected results and KPIs that table lists for it. */
export interface ResultRow {
  readonly objective: ObjectiveId;
  readonly objectiveText: string;
  readonly outputs: readonly string[];
  readonly expectedResults: readonly ExpectedResult[];
  readonly kpis: readonly Kpi[];
}

export interface Sector {
  readonly id: SectorId;
  readonly name: string;
  readonly outputTable: TableCaption & { readonly outputsHeader: string };
  readonly resultsTable: TableCaption | null;
  readonly objectives: readonly Objective[];
  readonly outputs: readonly Output[];
  readonly results: readonly ResultRow[];
}

export interface StatusBands {
  readonly met: number;
  readonly onTrack: number;
}

/** Thresholds that turn entered values into a status; every field has a documented default. */
export interface Reporting {
  readonly statusBands: StatusBands;
  readonly milestoneStages: readonly string[];
  /** A year-on-year change of an actual larger than this share of the previous year's value is flagged as implausible. */
  readonly jumpThreshold: number;
}

/**
 * What a plan's source itself gets wrong or leaves out (two of its tables disagreeing, a table cut off), recorded
 * once in the plan file: shown with the plan and in the annex, never reported against a workbook.
 */
export interface PlanNote {
  /** The sector it concerns; absent for the whole plan. */
  readonly sector?: SectorId;
  /** The objective it concerns, where it is one objective's. */
  readonly objective?: ObjectiveId;
  readonly text: string;
}

/** How the plan's Council documents are titled and printed (the annex's title block, every printed page's paper). */
export interface PlanDocument {
  /** The Council document symbol, e.g. `C13/INF/12`; null where the plan names none. */
  readonly symbol: string | null;
  /** The annex's title; the plan's title where the file gives none. */
  readonly title: string;
  readonly paperSize: "A4" | "Letter";
}

/** A sector's budget envelope for one year: the most its outputs' approved budgets may add up to. */
export interface Envelope {
  readonly sector: SectorId;
  readonly year: number;
  readonly amount: number;
}

/** How the plan's money is counted: results-based budgeting (docs/plan-format.md, "Resources"). */
export interface Resources {
  /** ISO 4217 code of every amount in the workbook (CHF for the ITU), or null where the plan declares none. */
  readonly currency: string | null;
  /** Expenditure may exceed budget by this share (0.05: 5%) before it is flagged as an over-spend. */
  readonly overspendTolerance: number;
  /** Envelopes the plan gives, per sector and year; none where the source gives no figures. */
  readonly envelopes: readonly Envelope[];
}

/**
 * A plan text as a plan file may give it: a string (English), or the text in several of the six languages
 * (`{"en": "...", "fr": "..."}`, English required). Read through planText or planIn, never directly.
 */
export type LocalText =
  string | (Readonly<Partial<Record<Language, string>>> & { readonly en: string });

/**
 * The texts a plan file gives by language, by the JSON path of the text in the file
 * (`$.sectors[0].objectives[1].text`): what planIn puts a plan in another language from.
 */
export type PlanTexts = Readonly<Record<string, LocalText>>;

export interface Plan {
  readonly formatVersion: 1;
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly source: string;
  readonly period: { readonly start: number; readonly end: number };
  readonly goalTable: TableCaption & { readonly rowHeader: string };
  readonly goals: readonly Goal[];
  readonly sectors: readonly Sector[];
  readonly reporting: Reporting;
  readonly notes: readonly PlanNote[];
  readonly document: PlanDocument;
  readonly resources: Resources;
  /**
   * The texts the plan file gives in other languages than English, where it gives any: the other fields hold the
   * English. Read only through planIn (a plan in one language); no other module reads this.
   */
  readonly texts?: PlanTexts;
}

export const DEFAULT_REPORTING: Reporting = {
  statusBands: { met: 1, onTrack: 0.8 },
  milestoneStages: ["Not started", "In progress", "Completed"],
  jumpThreshold: 1,
};

export const DEFAULT_RESOURCES: Resources = {
  currency: null,
  overspendTolerance: 0,
  envelopes: [],
};

/** The years of a plan's period, first to last. */
export const planYears = (plan: Pick<Plan, "period">): number[] =>
  Array.from({ length: plan.period.end - plan.period.start + 1 }, (_, i) => plan.period.start + i);

/** Every KPI of a sector, in Table X.2 order. */
export const sectorKpis = (sector: Sector): Kpi[] => sector.results.flatMap((row) => row.kpis);
