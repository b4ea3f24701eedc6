import { LINK_MARK } from "../format";
import { cellText, isEmptyCell } from "../snapshot";
import type { LinkCell, ObjectiveRow, OutputRow, SectorReport } from "./report";

/** True where a link cell marks a link. Anything else non-empty is read as a link too, and a rule says so. */
export const isLinked = (cell: LinkCell): boolean => !isEmptyCell(cell.value);

/** True where a link cell holds the link mark itself (in any case). */
export const isProperMark = (cell: LinkCell): boolean =>
  cellText(cell.value).toUpperCase() === LINK_MARK;

/** The objective a link column stands for, by its label (`Objective 2`), ignoring case and spaces. */
export const objectiveOfColumn = (sector: SectorReport, cell: LinkCell): ObjectiveRow | undefined =>
  (sector.objectives ?? []).find(
    (o) =>
      o.label.replace(/\s+/g, " ").toLowerCase() === cell.column.replace(/\s+/g, " ").toLowerCase()
  );

/** The ids of the objectives an output is linked to in the workbook. */
export const linkedObjectiveIds = (sector: SectorReport, output: OutputRow): string[] =>
  output.objectives.filter(isLinked).flatMap((cell) => objectiveOfColumn(sector, cell)?.id ?? []);

/** A text compared as wording, not typography: case, spacing, quotes and trailing punctuation ignored. */
export const sameWording = (a: string, b: string): boolean => {
  const norm = (t: string): string =>
    t
      .replace(/[’‘]/g, "'")
      .replace(/\s+/g, " ")
      .replace(/[\s.;:,]+$/, "")
      .trim()
      .toLowerCase();
  return norm(a) === norm(b);
};
