import type { Language } from "../format";
import type { Direction, Measure } from "../plan";
import type { CellRef } from "../findings";
import type { ObjectiveResourceRow, OutputResourceRow } from "./resource-rows";

import type { Field } from "./field";

export type { Field };

/** A cell where a row meets a link column (an objective on the Outputs sheet, a goal on the Objectives sheet). */
export interface LinkCell extends Field {
  /** The column's header: an objective label (`Objective 2`) or a goal label (`Goal ITU-R`). */
  readonly column: string;
  readonly headerAt: CellRef;
}

export interface ReportMeta {
  readonly planId: string;
  readonly planVersion: string;
  readonly formatVersion: number;
  readonly period: number;
  readonly sectors: readonly string[];
  /** The language the workbook was written in (`_kpi_meta` key `language`); English where it has none. */
  readonly language?: Language;
}

export interface GoalRow {
  readonly id: string;
  readonly label: string;
  readonly at: CellRef;
}

export interface ObjectiveRow {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly at: CellRef;
  readonly goals: readonly LinkCell[];
}

export interface OutputRow {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  readonly at: CellRef;
  readonly objectives: readonly LinkCell[];
}

/** A row of the Results sheet: an item of Table X.2 as that table words it. */
export interface ResultItemRow {
  readonly objective: Field;
  readonly kind: string;
  readonly itemId: string;
  readonly text: string;
  /** The Text cell itself, as stored (the submission stamp hashes it). */
  readonly textField: Field;
  readonly at: CellRef;
}

export interface KpiYear {
  readonly year: number;
  readonly target: Field;
  readonly actual: Field;
  /** A qualitative KPI's assessment of the year; an empty Field (cell null) where the table has no such column. */
  readonly assessment: Field;
}

/** A KPI row: the officer's entries as typed data, each with its cell. */
export interface KpiRow {
  readonly id: string;
  readonly at: CellRef;
  readonly objective: Field;
  readonly output: Field;
  readonly text: string;
  /** The KPI and Unit cells themselves, as stored (an officer-defined KPI's are its officer's, and stamped). */
  readonly textField: Field;
  readonly unitField: Field;
  /** Null when the Measure cell holds something that is not a measure; the raw cell is `measureCell`. */
  readonly measure: Measure | null;
  readonly measureCell: Field;
  readonly direction: Direction | null;
  readonly directionCell: Field;
  readonly unit: string;
  readonly cumulative: boolean;
  readonly baselineYear: Field;
  readonly baseline: Field;
  readonly years: readonly KpiYear[];
  /** The baseline, then target and actual of each year, in that order (the same cells as above). */
  readonly valueFields: readonly Field[];
  /** What to call each of valueFields in a message ("Baseline", "Target 2013", ...); shared by the table's rows. */
  readonly valueLabels: readonly string[];
  /** Null when the table has no Status column for the reporting year. */
  readonly status: Field | null;
  readonly dataNote: Field;
  readonly evidence: Field;
}

export interface SectorReport {
  readonly id: string;
  /** Null where a table is missing or unusable; the structural finding says why. */
  readonly objectives: readonly ObjectiveRow[] | null;
  readonly outputs: readonly OutputRow[] | null;
  /** Null where the plan has no Table X.2 for this sector, or the sheet is unusable. */
  readonly results: readonly ResultItemRow[] | null;
  readonly kpis: readonly KpiRow[] | null;
  /** Money per output (table `<s>_Resources`); null where the workbook has no such table (made before resources). */
  readonly outputResources?: readonly OutputResourceRow[] | null;
  /** Shares per objective over goals (table `<s>_Objective_Resources`); null where absent. */
  readonly objectiveResources?: readonly ObjectiveResourceRow[] | null;
  /** Year columns found in the KPI table's headers (Target/Actual <year>), including any outside the plan. */
  readonly yearHeaders: readonly { readonly year: number; readonly at: CellRef }[];
}

/** The workbook's content as typed data: what the rules check. */
export interface Report {
  readonly meta: ReportMeta;
  readonly goals: readonly GoalRow[] | null;
  readonly sectors: readonly SectorReport[];
}
