import {
  findColumns,
  isLanguage,
  Language,
  META_FORMAT,
  META_SHEET,
  META_TABLE,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
} from "../format";
import { message, type Message } from "../i18n";
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
      /** Why the workbook cannot be read, as a keyed message that names what is at fault. */
      readonly message: Message;
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
    said: Message,
    rebuildable = true
  ): MetadataOutcome => ({
    ok: false,
    message: said,
    problem,
    rebuildable,
  });
  const metaTable = snapshot.tables.find((t) => t.name === META_TABLE);
  if (!metaTable)
    return broken(
      { code: "noSheet", value: "" },
      message("error.report.noMetadata", {
        sheet: META_SHEET,
        table: META_TABLE,
        newCommand: "kpi-report new",
        repairCommand: "kpi-report repair",
      })
    );
  const meta = readMeta(metaTable);
  const format = text(meta.get("format") ?? null);
  if (format !== WORKBOOK_FORMAT)
    return broken(
      { code: "format", value: format },
      message("error.report.otherFormat", { format })
    );
  const formatVersion = Number(meta.get("formatVersion"));
  if (
    !Number.isInteger(formatVersion) ||
    formatVersion < 1 ||
    formatVersion > WORKBOOK_FORMAT_VERSION
  )
    return broken(
      { code: "formatVersion", value: text(meta.get("formatVersion") ?? null) },
      message("error.report.formatVersion", {
        version: text(meta.get("formatVersion") ?? null),
        newest: WORKBOOK_FORMAT_VERSION,
      }),
      !(formatVersion > WORKBOOK_FORMAT_VERSION)
    );
  const planId = text(meta.get("planId") ?? null);
  const plan = findPlan(planId);
  if (!plan)
    return broken(
      { code: "plan", value: "" },
      message("error.report.unknownPlan", { plan: planId, command: "kpi-report plans" }),
      planId === ""
    );
  const period = Number(meta.get("period"));
  if (!Number.isInteger(period) || period < plan.period.start || period > plan.period.end)
    return broken(
      { code: "period", value: text(meta.get("period") ?? null) },
      message("error.report.periodOutside", {
        period: text(meta.get("period") ?? null),
        plan: plan.id,
        start: plan.period.start,
        end: plan.period.end,
      })
    );
  const sectorIds = text(meta.get("sectors") ?? null)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = sectorIds.filter((id) => !plan.sectors.some((s) => s.id === id));
  if (unknown.length > 0)
    return broken(
      { code: "sectors", value: sectorIds.join(",") },
      message("error.report.unknownSectors", {
        sectors: unknown.join(", "),
        plan: plan.id,
      })
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
