import type { Translator } from "../core/i18n";
import { plainMessage } from "./plain-message";
import type { PaneHost } from "./port-for-host";
import type { SectionResult } from "./section-card";

/** Hands a workbook the pane made to the officer: a download, and inside Excel a new workbook as well. */
export const handOver = async (
  host: PaneHost,
  t: Translator,
  result: SectionResult,
  bytes: Uint8Array,
  file: string,
  told: string
): Promise<void> => {
  result.offer(bytes, file);
  if (host.kind === "file") result.say(t.t("pane.handOver.file", { told, file }));
  else
    try {
      const { openAsNewWorkbook } = await import(
        /* webpackChunkName: "excel-host" */ "./excel-host"
      );
      await openAsNewWorkbook(bytes);
      result.say(t.t("pane.handOver.excel", { told, file }));
    } catch (error) {
      const problem = plainMessage(error, t.t("pane.action.openInExcel", { file }), t);
      result.say(t.t("pane.handOver.failed", { told, problem }), "error");
    }
  result.show();
};
