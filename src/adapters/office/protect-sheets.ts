import { PROTECTION_OPTIONS } from "./sheet-styles";

/** The error code Office.js gives a sync that failed, if any. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;

/**
 * Changes each sheet's protection in one request, tolerating AccessDenied (a sheet protected with someone's
 * password, a workbook whose structure is protected): Excel stops a request at the refused operation, so the
 * first sheet not yet in the wanted state is the one refused, and the rest are tried again. One request when
 * nothing is refused; two more per refusal. Returns the sheets refused.
 */
const changeEach = async (
  context: Excel.RequestContext,
  names: readonly string[],
  change: (protection: Excel.WorksheetProtection) => void,
  wanted: boolean
): Promise<string[]> => {
  const refused: string[] = [];
  let pending = [...names];
  while (pending.length > 0) {
    for (const name of pending) change(context.workbook.worksheets.getItem(name).protection);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      return refused;
    } catch (error) {
      if (errorCode(error) !== "AccessDenied") throw error;
    }
    const states = pending.map((name) =>
      context.workbook.worksheets.getItem(name).protection.load("protected")
    );
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const culprit = pending.findIndex((_, i) => states[i]?.protected !== wanted);
    if (culprit < 0) return refused;
    refused.push(pending[culprit] as string);
    pending = pending.slice(culprit + 1);
  }
  return refused;
};

/** Protects these sheets, last and in a request of their own, so that a refusal leaves everything else written. Returns the sheets left unprotected. */
export const protectSheets = (
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<string[]> => changeEach(context, names, (p) => p.protect(PROTECTION_OPTIONS), true);

/** Lifts the protection (without a password) of these sheets. Returns the sheets that stay protected. */
export const unprotectSheets = (
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<string[]> => changeEach(context, names, (p) => p.unprotect(), false);
