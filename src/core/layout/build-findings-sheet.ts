import { Finding, FindingSummary, Severity, SEVERITY_RANK } from "../findings";
import { FINDINGS_FORMAT, FINDINGS_SHEET, FINDINGS_TABLE, PALETTE } from "../format";
import { fitCell } from "./fit-cell";
import { tableColumns } from "./table-columns";
import { tableSpec } from "./table-sheet";
import type { CellValue, SheetSpec } from "./workbook-spec";

/** A cell to highlight, with the worst severity found in it. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
}

/** One mark per cell that a finding names, carrying the worst severity found there. */
export const cellMarks = (findings: readonly Finding[]): CellMark[] => {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    if (f.cell === null) continue;
    const key = `${f.sheet}!${f.cell}`;
    const known = marks.get(key);
    if (!known || SEVERITY_RANK[f.severity] < SEVERITY_RANK[known.severity])
      marks.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  return [...marks.values()];
};

const link = (sheet: string, cell: string | null): CellValue => {
  const target = `'${sheet.replace(/'/g, "''")}'!${cell ?? "A1"}`;
  const label = cell ?? "(sheet)";
  return { formula: `HYPERLINK("#${target.replace(/"/g, '""')}","${label}")` };
};

/** The Validation sheet: what was checked, and every finding with a link to its cell. */
export const buildFindingsSheet = (
  findings: readonly Finding[],
  summary: FindingSummary,
  checkedAt: string
): SheetSpec => {
  const columns = tableColumns(FINDINGS_FORMAT, { years: [], reportingYear: 0 });
  const rows: CellValue[][] = findings.map((f) => [
    f.severity,
    f.rule,
    f.sector ?? null,
    f.sheet,
    link(f.sheet, f.cell),
    fitCell(f.message),
    f.fix === undefined ? null : fitCell(f.fix),
  ]);
  const body = rows.length > 0 ? rows : [["", "", "", "", "", "No findings.", ""]];
  return {
    name: FINDINGS_SHEET,
    visibility: "visible",
    cells: [
      {
        address: "A1",
        value: `Validation: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.info} info (checked ${checkedAt})`,
        style: "title",
      },
      {
        address: "A2",
        value:
          "Errors block submission; warnings and info do not. Click a cell reference to go to the cell. This sheet is replaced each time the workbook is validated.",
        style: "note",
      },
    ],
    tables: [tableSpec(FINDINGS_TABLE, columns, body, { top: 3, fitRows: true })],
    validations: [],
    columnWidths: [],
    protect: false,
    freeze: { rows: 4, columns: 0 },
    tabColor: summary.errors > 0 ? PALETTE.alarm : PALETTE.good,
    // Printed on A4 landscape, one page wide, the title and the header row on every page.
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      titleRows: { first: 1, last: 4 },
      footerLeft: `${FINDINGS_SHEET} - checked ${checkedAt.slice(0, 10)}`,
      pageNumbers: true,
    },
  };
};
