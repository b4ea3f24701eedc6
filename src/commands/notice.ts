// The dialog in which the ribbon's Validate command tells its result: the text comes in the page's query string
// (?text=...) and is shown as text, never as HTML; ?lang= gives the ribbon's language, for the dialog's own words
// and its direction (Arabic reads right to left).
import { languageOfTag, loadCatalogs, PSEUDO_LOCALE, translatorFor } from "../core/i18n";

const show = async (): Promise<void> => {
  const notice = document.getElementById("notice");
  const close = document.getElementById("close");
  if (!notice || !close) return;
  const query = new URLSearchParams(window.location.search);
  const language = languageOfTag(query.get("lang") ?? undefined) ?? "en";
  // The page carries English; another language's words are fetched first (English if that fails).
  const fetched = await loadCatalogs([language === PSEUDO_LOCALE ? "en" : language], "first").then(
    () => true,
    () => false
  );
  const t = translatorFor(fetched ? language : "en");
  document.documentElement.lang = t.language === PSEUDO_LOCALE ? PSEUDO_LOCALE : t.locale;
  document.documentElement.dir = t.direction;
  document.title = t.t("pane.notice.title");
  close.textContent = t.t("pane.notice.close");
  notice.textContent = query.get("text") ?? "";
  close.addEventListener("click", () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
      Office.context.ui.messageParent("close");
    else window.close();
  });
  close.focus();
};

if (typeof Office !== "undefined") void Office.onReady(() => show());
else void show();
