import type { Message } from "../core/i18n";
import type { PlanFinder } from "../core/plan";
import { fail, ok, Result } from "../core/result";
import { readStamp, Verification, verifyStamp } from "../core/submission";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/**
 * Checks a stamped submission: whether its reported content is what was stamped, and if not, which cells
 * changed. Fails, with one sentence, when the file is no reporting workbook or has no readable stamp.
 */
export const verifySubmission = async (
  port: WorkbookPort,
  findPlan: PlanFinder
): Promise<Result<Verification, Message>> => {
  const opened = await openReport(port, findPlan);
  if (!opened.ok) return opened;
  const stamped = readStamp(opened.value.snapshot);
  if (!stamped.ok) return fail(stamped.errors);
  return ok(await verifyStamp(opened.value.snapshot, opened.value.report.meta, stamped.value));
};
