import type { Translator } from "../core/i18n";

/** A sentence with its first letter capitalised as its language writes capitals (an action may open it). */
const capitalised = (text: string, locale: string): string =>
  `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}`;

/**
 * Turns a failure into sentences an officer can act on: what went wrong, then what to do. Errors are told apart
 * by name, so that this module needs none of the adapters (the .xlsx adapter is loaded only when needed).
 * `action` is the action's name as the catalogs give it (`pane.action.*`).
 */
export const plainMessage = (error: unknown, action: string, t: Translator): string => {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "WorkbookReadError") return t.t("pane.failed.read", { message });
  if (name === "ChunkLoadError") return t.t("pane.failed.chunk", { action });
  if (
    name === "RichApi.Error" ||
    /^(InvalidArgument|ItemNotFound|AccessDenied|GeneralException)/.test(message)
  )
    return t.t("pane.failed.excel", { action, message });
  return capitalised(t.t("pane.failed.other", { action, message }), t.locale);
};
