import { plainMessage } from "./plain-message";
import type { PaneHost } from "./port-for-host";

/**
 * Follows a finding or a change to its cell: inside Excel selects it (and says so in `out`); in file mode, where
 * there is no Excel to select in, says in `out` where it is and how to go there.
 */
export const goToCell = async (
  host: PaneHost,
  sheet: string,
  cell: string | null,
  button: HTMLButtonElement,
  out: HTMLElement
): Promise<void> => {
  const where = cell === null ? `sheet “${sheet}”` : `sheet “${sheet}”, cell ${cell}`;
  if (host.kind === "file") {
    out.textContent = `In the workbook: ${where}. In Excel, press Ctrl+G and type '${sheet}'!${cell ?? "A1"} to go there.`;
    return;
  }
  try {
    const { selectCell } = await import(/* webpackChunkName: "excel-host" */ "./excel-host");
    await selectCell(sheet, cell);
    out.textContent = `Selected ${where}.`;
  } catch (error) {
    out.textContent = plainMessage(error, `going to ${where}`);
    button.focus();
  }
};
