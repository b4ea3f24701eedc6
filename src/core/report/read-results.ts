import { canonicalWord, RESULTS_FORMAT } from "../format";
import { cellText } from "../snapshot";
import { locateTable } from "./locate-table";
import type { ReadContext } from "./read-context";
import type { ResultItemRow } from "./report";
import { dataRows, field } from "./table-rows";

/** A sector's Table X.2 wording, row by row; null where the table is missing or unusable. */
export const readResults = (context: ReadContext, sectorId: string): ResultItemRow[] | null => {
  const located = locateTable(context, RESULTS_FORMAT, sectorId);
  if (!located) return null;
  const { table, columns } = located;
  const objectiveAt = columns.index("objectiveId");
  const kindAt = columns.index("kind");
  const itemAt = columns.index("itemId");
  const textAt = columns.index("text");
  return dataRows(table).map((row) => {
    const objective = field(table, row, objectiveAt);
    return {
      objective,
      kind: cellText(canonicalWord("kind", row[kindAt]?.value ?? null)),
      itemId: cellText(row[itemAt]?.value),
      text: cellText(row[textAt]?.value),
      textField: field(table, row, textAt),
      at: { sheet: objective.sheet, cell: objective.cell },
    };
  });
};
