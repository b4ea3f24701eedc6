import { bundledPlans } from "../addin";
import { OfficeWorkbookPort } from "../adapters/office";
import { FINDINGS_SHEET } from "../core/format";
import {
  LANGUAGES,
  languageOfTag,
  loadCatalogs,
  translatorFor,
  type Translator,
} from "../core/i18n";
import { ribbonValidate } from "./ribbon-validate";

const plans = bundledPlans();

/**
 * Shows a sentence in a small dialog (notice.html), in the ribbon's language, which closes itself when the
 * officer presses Close.
 */
const notify = (text: string, t: Translator): Promise<void> =>
  new Promise((resolve) => {
    const query = new URLSearchParams({ text, lang: t.language });
    const url = new URL(`notice.html?${query.toString()}`, window.location.href).href;
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
  // The page carries English and fetches the others: the engine reads a workbook in any of the six languages. The
  // ribbon speaks Office's display language, as the pane does (English where it is none of the six, or unfetched).
  const failed = await loadCatalogs(LANGUAGES).then(
    () => undefined,
    (error: unknown) => error ?? new Error("no catalog")
  );
  const t = translatorFor(
    failed === undefined ? (languageOfTag(Office.context.displayLanguage) ?? "en") : "en"
  );
  try {
    if (failed !== undefined) throw failed;
    const outcome = await ribbonValidate(new OfficeWorkbookPort(Excel.run), plans, new Date(), t);
    if (outcome.showSheet) await showFindingsSheet();
    await notify(outcome.text, t);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await notify(t.t("pane.ribbon.failed", { message }), t);
  } finally {
    event.completed();
  }
};

void Office.onReady(() => Office.actions.associate("validate", validate));
