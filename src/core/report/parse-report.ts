import { finding, Finding } from "../findings";
import { DEFAULT_LANGUAGE, META_SHEET, META_TABLE, type Language } from "../format";
import { message, render, translatorFor, type Message, type Translator } from "../i18n";
import { planIn, type Plan, type PlanFinder } from "../plan";
import { cellOverLimit, Snapshot, WORKBOOK_LIMITS } from "../snapshot";
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
      /** The words its findings were written in (the language asked for, else the workbook's own): the rules' too. */
      readonly i18n: Translator;
      /** Set when the metadata sheet was gone or broken and the workbook was recognised from its tables. */
      readonly metadataRebuilt?: true;
    }
  | {
      readonly ok: false;
      /** Why the workbook cannot be read, as a keyed message naming the sheet or cell at fault. */
      readonly said: Message;
      /** The same in English (rendered from the catalog), for logs and tests. */
      readonly message: string;
    };

const refused = (said: Message): ParseOutcome => ({
  ok: false,
  said,
  message: render(translatorFor("en"), said),
});

/**
 * The words a reader's findings are written in, chosen once the workbook's own language is known (undefined where
 * its metadata does not say): the language asked for, else the workbook's own.
 */
export type ChooseTranslator = (workbookLanguage: Language | undefined) => Translator;

/** English unless the workbook says otherwise: what a caller that asks for no language gets. */
export const workbookOwnLanguage: ChooseTranslator = (language) => translatorFor(language ?? "en");

/**
 * Turns a snapshot into a Report. `findPlan` gives the plan the workbook was made for (from plan-data or the
 * bundle). Missing sheets, tables and columns become one finding each and leave that part of the report null,
 * so the rules check what is there and never pile up noise about what is not.
 */
export const parseReport = (
  snapshot: Snapshot,
  findPlan: PlanFinder,
  options: { readonly translator?: ChooseTranslator } = {}
): ParseOutcome => {
  const overLimit = cellOverLimit(snapshot);
  if (overLimit) {
    return refused(
      message(overLimit.length === undefined ? "error.cell.notFinite" : "error.cell.tooLong", {
        sheet: overLimit.cell.sheet,
        cell: overLimit.cell.cell,
        length: overLimit.length ?? 0,
        limit: WORKBOOK_LIMITS.cellChars,
        value: String(overLimit.cell.value),
        largest: "1.8E+308",
      })
    );
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
    if (!inferred) return refused(fromMeta.message);
    ({ plan, meta: reportMeta } = inferred);
    metadataRebuilt = true;
  }
  const language = reportMeta.language ?? "en";
  const i18n = (options.translator ?? workbookOwnLanguage)(reportMeta.language);
  if (metadataRebuilt && !fromMeta.ok) {
    findings.push(
      finding(
        "metadata-rebuilt",
        "warning",
        { sheet: META_SHEET, cell: null },
        i18n.t("finding.metadata-rebuilt.message", {
          problem: fromMeta.problem.code,
          value: fromMeta.problem.value,
          sheet: META_SHEET,
          table: META_TABLE,
          plan: plan.id,
          version: plan.version,
          period: reportMeta.period,
          sectors: reportMeta.sectors.join(", "),
        })
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
        i18n.t("finding.plan-version.message", {
          plan: plan.id,
          made: reportMeta.planVersion,
          version: plan.version,
        })
      )
    );
  }

  findings.push(...metadataSheetsShown(snapshot, i18n));

  const context: ReadContext = { snapshot, findings, i18n, language };
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
    i18n,
    plan,
    report: { meta: reportMeta, goals, sectors },
    findings,
    ...(metadataRebuilt ? { metadataRebuilt: true as const } : {}),
  };
};
