import type { Message } from "../core/i18n";
import { buildFindingsSheet, cellMarks } from "../core/layout";
import type { PlanFinder } from "../core/plan";
import type { ChooseTranslator } from "../core/report";
import { ok, Result } from "../core/result";
import { checkReport, ValidationOutcome } from "./check-report";
import { openReport, OpenedReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/**
 * A workbook read and understood, without what was read: the snapshot's tables (their row lists, 2 MB of a
 * 10,000-KPI workbook; the report keeps the cells it reads) are garbage once parsed, before the rules run, as
 * validation needs only the report.
 */
const understand = async (
  ...args: Parameters<typeof openReport>
): Promise<Result<Omit<OpenedReport, "snapshot">, Message>> => {
  const opened = await openReport(...args);
  if (!opened.ok) return opened;
  const { report, plan, structural, metadataRebuilt, i18n } = opened.value;
  return ok({ report, plan, structural, metadataRebuilt, i18n });
};

/**
 * Checks a reporting workbook: reads it, parses it against its plan, runs every rule, and (with `mark`)
 * writes the findings sheet and highlights. Fails, with one sentence, when the file is no reporting workbook.
 */
export const validateWorkbook = async (
  port: WorkbookPort,
  findPlan: PlanFinder,
  options: {
    readonly mark: boolean;
    readonly now: Date;
    /** The findings' language, once the workbook's own is known (the workbook's own by default). */
    readonly translator?: ChooseTranslator;
  }
): Promise<Result<ValidationOutcome, Message>> => {
  const opened = await understand(
    port,
    findPlan,
    options.translator ? { translator: options.translator } : {}
  );
  if (!opened.ok) return opened;
  const outcome = checkReport(opened.value);
  if (options.mark)
    await port.markFindings(
      buildFindingsSheet(outcome.findings, outcome.summary, options.now.toISOString(), {
        i18n: opened.value.i18n,
      }),
      cellMarks(outcome.findings)
    );
  return ok(outcome);
};
