import type { Finding, Severity } from "../core/findings";

/** Findings of one severity within a sector, as the pane lists them. */
export interface SeverityGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/** One sector's findings (or the workbook-wide ones, with `sector` null), grouped by severity. */
export interface SectorGroup {
  readonly sector: string | null;
  readonly groups: readonly SeverityGroup[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Groups findings as the CLI's report does: workbook-wide first, then each sector in the workbook's order,
 * errors before warnings before info; empty groups are left out.
 */
export const groupFindings = (
  findings: readonly Finding[],
  sectors: readonly string[]
): SectorGroup[] => {
  const keys: (string | null)[] = [
    null,
    ...sectors,
    ...new Set(
      findings.flatMap((f) =>
        f.sector !== undefined && !sectors.includes(f.sector) ? [f.sector] : []
      )
    ),
  ];
  return keys.flatMap((sector) => {
    const inSector = findings.filter((f) => (f.sector ?? null) === sector);
    const groups = SEVERITIES.map((severity) => ({
      severity,
      findings: inSector.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0);
    return groups.length > 0 ? [{ sector, groups }] : [];
  });
};
