import { finding, Finding } from "../findings";
import { DEFAULT_LANGUAGE, META_SHEET } from "../format";
import { planIn, type Plan, type PlanFinder } from "../plan";
import { cellOverLimit, Snapshot } from "../snapshot";
import { inferMeta } from "./infer-meta";
import { metadataSheetsShown } from "./metadata-sheets-shown";
import type { ReadContext } from "./read-context";
import { readGoals } from "./read-goals";
import { readKpis } from "./read-kpis";
import { readMetadata } from "./read-metadata";
import { readObjectives } from "./read-objectives";
import { readOutputs } from "./read-outputs";
import { readResourceTables } from "./read-resource-tables";
import { readResults } from "./read-results";
import type { Report, ReportMeta, SectorReport } from "./report";

/** The outcome of parsing: a report with the structural findings met on the way, or why there can be none. */
export type ParseOutcome =
  | {
      readonly ok: true;
      readonly report: Report;
      readonly plan: Plan;
      readonly findings: readonly Finding[];
      /** Set when the metadata sheet was gone or broken and the workbook was recognised from its tables. */
      readonly metadataRebuilt?: true;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Turns a snapshot into a Report. `findPlan` gives the plan the workbook was made for (from plan-data or the
 * bundle). Missing sheets, tables and columns become one finding each and leave that part of the report null,
 * so the rules check what is there and never pile up noise about what is not.
 */
export const parseReport = (snapshot: Snapshot, findPlan: PlanFinder): ParseOutcome => {
  const overLimit = cellOverLimit(snapshot);
  if (overLimit) {
    return {
      ok: false,
      message: `sheet "${overLimit.cell.sheet}" cell ${overLimit.cell.cell} ${overLimit.reason}; correct it and try again`,
    };
  }
  const fromMeta = readMetadata(snapshot, findPlan);
  const findings: Finding[] = [];
  let plan: Plan;
  let reportMeta: ReportMeta;
  let metaSheet: string = META_SHEET;
  let metadataRebuilt = false;
  if (fromMeta.ok) {
    ({ plan, meta: reportMeta, sheet: metaSheet } = fromMeta);
  } else {
    const inferred =
      fromMeta.rebuildable && findPlan.all ? inferMeta(snapshot, findPlan.all()) : undefined;
    if (!inferred) return { ok: false, message: fromMeta.message };
    ({ plan, meta: reportMeta } = inferred);
    metadataRebuilt = true;
    findings.push(
      finding(
        "metadata-rebuilt",
        "warning",
        { sheet: META_SHEET, cell: null },
        `The workbook ${fromMeta.problem}; it was recognised from its own tables as plan ${plan.id} version ${plan.version}, reporting year ${reportMeta.period}, sectors ${reportMeta.sectors.join(", ")}`,
        {
          fix: "Write the metadata back with kpi-report repair, so that other tools find it.",
        }
      )
    );
  }

  // Read against the plan's texts in the workbook's language: those it was written with.
  plan = planIn(plan, reportMeta.language ?? DEFAULT_LANGUAGE).plan;

  if (reportMeta.planVersion !== plan.version) {
    findings.push(
      finding(
        "plan-version",
        "warning",
        { sheet: metaSheet, cell: null },
        `The workbook was made from plan ${plan.id} version ${reportMeta.planVersion}; this installation has version ${plan.version}, whose texts may differ`
      )
    );
  }

  findings.push(...metadataSheetsShown(snapshot));

  const context: ReadContext = { snapshot, findings };
  const goals = readGoals(context);
  const sectors = reportMeta.sectors.map((sectorId): SectorReport => {
    const planSector = plan.sectors.find((s) => s.id === sectorId);
    const sectorFindingsStart = findings.length;
    const objectives = readObjectives(context, sectorId);
    const outputs = readOutputs(context, sectorId);
    const results = planSector?.resultsTable ? readResults(context, sectorId) : null;
    const { kpis, yearHeaders } = readKpis(
      context,
      sectorId,
      planSector,
      reportMeta.period,
      plan.period
    );
    const resources = readResourceTables(context, sectorId);
    for (let i = sectorFindingsStart; i < findings.length; i++)
      findings[i] = { ...(findings[i] as Finding), sector: sectorId };
    return { id: sectorId, objectives, outputs, results, kpis, yearHeaders, ...resources };
  });

  return {
    ok: true,
    plan,
    report: { meta: reportMeta, goals, sectors },
    findings,
    ...(metadataRebuilt ? { metadataRebuilt: true as const } : {}),
  };
};
