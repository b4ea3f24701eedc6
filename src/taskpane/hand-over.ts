import { plainMessage } from "./plain-message";
import type { PaneHost } from "./port-for-host";
import type { SectionResult } from "./section-card";

/** Hands a workbook the pane made to the officer: a download, and inside Excel a new workbook as well. */
export const handOver = async (
  host: PaneHost,
  result: SectionResult,
  bytes: Uint8Array,
  name: string,
  told: string
): Promise<void> => {
  result.offer(bytes, name);
  if (host.kind === "file") result.say(`${told} Download ${name} here.`);
  else
    try {
      const { openAsNewWorkbook } = await import(
        /* webpackChunkName: "excel-host" */ "./excel-host"
      );
      await openAsNewWorkbook(bytes);
      result.say(
        `${told} Excel opened it as a new workbook: save it there, or download ${name} here.`
      );
    } catch (error) {
      result.say(
        `${told} ${plainMessage(error, `opening ${name} in Excel`)} Download it here instead.`,
        "error"
      );
    }
  result.show();
};
