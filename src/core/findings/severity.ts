/** Error blocks submission; warning and info do not. */
export type Severity = "error" | "warning" | "info";

/** Every severity, worst first: the order reports, the pane and the findings sheet list them in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A severity's place in SEVERITIES: lower is worse. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The worse of two severities. */
export const worseSeverity = (a: Severity, b: Severity): Severity =>
  SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
