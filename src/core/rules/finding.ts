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
): Finding => {
  const built: { -readonly [K in keyof Finding]: Finding[K] } = {
    rule,
    severity,
    sheet: at.sheet,
    cell: at.cell,
    message,
  };
  if (extra.fix !== undefined) built.fix = extra.fix;
  if (extra.sector !== undefined) built.sector = extra.sector;
  return built;
};

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

// Sheet names and rule ids need no locale: a plain comparison is many times faster than localeCompare.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Orders findings as a report lists them: workbook-wide first, then by sector, severity, sheet and cell position. */
export const sortFindings = (
  findings: readonly Finding[],
  sectorOrder: readonly string[]
): Finding[] => {
  const cellKey = (cell: string | null): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell ?? "");
    if (!m) return [0, 0];
    return [Number(m[2]), [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
  };
  const sectorIndex = (f: Finding): number =>
    f.sector === undefined ? -1 : sectorOrder.indexOf(f.sector);
  const keys = new Map(findings.map((f) => [f, cellKey(f.cell)] as const));
  return [...findings].sort((a, b) => {
    const [ar, ac] = keys.get(a) ?? [0, 0];
    const [br, bc] = keys.get(b) ?? [0, 0];
    return (
      sectorIndex(a) - sectorIndex(b) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.sheet, b.sheet) ||
      ar - br ||
      ac - bc ||
      compareText(a.rule, b.rule)
    );
  });
};
