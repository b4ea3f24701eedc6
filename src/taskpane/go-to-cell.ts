import type { Translator } from "../core/i18n";
import { plainMessage } from "./plain-message";
import type { PaneHost } from "./port-for-host";

/**
 * Follows a finding or a change to its cell: inside Excel selects it (and says so in `out`); in file mode, where
 * there is no Excel to select in, says in `out` where it is and how to go there.
 */
export const goToCell = async (
  host: PaneHost,
  t: Translator,
  sheet: string,
  cell: string | null,
  button: HTMLButtonElement,
  out: HTMLElement
): Promise<void> => {
  if (host.kind === "file") {
    out.textContent =
      cell === null
        ? t.t("pane.goTo.fileSheet", { sheet, cell: "A1" })
        : t.t("pane.goTo.fileCell", { sheet, cell });
    return;
  }
  try {
    const { selectCell } = await import(/* webpackChunkName: "excel-host" */ "./excel-host");
    await selectCell(sheet, cell);
    out.textContent =
      cell === null
        ? t.t("pane.goTo.selectedSheet", { sheet })
        : t.t("pane.goTo.selectedCell", { sheet, cell });
  } catch (error) {
    out.textContent = plainMessage(error, t.t("pane.action.goTo", { sheet }), t);
    button.focus();
  }
};
