import type { Plan } from "../core/plan";
import { openReport } from "./open-report";
import type { WorkbookPort } from "./workbook-port";

/**
 * True where the workbook already holds a reporting workbook made from this plan (any version of it): one that
 * Create would refuse to replace, and an upgrade to the current plan file can rebuild keeping every value.
 */
export const holdsReportOfPlan = async (port: WorkbookPort, plan: Plan): Promise<boolean> =>
  (await openReport(port, (id) => (id === plan.id ? plan : undefined))).ok;
