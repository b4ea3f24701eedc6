import { LINK_MARK } from "../format";
import type { GoalMatrix } from "./goal-matrix";

/** A row of a matrix laid out as the plan's tables: a sector heading its rows, or a linked item. */
export interface MatrixRow {
  readonly kind: "sector" | "item";
  readonly cells: readonly string[];
  /** For item rows: how many columns are marked. */
  readonly marks: number;
}

const marks = (links: readonly boolean[]): string[] => links.map((l) => (l ? LINK_MARK : ""));

/** Rows grouped by sector, in the order the rows come, each group headed by a row naming the sector. */
const grouped = (
  width: number,
  items: readonly {
    readonly sector: string;
    readonly label: string;
    readonly links: readonly boolean[];
  }[]
): MatrixRow[] => {
  const rows: MatrixRow[] = [];
  let sector: string | undefined;
  for (const item of items) {
    if (item.sector !== sector) {
      sector = item.sector;
      rows.push({ kind: "sector", cells: [sector, ...Array<string>(width).fill("")], marks: 0 });
    }
    rows.push({
      kind: "item",
      cells: [item.label, ...marks(item.links)],
      marks: item.links.filter(Boolean).length,
    });
  }
  return rows;
};

/**
 * Table 8.1 as rows: each sector's row, then its objectives with an X under each goal they serve, exactly
 * as the plan lays the table out (the header row is the caller's: its corner cell is the plan's).
 */
export const goalTableRows = (matrix: GoalMatrix): MatrixRow[] =>
  grouped(
    matrix.goals.length,
    matrix.objectives.map((o) => ({ sector: o.sector, label: o.objective, links: o.links }))
  );

/** The derived outputs x goals view as rows: each sector's row, then its outputs with an X under each goal served. */
export const outputGoalRows = (matrix: GoalMatrix): MatrixRow[] =>
  grouped(
    matrix.goals.length,
    matrix.outputs.map((o) => ({ sector: o.sector, label: o.output, links: o.links }))
  );
