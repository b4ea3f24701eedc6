import { GOALS_FORMAT } from "../format";
import { cellText } from "../snapshot";
import { locateTable } from "./locate-table";
import type { ReadContext } from "./read-context";
import type { GoalRow } from "./report";
import { dataRows, field } from "./table-rows";

/** The Goals table's rows; null where the table is missing or unusable (a finding says why). */
export const readGoals = (context: ReadContext): GoalRow[] | null => {
  const located = locateTable(context, GOALS_FORMAT, "");
  if (!located) return null;
  const { table, columns } = located;
  const idAt = columns.index("goalId");
  const labelAt = columns.index("goal");
  return dataRows(table).map((row) => {
    const id = field(table, row, idAt);
    return {
      id: cellText(id.value),
      label: cellText(row[labelAt]?.value),
      at: { sheet: id.sheet, cell: id.cell },
    };
  });
};
