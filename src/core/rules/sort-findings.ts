import { Finding, SEVERITY_RANK } from "../findings";
import { decodeCell } from "../format";

// Sheet names and rule ids need no locale: a plain comparison is many times faster than localeCompare.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
    severities[i] = SEVERITY_RANK[f.severity];
    // A finding on a whole sheet, or at no plain address, comes before its sheet's cells.
    const at = f.cell === null ? undefined : decodeCell(f.cell);
    rows[i] = at ? at.row : -1;
    columns[i] = at ? at.column : -1;
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
