import { Finding, FindingSummary, Severity, SEVERITY_RANK } from "../findings";
import { FINDINGS_FORMAT, FINDINGS_TABLE, findingsSheetName, PALETTE } from "../format";
import { translatorFor, type Translator } from "../i18n";
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

const link = (sheet: string, cell: string | null, wholeSheet: string): CellValue => {
  const target = `'${sheet.replace(/'/g, "''")}'!${cell ?? "A1"}`;
  const label = cell ?? wholeSheet;
  return { formula: `HYPERLINK("#${target.replace(/"/g, '""')}","${label.replace(/"/g, '""')}")` };
};

/**
 * The Validation sheet: what was checked, and every finding with a link to its cell, in the language of `i18n`
 * (its name, title, note and headers; the findings come already worded). In Arabic it reads right to left.
 */
export const buildFindingsSheet = (
  findings: readonly Finding[],
  summary: FindingSummary,
  checkedAt: string,
  options: { readonly i18n?: Translator } = {}
): SheetSpec => {
  const i18n = options.i18n ?? translatorFor("en");
  // The pseudo-locale writes an English workbook's chrome, pseudo-localised: its sheet keeps the English name.
  const language = i18n.language === "qps-ploc" ? "en" : i18n.language;
  const name = findingsSheetName(language);
  const columns = tableColumns(FINDINGS_FORMAT, { years: [], reportingYear: 0, language });
  const severity: Readonly<Record<Severity, string>> = {
    error: i18n.t("findingsSheet.severity.error"),
    warning: i18n.t("findingsSheet.severity.warning"),
    info: i18n.t("findingsSheet.severity.info"),
  };
  const wholeSheet = i18n.t("findingsSheet.wholeSheet");
  const rows: CellValue[][] = findings.map((f) => [
    severity[f.severity],
    f.rule,
    f.sector ?? null,
    f.sheet,
    link(f.sheet, f.cell, wholeSheet),
    fitCell(f.message),
    f.fix === undefined ? null : fitCell(f.fix),
  ]);
  const body = rows.length > 0 ? rows : [["", "", "", "", "", i18n.t("findingsSheet.none"), ""]];
  const date = checkedAt.slice(0, 10);
  return {
    name,
    visibility: "visible",
    ...(i18n.direction === "rtl" ? { rightToLeft: true } : {}),
    cells: [
      {
        address: "A1",
        value: i18n.t("findingsSheet.title", {
          sheet: name,
          errors: summary.errors,
          warnings: summary.warnings,
          info: summary.info,
          checkedAt,
        }),
        style: "title",
      },
      { address: "A2", value: i18n.t("findingsSheet.note"), style: "note" },
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
      footerLeft: i18n.t("findingsSheet.footer", { sheet: name, date }),
      pageNumbers: true,
    },
  };
};
