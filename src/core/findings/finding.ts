import type { Severity } from "./severity";

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
