import { bundledPlans } from "../addin";
import { OfficeWorkbookPort } from "../adapters/office";
import { FINDINGS_SHEET } from "../core/format";
import { ribbonValidate } from "./ribbon-validate";

const plans = bundledPlans();

/** Shows a sentence in a small dialog (notice.html), which closes itself when the officer presses Close. */
const notify = (text: string): Promise<void> =>
  new Promise((resolve) => {
    const url = new URL(`notice.html?text=${encodeURIComponent(text)}`, window.location.href).href;
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 30 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      resolve();
    });
  });

const showFindingsSheet = (): Promise<void> =>
  Excel.run(async (context) => {
    context.workbook.worksheets.getItem(FINDINGS_SHEET).activate();
    await context.sync();
  });

/** The ribbon's Validate button: checks the open workbook without opening the task pane. */
const validate = async (event: Office.AddinCommands.Event): Promise<void> => {
  try {
    const outcome = await ribbonValidate(new OfficeWorkbookPort(Excel.run), plans, new Date());
    if (outcome.showSheet) await showFindingsSheet();
    await notify(outcome.text);
  } catch (error) {
    await notify(
      `Validation did not finish: ${error instanceof Error ? error.message : String(error)}. Press Enter or Esc if a cell is being edited, then try again.`
    );
  } finally {
    event.completed();
  }
};

void Office.onReady(() => Office.actions.associate("validate", validate));
