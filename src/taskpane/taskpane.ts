// The task pane: chooses the host and the language, builds the shared context and mounts every section
// (src/taskpane/sections). Shell ids: #mode, #pane-problems, #language-field, #language-label, #language (file
// mode: the language picker), #tabs (tabs #tab-<id>, panels #panel-<id>: create, check, tables, submit, council),
// #file-field, #file-label, #file-hint and #file (file mode: the workbook the Check, Tables and Submit tabs work
// on), #progress, #progress-label, #cancel (moved under the section whose action runs).
import { LANGUAGES, loadCatalogs, render } from "../core/i18n";
import { bundledPlans } from "../addin";
import { mountLanguagePicker } from "./language-picker";
import { createPaneContext } from "./pane-context";
import { applyPaneLanguage, LANGUAGE_KEY, loadPaneLanguage } from "./pane-language";
import { mountTabs } from "./pane-tabs";
import { EXCEL_PORT, portForHost } from "./port-for-host";
import { SECTIONS } from "./sections";

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`taskpane.html has no #${id}`);
  return el as T;
};

/** The language file mode remembered, where the browser keeps anything (a private window may refuse). */
const stored = (): string | null => {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
};

const start = async (officeInfo: { host: Office.HostType | null } | undefined): Promise<void> => {
  const inExcel = officeInfo !== undefined && String(officeInfo.host) === "Excel";
  // Inside Excel the pane speaks Office's display language; in file mode the officer's pick, or the browser's.
  const language = await loadPaneLanguage({
    query: new URLSearchParams(window.location.search).get("lang"),
    office: inExcel ? Office.context.displayLanguage : undefined,
    stored: inExcel ? null : stored(),
    browser: navigator.languages,
  });
  const t = language.translator;
  applyPaneLanguage(document.documentElement, language);
  const host = portForHost(
    officeInfo,
    EXCEL_PORT,
    typeof Excel === "undefined" ? undefined : () => Excel.run,
    t
  );
  if (host.kind === "file")
    mountLanguagePicker(byId("language-field"), byId("language-label"), byId("language"), t);
  const plans = bundledPlans();
  const fileField = byId("file-field");
  byId("tabs").setAttribute("aria-label", t.t("pane.tabs.label"));
  byId("file-label").textContent = t.t("pane.file.label");
  byId("file-hint").textContent = t.t("pane.file.hint");
  const cancel = byId<HTMLButtonElement>("cancel");
  cancel.textContent = t.t("pane.cancel");
  const tabs = mountTabs(byId("tabs"), byId("panels"), t, (tab) => {
    fileField.hidden = host.kind === "excel" || !tab.workbook;
  });
  const ctx = createPaneContext(host, plans, language, {
    tabs,
    fileField,
    file: byId<HTMLInputElement>("file"),
    progress: { panel: byId("progress"), label: byId("progress-label"), cancel },
  });
  for (const mount of SECTIONS) mount(ctx);
  tabs.select("create");
  byId("mode").textContent = host.note;
  const problems = byId("pane-problems");
  // A broken plan file is said in the pane's language, whose words for it come with the rest of its catalog.
  const said =
    plans.said.length === 0
      ? []
      : await loadCatalogs(LANGUAGES).then(
          () => plans.said.map((m) => render(t, m)),
          () => plans.problems
        );
  problems.textContent =
    said.length > 0 ? t.t("pane.plans.problems", { problems: said.join("; ") }) : "";
  problems.hidden = said.length === 0;
};

const boot = (): void => {
  if (typeof Office !== "undefined") void Office.onReady((info) => start(info));
  else void start(undefined);
};

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
