/**
 * Turns a failure into sentences an officer can act on: what went wrong, then what to do. Errors are told apart
 * by name, so that this module needs none of the adapters (the .xlsx adapter is loaded only when needed).
 */
export const plainMessage = (error: unknown, action: string): string => {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "WorkbookReadError")
    return `${message}. Pick a reporting workbook saved as .xlsx (in Excel: File, Save As, Excel Workbook) and try again.`;
  if (name === "ChunkLoadError")
    return `Part of KPI Reporter could not be loaded, so ${action} did not start. Check your connection, reload the pane, and try again.`;
  if (
    name === "RichApi.Error" ||
    /^(InvalidArgument|ItemNotFound|AccessDenied|GeneralException)/.test(message)
  )
    return `Excel refused the change, so ${action} did not finish: ${message}. If a sheet is being edited, press Enter or Esc in the cell and try again.`;
  return `${action[0]?.toUpperCase() ?? ""}${action.slice(1)} did not finish: ${message}. Try again; if it fails again, send this message to the planning unit.`;
};
