import { message, type Message } from "../core/i18n";
import { fail, ok, Result } from "../core/result";
import { buildReportingWorkbook, KpiEntries, ResourceEntries } from "../core/layout";
import type { Language } from "../core/format";
import { Plan, planYears, SectorId } from "../core/plan";
import { sectorKpis } from "../core/plan";
import { EntriesPlacement, placeEntries } from "./place-entries";
import type { WorkbookPort } from "./workbook-port";

export interface InsertRequest {
  /** Sector ids as the user typed them (any case); all sectors when empty. */
  readonly sectors: readonly string[];
  /** The reporting year; defaults to the latest year of the plan that is not in the future. */
  readonly period?: number;
  readonly entries?: KpiEntries;
  /** Budgets, expenditure and shares to pre-fill (a values file's `resources`). */
  readonly resources?: ResourceEntries;
  /** The time to record as the workbook's creation time. */
  readonly now: Date;
  /**
   * The port is a workbook that may already hold things (the one open in Excel), not a new file: refuse,
   * rather than replace them, where it already holds tables of a reporting workbook.
   */
  readonly intoExisting?: boolean;
  readonly generator: string;
  /** The language of the workbook's own words; English by default. */
  readonly language?: Language;
}

/**
 * How the reporting year was chosen: given by the officer, this year, or (when this year is outside the plan)
 * the plan's last year (it has ended) or its first (it has not begun).
 */
export type PeriodChoice = "given" | "this-year" | "plan-ended" | "plan-not-started";

export interface InsertSummary {
  readonly planId: string;
  readonly period: number;
  readonly periodChoice: PeriodChoice;
  /** This year, as the choice of the reporting year saw it. */
  readonly thisYear: number;
  readonly planPeriod: { readonly start: number; readonly end: number };
  readonly sectors: readonly SectorId[];
  readonly sheets: number;
  readonly objectives: number;
  readonly outputs: number;
  readonly kpis: number;
  /** Where values were given: how many were placed, and how many left out, by reason. */
  readonly values?: EntriesPlacement;
}

/** The reporting year to use when none is given: this year, held within the plan's period. */
export const defaultPeriod = (plan: Plan, now: Date): number =>
  Math.min(Math.max(now.getUTCFullYear(), plan.period.start), plan.period.end);

/** Why the reporting year is what it is (see PeriodChoice). */
export const periodChoice = (plan: Plan, now: Date, given: number | undefined): PeriodChoice => {
  if (given !== undefined) return "given";
  const year = now.getUTCFullYear();
  return year > plan.period.end
    ? "plan-ended"
    : year < plan.period.start
      ? "plan-not-started"
      : "this-year";
};

/** Builds the reporting workbook for a plan and writes it through the port. */
export const insertWorkbook = async (
  port: WorkbookPort,
  plan: Plan,
  request: InsertRequest
): Promise<Result<InsertSummary, Message>> => {
  const byId = new Map(plan.sectors.map((s) => [s.id.toLowerCase(), s.id]));
  const unknown = request.sectors.filter((s) => !byId.has(s.toLowerCase()));
  if (unknown.length > 0) {
    return fail([
      message("error.new.unknownSectors", {
        sectors: unknown.map((s) => `"${s}"`).join(", "),
        plan: plan.id,
        known: plan.sectors.map((s) => s.id).join(", "),
      }),
    ]);
  }
  const period = request.period ?? defaultPeriod(plan, request.now);
  if (!planYears(plan).includes(period)) {
    return fail([
      message("error.new.periodOutside", {
        period,
        plan: plan.id,
        start: plan.period.start,
        end: plan.period.end,
      }),
    ]);
  }
  const sectorIds = [...new Set(request.sectors.map((s) => byId.get(s.toLowerCase()) ?? s))];
  const spec = buildReportingWorkbook(plan, {
    sectors: sectorIds,
    period,
    createdAt: request.now.toISOString(),
    generator: request.generator,
    ...(request.language ? { language: request.language } : {}),
    ...(request.entries ? { entries: request.entries } : {}),
    ...(request.resources ? { resources: request.resources } : {}),
  });
  if (request.intoExisting) {
    const ours = new Set(spec.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
    const held = (await port.readSnapshot()).tables.filter((t) => ours.has(t.name.toLowerCase()));
    if (held.length > 0)
      return fail([
        message("error.new.alreadyHolds", {
          tables: `${held
            .slice(0, 3)
            .map((t) => t.name)
            .join(", ")}${held.length > 3 ? ", ..." : ""}`,
        }),
      ]);
  }
  await port.writeWorkbook(spec);
  const sectors = plan.sectors.filter((s) => sectorIds.length === 0 || sectorIds.includes(s.id));
  return ok({
    planId: plan.id,
    period,
    periodChoice: periodChoice(plan, request.now, request.period),
    thisYear: request.now.getUTCFullYear(),
    planPeriod: { start: plan.period.start, end: plan.period.end },
    sectors: sectors.map((s) => s.id),
    sheets: spec.sheets.filter((s) => s.visibility === "visible").length,
    objectives: sectors.reduce((n, s) => n + s.objectives.length, 0),
    outputs: sectors.reduce((n, s) => n + s.outputs.length, 0),
    kpis: sectors.reduce((n, s) => n + sectorKpis(s).length, 0),
    ...(request.entries ? { values: placeEntries(plan, sectorIds, request.entries) } : {}),
  });
};
