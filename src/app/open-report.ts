import type { Message } from "../core/i18n";
import type { Plan, PlanFinder } from "../core/plan";
import { ChooseTranslator, parseReport, Report } from "../core/report";
import type { Translator } from "../core/i18n";
import { fail, ok, Result } from "../core/result";
import type { Finding } from "../core/findings";
import type { Snapshot } from "../core/snapshot";
import type { WorkbookPort } from "./workbook-port";

/** A reporting workbook as read and understood: the first step of every use case that reads one. */
export interface OpenedReport {
  /** The workbook's tables as read, nothing interpreted (for the stamp, and the cells beside the tables). */
  readonly snapshot: Snapshot;
  readonly report: Report;
  /** The plan the workbook was made for (or the one it was recognised as). */
  readonly plan: Plan;
  /** What parsing met on the way: missing sheets, tables or columns, a rebuilt metadata sheet, an older plan. */
  readonly structural: readonly Finding[];
  /** True where the metadata sheet was lost or broken and the workbook was recognised from its own tables. */
  readonly metadataRebuilt: boolean;
  /** The words its findings are written in: the language asked for, else the workbook's own. */
  readonly i18n: Translator;
}

/**
 * Reads a workbook through its port and parses it against its plan, or says in one sentence why it is no
 * reporting workbook (the use case then refuses and writes nothing). Give `plans` a finder that can list its
 * plans (a PlanCatalog) so that a workbook that lost its metadata is recognised from its own tables.
 */
export const openReport = async (
  port: WorkbookPort,
  plans: PlanFinder,
  options: {
    readonly outsideTables?: boolean;
    /** Picks the findings' language once the workbook's is known; the workbook's own by default. */
    readonly translator?: ChooseTranslator;
  } = {}
): Promise<Result<OpenedReport, Message>> => {
  const snapshot = await (options.outsideTables
    ? port.readSnapshot({ outsideTables: true })
    : port.readSnapshot());
  const parsed = parseReport(
    snapshot,
    plans,
    options.translator ? { translator: options.translator } : {}
  );
  if (!parsed.ok) return fail([parsed.said]);
  return ok({
    snapshot,
    report: parsed.report,
    plan: parsed.plan,
    structural: parsed.findings,
    metadataRebuilt: parsed.metadataRebuilt === true,
    i18n: parsed.i18n,
  });
};
