/** Error blocks submission; warning and info do not. */
export type Severity = "error" | "warning" | "info";

/** Where a finding is: a sheet, and a cell on it (null where it concerns a whole sheet or table). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string | null;
}

/** One thing validation found, with everything an officer needs to go and fix it. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string | null;
  readonly message: string;
  /** What to do about it, where that is not obvious from the message. */
  readonly fix?: string;
  /** The sector the finding belongs to, for grouping; absent for workbook-wide findings. */
  readonly sector?: string;
}

/** How many findings of each severity. */
export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

/** Builds a finding. */
export const finding = (
  rule: string,
  severity: Severity,
  at: CellRef,
  message: string,
  extra: { readonly fix?: string; readonly sector?: string } = {}
): Finding => ({ rule, severity, sheet: at.sheet, cell: at.cell, message, ...extra });

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Orders findings as a report lists them: workbook-wide first, then by sector, severity, sheet and cell position. */
export const sortFindings = (findings: readonly Finding[], sectorOrder: readonly string[]): Finding[] => {
  const cellKey = (cell: string | null): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell ?? "");
    if (!m) return [0, 0];
    return [Number(m[2]), [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
  };
  const sectorIndex = (f: Finding): number => (f.sector === undefined ? -1 : sectorOrder.indexOf(f.sector));
  return [...findings].sort((a, b) => {
    const [ar, ac] = cellKey(a.cell);
    const [br, bc] = cellKey(b.cell);
    return (
      sectorIndex(a) - sectorIndex(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.sheet.localeCompare(b.sheet) ||
      ar - br ||
      ac - bc ||
      a.rule.localeCompare(b.rule)
    );
  });
};
