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

/** The row and column numbers of an A1 address ("C12" -> 12, 3); 0, 0 for null or anything else. */
const cellPosition = (cell: string | null): [number, number] => {
  if (cell === null) return [0, 0];
  let column = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i === cell.length) return [0, 0];
  for (let j = i; j < cell.length; j++) {
    const code = cell.charCodeAt(j);
    if (code < 48 || code > 57) return [0, 0];
  }
  return [Number(cell.slice(i)), column];
};

/** Orders findings as a report lists them: workbook-wide first, then by sector, severity, sheet and cell position. */
export const sortFindings = (
  findings: readonly Finding[],
  sectorOrder: readonly string[]
): Finding[] => {
  // Each finding's keys are worked out once, into typed arrays, and its index sorted: a 100,000-row workbook
  // may have tens of thousands of findings, and a comparison then only reads numbers.
  const n = findings.length;
  const sectorRank = new Map<string, number>();
  sectorOrder.forEach((s, i) => {
    if (!sectorRank.has(s)) sectorRank.set(s, i);
  });
  const sectors = new Int32Array(n);
  const severities = new Int32Array(n);
  const rows = new Float64Array(n);
  const columns = new Float64Array(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i] as Finding;
    sectors[i] = f.sector === undefined ? -1 : (sectorRank.get(f.sector) ?? -1);
    severities[i] = SEVERITY_ORDER[f.severity];
    const [row, column] = cellPosition(f.cell);
    rows[i] = row;
    columns[i] = column;
    order[i] = i;
  }
  order.sort((i, j) => {
    const a = findings[i] as Finding;
    const b = findings[j] as Finding;
    return (
      (sectors[i] as number) - (sectors[j] as number) ||
      (severities[i] as number) - (severities[j] as number) ||
      compareText(a.sheet, b.sheet) ||
      (rows[i] as number) - (rows[j] as number) ||
      (columns[i] as number) - (columns[j] as number) ||
      compareText(a.rule, b.rule) ||
      i - j
    );
  });
  return order.map((i) => findings[i] as Finding);
};
