import type { CellRef } from "../findings";
import type { Field } from "./field";

/** A share cell: an officer's percentage of a row's money for the objective or goal its column is labelled with. */
export interface ShareCell extends Field {
  /** The label the column splits over (`Objective 2`, `Goal ITU-R`): its header without "Share ". */
  readonly label: string;
}

/** A year's budget and expenditure cells on a resources row. */
export interface AmountYear {
  readonly year: number;
  readonly budget: Field;
  readonly expenditure: Field;
}

/** A row of a sector's Resources table: one output's money per year and its shares over objectives. */
export interface OutputResourceRow {
  /** The output id, as the row's Output ID cell holds it. */
  readonly id: string;
  readonly at: CellRef;
  readonly years: readonly AmountYear[];
  readonly shares: readonly ShareCell[];
}

/** A row of a sector's Objective Resources table: one objective's shares over goals (its amounts are computed). */
export interface ObjectiveResourceRow {
  readonly id: string;
  readonly at: CellRef;
  readonly shares: readonly ShareCell[];
}
