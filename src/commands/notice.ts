// The dialog in which the ribbon's Validate command tells its result: the text comes in the page's query string
// (?text=...) and is shown as text, never as HTML.
const show = (): void => {
  const notice = document.getElementById("notice");
  const close = document.getElementById("close");
  if (!notice || !close) return;
  notice.textContent = new URLSearchParams(window.location.search).get("text") ?? "";
  close.addEventListener("click", () => {
    if (typeof Office !== "undefined" && Office.context?.ui?.messageParent)
      Office.context.ui.messageParent("close");
    else window.close();
  });
  close.focus();
};

if (typeof Office !== "undefined") void Office.onReady(() => show());
else show();
