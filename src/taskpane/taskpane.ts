// The task pane: chooses the host, builds the shared context and mounts every section (src/taskpane/sections).
// Shell ids: #mode, #pane-problems, #tabs (tabs #tab-<id>, panels #panel-<id>: create, check, tables, submit,
// council), #file-field and #file (file mode: the workbook the Check, Tables and Submit tabs work on), #progress,
// #progress-label, #cancel (moved under the section whose action runs).
import { bundledPlans } from "../addin";
import { createPaneContext } from "./pane-context";
import { mountTabs } from "./pane-tabs";
import { EXCEL_PORT, portForHost } from "./port-for-host";
import { SECTIONS } from "./sections";

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`taskpane.html has no #${id}`);
  return el as T;
};

const start = (officeInfo: { host: Office.HostType | null } | undefined): void => {
  const host = portForHost(
    officeInfo,
    EXCEL_PORT,
    typeof Excel === "undefined" ? undefined : () => Excel.run
  );
  const plans = bundledPlans();
  const fileField = byId("file-field");
  const tabs = mountTabs(byId("tabs"), byId("panels"), (tab) => {
    fileField.hidden = host.kind === "excel" || !tab.workbook;
  });
  const ctx = createPaneContext(host, plans, {
    tabs,
    fileField,
    file: byId<HTMLInputElement>("file"),
    progress: {
      panel: byId("progress"),
      label: byId("progress-label"),
      cancel: byId<HTMLButtonElement>("cancel"),
    },
  });
  for (const mount of SECTIONS) mount(ctx);
  tabs.select("create");
  byId("mode").textContent = host.note;
  const problems = byId("pane-problems");
  problems.textContent =
    plans.problems.length > 0 ? `Some plans could not be read: ${plans.problems.join("; ")}` : "";
  problems.hidden = plans.problems.length === 0;
};

const boot = (): void => {
  if (typeof Office !== "undefined") void Office.onReady((info) => start(info));
  else start(undefined);
};

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
