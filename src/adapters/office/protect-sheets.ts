import { PROTECTION_OPTIONS } from "./sheet-styles";

/** The error code Office.js gives a sync that failed, if any. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;

/**
 * Protects these sheets, last and in a request of their own, so that a refusal (AccessDenied: a workbook
 * whose structure or sheets someone else protected) leaves everything else written. Returns the sheets left
 * unprotected.
 */
export const protectSheets = async (
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<string[]> => {
  if (names.length === 0) return [];
  const sheets = context.workbook.worksheets;
  for (const name of names) sheets.getItem(name).protection.protect(PROTECTION_OPTIONS);
  try {
    await context.sync();
    return [];
  } catch (error) {
    if (errorCode(error) !== "AccessDenied") throw error;
  }
  const states = names.map((name) => sheets.getItem(name).protection.load("protected"));
  await context.sync();
  return names.filter((_, i) => !states[i]?.protected);
};
