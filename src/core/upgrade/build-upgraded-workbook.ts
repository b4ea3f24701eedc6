import { buildReportingWorkbook, WorkbookSpec } from "../layout";
import type { Language } from "../format";
import type { Plan } from "../plan";
import type { Report } from "../report";
import type { Snapshot } from "../snapshot";
import { mergeResources, sectorEntries, sectorResources } from "../submission";
import { carriedLinks } from "./carried-links";
import { carryCellsOutsideTables } from "./carry-cells-outside-tables";
import { compareTables } from "./compare-tables";
import type { Carried } from "./not-placed";
import { renamedColumns } from "./renamed-columns";

/** Pairs by key, the first of each key kept: where an officer copied a row, the plan's own row wins. */
const firstOfEach = <T>(pairs: readonly (readonly [string, T])[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const [key, value] of pairs) if (!map.has(key)) map.set(key, value);
  return map;
};

/**
 * The reporting sheets of a workbook rebuilt from `plan` (a newer version of its plan, or the same): every KPI
 * entry carried by KPI id, every link mark by objective, output and goal id, the cells a user keeps outside our
 * tables carried to the same place; and, checked value by value against the workbook as read, how many values
 * were placed and each one that was not, with why. A sheet the user renamed keeps its name.
 */
export const buildUpgradedWorkbook = (
  before: Snapshot,
  report: Report,
  plan: Plan,
  options: {
    readonly createdAt: string;
    readonly generator: string;
    /** The language of the rebuilt sheets' words; the workbook's own by default. */
    readonly language?: Language;
  }
): { readonly spec: WorkbookSpec; readonly carried: Carried } => {
  const base = buildReportingWorkbook(plan, {
    sectors: report.meta.sectors,
    period: report.meta.period,
    createdAt: options.createdAt,
    generator: options.generator,
    language: options.language ?? report.meta.language ?? "en",
    entries: firstOfEach(report.sectors.flatMap(sectorEntries)),
    links: carriedLinks(report, plan),
    resources: mergeResources(
      report.sectors.map((s) => sectorResources(s, report.goals ?? plan.goals))
    ),
  });
  const sheets = base.sheets.map((sheet) => {
    const where = sheet.tables
      .map((t) => before.tables.find((o) => o.name === t.name)?.sheet)
      .find((name) => name !== undefined && name !== sheet.name);
    return where ? { ...sheet, name: where } : sheet;
  });
  const outside = carryCellsOutsideTables(before, { ...base, sheets });
  const tables = compareTables(before, outside.spec, plan, renamedColumns(report, plan));
  return {
    spec: outside.spec,
    carried: {
      placed: tables.placed + outside.carried.placed,
      notPlaced: [...tables.notPlaced, ...outside.carried.notPlaced],
    },
  };
};
