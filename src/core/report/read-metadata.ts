import {
  findColumns,
  isLanguage,
  Language,
  META_FORMAT,
  META_TABLE,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
} from "../format";
import type { Plan, PlanFinder } from "../plan";
import { CellData, cellText as text, Snapshot, SnapshotTable } from "../snapshot";
import type { ReportMeta } from "./report";

/** What is wrong with a metadata sheet: none at all, or the entry that is broken with the value it holds. */
export interface MetadataProblem {
  readonly code: "noSheet" | "format" | "formatVersion" | "plan" | "period" | "sectors";
  readonly value: string;
}

/** The workbook's metadata and its plan, or what is wrong with the metadata. */
export type MetadataOutcome =
  | { readonly ok: true; readonly plan: Plan; readonly meta: ReportMeta; readonly sheet: string }
  | {
      readonly ok: false;
      readonly message: string;
      /**
       * What is wrong with the metadata, for the rebuilt finding to say in its language: no metadata sheet, or
       * which of its entries is broken and the value it holds.
       */
      readonly problem: MetadataProblem;
      /** Whether the tables may stand in for the metadata (not for a newer format, or a plan not installed). */
      readonly rebuildable: boolean;
    };

/** Reads the workbook's metadata sheet and finds its plan; says what is wrong when it cannot. */
export const readMetadata = (snapshot: Snapshot, findPlan: PlanFinder): MetadataOutcome => {
  const broken = (
    problem: MetadataProblem,
    message: string,
    rebuildable = true
  ): MetadataOutcome => ({
    ok: false,
    message,
    problem,
    rebuildable,
  });
  const metaTable = snapshot.tables.find((t) => t.name === META_TABLE);
  if (!metaTable)
    return broken(
      { code: "noSheet", value: "" },
      "is not a KPI Reporter workbook (it has no _kpi_meta sheet with table KPI_Meta); make one with kpi-report new, or if it lost that sheet, write it back with kpi-report repair"
    );
  const meta = readMeta(metaTable);
  const format = text(meta.get("format") ?? null);
  if (format !== WORKBOOK_FORMAT)
    return broken(
      { code: "format", value: format },
      `is not a KPI Reporter workbook (its metadata names format "${format}")`
    );
  const formatVersion = Number(meta.get("formatVersion"));
  if (
    !Number.isInteger(formatVersion) ||
    formatVersion < 1 ||
    formatVersion > WORKBOOK_FORMAT_VERSION
  )
    return broken(
      { code: "formatVersion", value: text(meta.get("formatVersion") ?? null) },
      `has workbook format version ${text(meta.get("formatVersion") ?? null)}, which this version of KPI Reporter cannot read (it reads 1 to ${WORKBOOK_FORMAT_VERSION}); update KPI Reporter`,
      !(formatVersion > WORKBOOK_FORMAT_VERSION)
    );
  const planId = text(meta.get("planId") ?? null);
  const plan = findPlan(planId);
  if (!plan)
    return broken(
      { code: "plan", value: "" },
      `was made for plan "${planId}", which this installation does not have (see kpi-report plans)`,
      planId === ""
    );
  const period = Number(meta.get("period"));
  if (!Number.isInteger(period) || period < plan.period.start || period > plan.period.end)
    return broken(
      { code: "period", value: text(meta.get("period") ?? null) },
      `has reporting year "${text(meta.get("period") ?? null)}" in its metadata, outside plan ${plan.id} (${plan.period.start}-${plan.period.end})`
    );
  const sectorIds = text(meta.get("sectors") ?? null)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = sectorIds.filter((id) => !plan.sectors.some((s) => s.id === id));
  if (unknown.length > 0)
    return broken(
      { code: "sectors", value: sectorIds.join(",") },
      `names sector(s) ${unknown.join(", ")} in its metadata, which plan ${plan.id} does not have`
    );
  return {
    ok: true,
    plan,
    sheet: metaTable.sheet,
    meta: {
      planId,
      planVersion: text(meta.get("planVersion") ?? null),
      formatVersion,
      period,
      sectors: sectorIds,
      ...(isLanguage(text(meta.get("language") ?? null))
        ? { language: text(meta.get("language") ?? null) as Language }
        : {}),
    },
  };
};

/** Reads the metadata table into key/value pairs. */
const readMeta = (table: SnapshotTable): Map<string, CellData> => {
  const columns = findColumns(META_FORMAT, table.headers);
  const key = columns.index("key");
  const value = columns.index("value");
  return new Map(table.rows.map((row) => [text(row[key]?.value), row[value]?.value ?? null]));
};
