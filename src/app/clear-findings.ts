import type { WorkbookPort } from "./workbook-port";

/**
 * Takes an earlier validation's highlights and Validation sheet out of a workbook, leaving every value and every
 * other format as it was: what an officer does before sending a clean copy, or once the findings are dealt with.
 */
export const clearFindings = async (port: WorkbookPort): Promise<void> => {
  await port.clearFindings();
};
