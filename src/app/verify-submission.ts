import type { Plan } from "../core/plan";
import { parseReport } from "../core/report";
import { fail, ok, Result } from "../core/result";
import { readStamp, Verification, verifyStamp } from "../core/submission";
import type { WorkbookPort } from "./workbook-port";

/**
 * Checks a stamped submission: whether its reported content is what was stamped, and if not, which cells
 * changed. Fails, with one sentence, when the file is no reporting workbook or has no readable stamp.
 */
export const verifySubmission = async (
  port: WorkbookPort,
  findPlan: (id: string) => Plan | undefined
): Promise<Result<Verification, string>> => {
  const snapshot = await port.readSnapshot();
  const parsed = parseReport(snapshot, findPlan);
  if (!parsed.ok) return fail([parsed.message]);
  const stamped = readStamp(snapshot);
  if (!stamped.ok) return fail(stamped.errors);
  return ok(await verifyStamp(snapshot, parsed.report.meta, stamped.value));
};
