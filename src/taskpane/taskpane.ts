import { defaultPeriod, insertWorkbook, planCatalog, validateWorkbook, WorkbookPort } from "../app";
import { Plan, planYears } from "../core/plan";
import type { Finding } from "../core/rules";
import itu20082011 from "../../plan-data/itu-2008-2011.json";
import itu20122015 from "../../plan-data/itu-2012-2015.json";
import { groupFindings } from "./group-findings";
import { offerDownload, withdrawDownload } from "./offer-download";
import { plainMessage } from "./plain-message";
import { countOf, renderFindings } from "./render-findings";
import { EXCEL_PORT, PaneHost, portForHost } from "./port-for-host";
import { TaskRunner } from "./run-task";

const GENERATOR = "KPI Reporter add-in";
/** How long the officer's edits must pause before the pane checks the workbook again. */
const SETTLE_MS = 1500;

/** The plans bundled with the add-in (plan-data/), checked as the CLI checks plan files. */
const BUNDLED: Record<string, unknown> = {
  "itu-2012-2015.json": itu20122015,
  "itu-2008-2011.json": itu20082011,
};

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`taskpane.html has no #${id}`);
  return el as T;
};

/** Loads the .xlsx adapter (ExcelJS) on first use, as its own chunk, so the pane's first load stays small. */
const xlsxAdapter = () =>
  // The adapter's index also offers the Node file port; the pane takes the browser port's own file.
  import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/xlsx-bytes-port");

const start = (officeInfo: { host: Office.HostType | null } | undefined): void => {
  const ui = {
    mode: byId<HTMLParagraphElement>("mode"),
    plan: byId<HTMLSelectElement>("plan"),
    sectors: byId<HTMLDivElement>("sector-choices"),
    period: byId<HTMLSelectElement>("period"),
    insert: byId<HTMLButtonElement>("insert"),
    fileField: byId<HTMLDivElement>("file-field"),
    file: byId<HTMLInputElement>("file"),
    mark: byId<HTMLInputElement>("mark"),
    markLabel: byId<HTMLLabelElement>("mark-label"),
    autoField: byId<HTMLDivElement>("auto-field"),
    auto: byId<HTMLInputElement>("auto"),
    validate: byId<HTMLButtonElement>("validate"),
    status: byId<HTMLParagraphElement>("status"),
    downloadField: byId<HTMLParagraphElement>("download-field"),
    download: byId<HTMLAnchorElement>("download"),
    results: byId<HTMLElement>("results"),
    summary: byId<HTMLParagraphElement>("summary"),
    location: byId<HTMLParagraphElement>("location"),
    findings: byId<HTMLDivElement>("findings"),
  };
  const runner = new TaskRunner({
    panel: byId("progress"),
    label: byId("progress-label"),
    cancel: byId("cancel"),
    controls: [ui.plan, ui.period, ui.insert, ui.file, ui.mark, ui.validate],
  });

  const say = (text: string, kind: "info" | "error" = "info"): void => {
    ui.status.textContent = text;
    ui.status.classList.toggle("status--error", kind === "error");
  };
  const offer = (bytes: Uint8Array, name: string): void => {
    offerDownload(ui.download, bytes, name);
    ui.download.textContent = `Download ${name}`;
    ui.downloadField.hidden = false;
  };
  const withdraw = (): void => {
    withdrawDownload(ui.download);
    ui.downloadField.hidden = true;
  };

  const { plans, problems } = planCatalog(BUNDLED);
  const host: PaneHost = portForHost(
    officeInfo,
    EXCEL_PORT,
    typeof Excel === "undefined" ? undefined : () => Excel.run
  );
  ui.mode.textContent = host.note;
  ui.fileField.hidden = host.kind === "excel";
  ui.autoField.hidden = host.kind !== "excel";
  ui.markLabel.textContent =
    host.kind === "excel"
      ? "Highlight findings and add a Validation sheet"
      : "Offer a copy with findings highlighted and a Validation sheet";
  if (problems.length > 0) say(`Some plans could not be read: ${problems.join("; ")}`, "error");

  // New workbook: plan, sectors, period.
  for (const plan of plans) {
    const option = document.createElement("option");
    option.value = plan.id;
    // The period first: the pane is narrow and plan titles are long.
    option.textContent = `${plan.period.start}-${plan.period.end}: ${plan.title}`;
    ui.plan.append(option);
  }
  const chosenPlan = (): Plan | undefined => plans.find((p) => p.id === ui.plan.value);
  const showPlan = (): void => {
    const plan = chosenPlan();
    ui.sectors.replaceChildren();
    ui.period.replaceChildren();
    if (!plan) return;
    for (const sector of plan.sectors) {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.className = "check__box";
      box.id = `sector-${sector.id}`;
      box.value = sector.id;
      box.checked = true;
      const label = document.createElement("label");
      label.className = "check__label";
      label.htmlFor = box.id;
      label.textContent = sector.name;
      const row = document.createElement("div");
      row.className = "check";
      row.append(box, label);
      ui.sectors.append(row);
    }
    const suggested = defaultPeriod(plan, new Date());
    for (const year of planYears(plan)) {
      const option = document.createElement("option");
      option.value = String(year);
      option.textContent = String(year);
      option.selected = year === suggested;
      ui.period.append(option);
    }
  };
  ui.plan.addEventListener("change", showPlan);
  showPlan();

  ui.insert.addEventListener("click", async () => {
    const plan = chosenPlan();
    if (!plan) return say("There is no plan to choose from: this installation has none.", "error");
    const sectors = [
      ...ui.sectors.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked"),
    ].map((box) => box.value);
    if (sectors.length === 0)
      return say("Choose at least one sector for the new workbook.", "error");
    const period = Number(ui.period.value);
    const partial = sectors.length < plan.sectors.length;
    const fileName = `${plan.id}-${period}${partial ? `-${sectors.join("-").toLowerCase()}` : ""}.xlsx`;
    withdraw();
    say("");
    try {
      const outcome = await runner.run("Creating the workbook…", async ({ step }) => {
        let port: WorkbookPort;
        let written: () => Uint8Array | undefined = () => undefined;
        if (host.kind === "excel") port = host.port;
        else {
          step("Loading the workbook writer…");
          const { XlsxBytesPort, MemoryXlsxIo } = await xlsxAdapter();
          const io = new MemoryXlsxIo(fileName);
          port = new XlsxBytesPort(io);
          written = () => io.written;
        }
        step(`Writing ${sectors.length} sector${sectors.length === 1 ? "" : "s"} for ${period}…`);
        const result = await insertWorkbook(port, plan, {
          sectors,
          period,
          now: new Date(),
          generator: GENERATOR,
        });
        return { result, bytes: written() };
      });
      if (!outcome.done) return say("Cancelled: no workbook was created.");
      const { result, bytes } = outcome.value;
      if (!result.ok) return say(result.errors.join(" "), "error");
      const s = result.value;
      const what = `${s.sectors.join(", ")}, reporting year ${s.period}: ${s.objectives} objectives, ${s.outputs} outputs, ${s.kpis} KPIs`;
      if (bytes) {
        offer(bytes, fileName);
        say(`Created ${fileName} (${what}). Download it, fill it in Excel, then check it here.`);
      } else say(`Wrote the reporting workbook into this workbook (${what}).`);
    } catch (error) {
      say(plainMessage(error, "creating the workbook"), "error");
    }
  });

  // Check a workbook: validate, list the findings, offer or write the checked copy.
  let lastFindingsPlan: Plan | undefined;
  const validate = async (automatic: boolean): Promise<void> => {
    if (runner.busy) return;
    const picked = ui.file.files?.[0];
    if (host.kind === "file" && !picked) {
      say("Pick the .xlsx workbook to check first.", "error");
      ui.file.focus();
      return;
    }
    const name = picked?.name ?? "the open workbook";
    const mark = ui.mark.checked;
    withdraw();
    if (!automatic) say("");
    try {
      const outcome = await runner.run(
        `Checking ${name}…`,
        async ({ step }) => {
          let port: WorkbookPort;
          let written: () => Uint8Array | undefined = () => undefined;
          if (host.kind === "excel") port = host.port;
          else {
            step(`Reading ${name}…`);
            const bytes = new Uint8Array(await (picked as File).arrayBuffer());
            step("Loading the workbook reader…");
            const { XlsxBytesPort, MemoryXlsxIo } = await xlsxAdapter();
            const io = new MemoryXlsxIo(name, bytes);
            port = new XlsxBytesPort(io);
            written = () => io.written;
          }
          step(`Checking ${name}…`);
          const result = await validateWorkbook(port, (id) => plans.find((p) => p.id === id), {
            mark,
            now: new Date(),
          });
          return { result, bytes: written() };
        },
        { quiet: automatic }
      );
      if (!outcome.done) return say("Cancelled: the check did not finish.");
      const { result, bytes } = outcome.value;
      if (!result.ok) {
        ui.results.hidden = true;
        return say(
          `${name[0]?.toUpperCase() ?? ""}${name.slice(1)} ${result.errors.join(" ")}. ${host.kind === "excel" ? "Open" : "Pick"} a workbook made by KPI Reporter (Create workbook, above).`,
          "error"
        );
      }
      const v = result.value;
      const plan = plans.find((p) => p.id === v.planId);
      lastFindingsPlan = plan;
      const counts = [
        countOf(v.summary.errors, "error"),
        countOf(v.summary.warnings, "warning"),
        countOf(v.summary.info, "info"),
      ].join(", ");
      ui.summary.textContent =
        v.findings.length === 0
          ? `No findings: ${name} is ready to submit.`
          : `${counts}${v.summary.errors > 0 ? " (errors block submission)" : ""}.`;
      ui.location.textContent = "";
      renderFindings(
        ui.findings,
        groupFindings(v.findings, v.sectors),
        (id) => lastFindingsPlan?.sectors.find((s) => s.id === id)?.name ?? id,
        (f, button) => void showFinding(f, button)
      );
      ui.results.hidden = false;
      if (bytes) {
        const checkedName = `${name.replace(/\.xlsx$/i, "")}-checked.xlsx`;
        offer(bytes, checkedName);
      }
      say(
        `Checked ${name}: plan ${v.planId}, reporting year ${v.period}, ${counts}.${mark && host.kind === "excel" ? " Findings are highlighted and listed on the Validation sheet." : ""}`
      );
    } catch (error) {
      ui.results.hidden = true;
      say(plainMessage(error, `checking ${name}`), "error");
    }
  };
  ui.validate.addEventListener("click", () => void validate(false));
  ui.file.addEventListener("change", () => {
    withdraw();
    ui.results.hidden = true;
  });

  const showFinding = async (f: Finding, button: HTMLButtonElement): Promise<void> => {
    const where = f.cell === null ? `sheet “${f.sheet}”` : `sheet “${f.sheet}”, cell ${f.cell}`;
    if (host.kind === "file") {
      ui.location.textContent = `In the workbook: ${where}. In Excel, press Ctrl+G and type '${f.sheet}'!${f.cell ?? "A1"} to go there.`;
      return;
    }
    try {
      const { selectCell } = await import(/* webpackChunkName: "excel-host" */ "./excel-host");
      await selectCell(f.sheet, f.cell);
      ui.location.textContent = `Selected ${where}.`;
    } catch (error) {
      ui.location.textContent = plainMessage(error, `going to ${where}`);
      button.focus();
    }
  };

  // Inside Excel: check again once the officer's edits settle (pasted values bypass Excel's data validation).
  let stopWatching: (() => Promise<void>) | undefined;
  ui.auto.addEventListener("change", async () => {
    try {
      if (ui.auto.checked && !stopWatching) {
        const { watchEdits } = await import(/* webpackChunkName: "excel-host" */ "./excel-host");
        stopWatching = await watchEdits(() => void validate(true), SETTLE_MS);
        say("The workbook will be checked again whenever cells change.");
      } else if (!ui.auto.checked && stopWatching) {
        const stop = stopWatching;
        stopWatching = undefined;
        await stop();
        say("Automatic checking is off.");
      }
    } catch (error) {
      ui.auto.checked = false;
      say(plainMessage(error, "watching the workbook for changes"), "error");
    }
  });
};

const boot = (): void => {
  if (typeof Office !== "undefined") void Office.onReady((info) => start(info));
  else start(undefined);
};

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
