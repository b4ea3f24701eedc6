import {
  GOALS_TABLE,
  HeaderKey,
  headerLanguage,
  recogniseHeader,
  SECTOR_SHEET_KINDS,
  sectorTableName,
  WORKBOOK_FORMAT_VERSION,
} from "../format";
import { isOfficerKpiId, Plan, planYears, sectorKpis } from "../plan";
import type { Snapshot, SnapshotTable } from "../snapshot";
import type { ReportMeta } from "./report";

/** A workbook recognised from its tables: the plan it fits and the metadata it would have had. */
export interface InferredMeta {
  readonly plan: Plan;
  readonly meta: ReportMeta;
}

const SECTOR_TABLE = new RegExp(`_(${SECTOR_SHEET_KINDS.join("|")})$`);

/** The years of a per-year column (Target <year>, in any language the format knows) in these tables' headers. */
const yearsIn = (tables: readonly SnapshotTable[], key: HeaderKey): Set<number> =>
  new Set(
    tables.flatMap((t) =>
      t.headers.flatMap((h) => {
        const year = recogniseHeader(h, [key])?.year;
        return year === undefined ? [] : [year];
      })
    )
  );

const kpiIdsIn = (tables: readonly SnapshotTable[]): string[] =>
  tables.flatMap((t) => {
    const column = t.headers.findIndex((h) => recogniseHeader(h, ["kpiId"]) !== undefined);
    return column < 0
      ? []
      : t.rows.flatMap((row) => {
          const value = row[column]?.value;
          // A KPI of the officers' own says nothing of the plan: only the plan's ids are compared.
          return typeof value === "string" && value.trim() !== "" && !isOfficerKpiId(value)
            ? [value.trim()]
            : [];
        });
  });

/**
 * Recognises a reporting workbook whose metadata sheet is gone or broken from its own tables: the Goals table,
 * the sectors' tables (`<SECTOR>_KPIs` and the others), the KPI tables' `Target <year>` columns (the plan's
 * years) and `Progress <year>` column (the reporting year), and their KPI ids. Of the plans given, the one
 * whose sectors, years and KPI ids fit; undefined when none fits, or two fit equally well. The workbook's language
 * is the one its headers are written in.
 */
export const inferMeta = (snapshot: Snapshot, plans: readonly Plan[]): InferredMeta | undefined => {
  const names = new Set(snapshot.tables.map((t) => t.name));
  if (!names.has(GOALS_TABLE)) return undefined;
  const kpiTables = snapshot.tables.filter((t) => t.name.endsWith("_KPIs"));
  const targetYears = yearsIn(kpiTables, "target");
  const reportingYears = yearsIn(kpiTables, "progress");
  const [period] = [...reportingYears];
  if (reportingYears.size !== 1 || period === undefined) return undefined;
  const kpiIds = kpiIdsIn(kpiTables);

  const fits = plans.flatMap((plan) => {
    const ours = new Set(
      plan.sectors.flatMap((s) => SECTOR_SHEET_KINDS.map((kind) => sectorTableName(s, kind)))
    );
    const stray = snapshot.tables.some((t) => SECTOR_TABLE.test(t.name) && !ours.has(t.name));
    const sectors = plan.sectors.filter((s) =>
      SECTOR_SHEET_KINDS.some((kind) => names.has(sectorTableName(s, kind)))
    );
    const years = planYears(plan);
    if (
      stray ||
      sectors.length === 0 ||
      years.length !== targetYears.size ||
      !years.every((y) => targetYears.has(y)) ||
      !years.includes(period)
    )
      return [];
    const known = new Set(sectors.flatMap((s) => sectorKpis(s).map((k) => k.id)));
    const matched = kpiIds.filter((id) => known.has(id)).length;
    if (kpiIds.length > 0 && matched === 0) return [];
    return [{ plan, sectors, score: kpiIds.length === 0 ? 0 : matched / kpiIds.length }];
  });
  const best = Math.max(...fits.map((f) => f.score));
  const winners = fits.filter((f) => f.score === best);
  const [winner] = winners;
  if (!winner || winners.length > 1) return undefined;
  const language = headerLanguage(snapshot.tables.flatMap((t) => t.headers));
  return {
    plan: winner.plan,
    meta: {
      planId: winner.plan.id,
      planVersion: winner.plan.version,
      formatVersion: WORKBOOK_FORMAT_VERSION,
      period,
      sectors: winner.sectors.map((s) => s.id),
      ...(language === undefined ? {} : { language }),
    },
  };
};
