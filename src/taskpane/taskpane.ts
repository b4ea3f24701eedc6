import type { ValidationOutcome, WorkbookPort } from "../app";
// What the first load needs, by file: through the app's index every use case would land in the first load (the
// later sections' use cases come from ./section-use-cases, loaded on first use).
import { clearFindings } from "../app/clear-findings";
import { holdsReportOfPlan } from "../app/holds-report-of-plan";
import { defaultPeriod, insertWorkbook } from "../app/insert-workbook";
import { planCatalog } from "../app/plan-catalog";
import { validateWorkbook } from "../app/validate-workbook";
import { noteScope, Plan, planYears } from "../core/plan";
import { ok } from "../core/result";
import itu20082011 from "../../plan-data/itu-2008-2011.json";
import itu20122015 from "../../plan-data/itu-2012-2015.json";
import { annexFileName, describeAnnex } from "./describe-annex";
import { councilFileName, describeConsolidation, describeRefusal } from "./describe-consolidation";
import { describeMatrix } from "./describe-matrix";
import { describeStamp } from "./describe-stamp";
import { describeUpgradeOffer } from "./describe-upgrade";
import { groupFindings } from "./group-findings";
import { offerDownload, withdrawDownload } from "./offer-download";
import { plainMessage } from "./plain-message";
import { countOf, renderFindings } from "./render-findings";
import { outputName } from "./output-name";
import { EXCEL_PORT, PaneHost, portForHost } from "./port-for-host";
import { renderChanges } from "./render-changes";
import { TaskRunner, TaskSteps } from "./run-task";

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

/** Loads the use cases of the matrix, annex, submit, verify and consolidate sections on first use. */
const sectionUseCases = () => import(/* webpackChunkName: "sections" */ "./section-use-cases");

const start = (officeInfo: { host: Office.HostType | null } | undefined): void => {
  const ui = {
    mode: byId<HTMLParagraphElement>("mode"),
    plan: byId<HTMLSelectElement>("plan"),
    planNotes: byId<HTMLDetailsElement>("plan-notes"),
    planNotesSummary: byId<HTMLElement>("plan-notes-summary"),
    planNoteList: byId<HTMLUListElement>("plan-note-list"),
    sectors: byId<HTMLDivElement>("sector-choices"),
    period: byId<HTMLSelectElement>("period"),
    insert: byId<HTMLButtonElement>("insert"),
    upgrade: byId<HTMLButtonElement>("upgrade"),
    fileField: byId<HTMLElement>("file-field"),
    file: byId<HTMLInputElement>("file"),
    mark: byId<HTMLInputElement>("mark"),
    markLabel: byId<HTMLLabelElement>("mark-label"),
    autoField: byId<HTMLDivElement>("auto-field"),
    auto: byId<HTMLInputElement>("auto"),
    validate: byId<HTMLButtonElement>("validate"),
    clear: byId<HTMLButtonElement>("clear"),
    matrix: byId<HTMLButtonElement>("matrix"),
    matrixFlags: byId<HTMLUListElement>("matrix-flags"),
    annex: byId<HTMLButtonElement>("annex"),
    annexHint: byId<HTMLParagraphElement>("annex-hint"),
    preparer: byId<HTMLInputElement>("preparer"),
    submit: byId<HTMLButtonElement>("submit"),
    stamp: byId<HTMLDListElement>("stamp"),
    verify: byId<HTMLButtonElement>("verify"),
    verifyResult: byId<HTMLDivElement>("verify-result"),
    verifySummary: byId<HTMLParagraphElement>("verify-summary"),
    changeLocation: byId<HTMLParagraphElement>("change-location"),
    changes: byId<HTMLDivElement>("changes"),
    submissions: byId<HTMLInputElement>("submissions"),
    preferNewer: byId<HTMLInputElement>("prefer-newer"),
    allowUnverified: byId<HTMLInputElement>("allow-unverified"),
    consolidator: byId<HTMLInputElement>("consolidator"),
    consolidate: byId<HTMLButtonElement>("consolidate"),
    consolidated: byId<HTMLUListElement>("consolidated"),
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
    controls: [
      ui.plan,
      ui.period,
      ui.insert,
      ui.upgrade,
      ui.file,
      ui.mark,
      ui.validate,
      ui.clear,
      ui.matrix,
      ui.annex,
      ui.preparer,
      ui.submit,
      ui.verify,
      ui.submissions,
      ui.preferNewer,
      ui.allowUnverified,
      ui.consolidator,
      ui.consolidate,
    ],
  });

  const say = (text: string, kind: "info" | "error" = "info"): void => {
    ui.status.textContent = text;
    ui.status.classList.toggle("status--error", kind === "error");
    // The pane is long and narrow: bring the answer into view under the button that asked for it.
    if (text) ui.status.scrollIntoView?.({ block: "nearest" });
  };
  const offer = (bytes: Uint8Array, name: string): void => {
    offerDownload(ui.download, bytes, name);
    ui.download.textContent = `Download ${name}`;
    ui.downloadField.hidden = false;
    ui.downloadField.scrollIntoView?.({ block: "nearest" });
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
  ui.annexHint.textContent =
    host.kind === "excel"
      ? "Tables X.1 and X.2 per sector, Table 8.1 and a status summary, print-ready, opened as a new workbook in Excel (this one is not changed), and offered as a download."
      : "Tables X.1 and X.2 per sector, Table 8.1 and a status summary, print-ready, offered as a download.";
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
    ui.planNoteList.replaceChildren();
    ui.planNotes.hidden = !plan || plan.notes.length === 0;
    if (!plan) return;
    // What the plan's source itself disagrees on or lacks: said once here, never as findings on a workbook.
    ui.planNotesSummary.textContent = `Notes on this plan's source (${plan.notes.length})`;
    for (const note of plan.notes) {
      const item = document.createElement("li");
      item.className = "plan-notes__item";
      item.textContent = `${noteScope(plan, note)}: ${note.text}`;
      ui.planNoteList.append(item);
    }
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

  /** The plan the open workbook can be updated to, once Create found a workbook of it here. */
  let upgradeTo: Plan | undefined;
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
    ui.upgrade.hidden = true;
    upgradeTo = undefined;
    try {
      const outcome = await runner.run("Creating the workbook…", async ({ step }) => {
        // Inside Excel, a reporting workbook of this plan already here is updated, not replaced.
        if (host.kind === "excel" && (await holdsReportOfPlan(host.port, plan)))
          return { held: true as const };
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
          intoExisting: host.kind === "excel",
        });
        return { held: false as const, result, bytes: written() };
      });
      if (!outcome.done) return say("Cancelled: no workbook was created.");
      if (outcome.value.held) {
        upgradeTo = plan;
        ui.upgrade.hidden = false;
        return say(describeUpgradeOffer(plan.id));
      }
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

  // Update the open workbook to the current plan file, offered where Create found this plan's workbook in it.
  ui.upgrade.addEventListener("click", async () => {
    const plan = upgradeTo;
    if (!plan || host.kind !== "excel") return;
    const port = host.port;
    say("");
    try {
      const outcome = await runner.run("Updating this workbook…", async ({ step }) => {
        step("Loading the update…");
        const { upgradeWorkbook, describeUpgrade } = await sectionUseCases();
        step(`Rebuilding the reporting sheets from ${plan.id} version ${plan.version}…`);
        const result = await upgradeWorkbook(port, () => plan, {
          plan,
          now: new Date(),
          generator: GENERATOR,
        });
        return result.ok ? ok(describeUpgrade(result.value)) : result;
      });
      if (!outcome.done) return say("Cancelled: the workbook was not updated.");
      if (!outcome.value.ok) return say(outcome.value.errors.join(" "), "error");
      ui.upgrade.hidden = true;
      upgradeTo = undefined;
      say(outcome.value.value);
    } catch (error) {
      say(plainMessage(error, "updating the workbook"), "error");
    }
  });

  // Check a workbook: validate, list the findings, offer or write the checked copy.
  let lastFindingsPlan: Plan | undefined;
  /** Lists validation's findings by sector and severity (each selects its cell); returns the counts in words. */
  const showFindings = (v: ValidationOutcome, name: string): string => {
    lastFindingsPlan = plans.find((p) => p.id === v.planId);
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
      (f, button) => void goTo(f.sheet, f.cell, button, ui.location)
    );
    ui.results.hidden = false;
    return counts;
  };
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
      const counts = showFindings(v, name);
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
    ui.matrixFlags.hidden = true;
    ui.stamp.hidden = true;
    ui.verifyResult.hidden = true;
  });

  /** Follows a finding or a change: selects its cell inside Excel, or says where it is in file mode. */
  const goTo = async (
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

  let stopWatching: (() => Promise<void>) | undefined;

  // The sections that work on the workbook: Excel's open workbook, or the picked file with a copy to download.
  const findPlan = (id: string): Plan | undefined => plans.find((p) => p.id === id);

  /** The workbook an action works on; `written` gives the bytes of the copy written in file mode. */
  interface Opened {
    readonly port: WorkbookPort;
    readonly name: string;
    written(): Uint8Array | undefined;
  }

  const openWorkbook = async (picked: File | undefined, steps: TaskSteps): Promise<Opened> => {
    if (host.kind === "excel")
      return { port: host.port, name: "the open workbook", written: () => undefined };
    if (!picked) throw new Error("no workbook was picked");
    steps.step(`Reading ${picked.name}…`);
    const bytes = new Uint8Array(await picked.arrayBuffer());
    steps.step("Loading the workbook reader…");
    const { XlsxBytesPort, MemoryXlsxIo } = await xlsxAdapter();
    const io = new MemoryXlsxIo(picked.name, bytes);
    return { port: new XlsxBytesPort(io), name: picked.name, written: () => io.written };
  };

  /**
   * Runs one section's use case on the workbook with progress and Cancel; says itself when a file must be picked
   * first, when the user cancelled and when it failed, and then returns undefined.
   */
  const onWorkbook = async <T>(
    action: string,
    label: string,
    work: (opened: Opened, steps: TaskSteps) => Promise<T>
  ): Promise<{ readonly opened: Opened; readonly value: T } | undefined> => {
    if (runner.busy) return undefined;
    const picked = ui.file.files?.[0];
    if (host.kind === "file" && !picked) {
      say("Pick the .xlsx workbook to work on first (Workbook, above).", "error");
      ui.file.focus();
      return undefined;
    }
    withdraw();
    say("");
    try {
      const outcome = await runner.run(label, async (steps) => {
        const opened = await openWorkbook(picked, steps);
        return { opened, value: await work(opened, steps) };
      });
      if (outcome.done) return outcome.value;
      say(
        `Cancelled: ${action} did not finish.${host.kind === "excel" ? "" : " Nothing was offered."}`
      );
    } catch (error) {
      say(plainMessage(error, action), "error");
    }
    return undefined;
  };

  /** The sentence for a workbook the use case could not read as a reporting workbook. */
  const notReporting = (name: string, errors: readonly string[], what: string): void =>
    say(
      `${name[0]?.toUpperCase() ?? ""}${name.slice(1)} ${errors.join(" ")}. ${host.kind === "excel" ? "Open" : "Pick"} ${what}.`,
      "error"
    );

  ui.clear.addEventListener("click", async () => {
    if (runner.busy) return;
    // A re-check would put the highlights straight back: clearing turns automatic checking off.
    const wasWatching = stopWatching !== undefined;
    if (stopWatching) {
      const stop = stopWatching;
      stopWatching = undefined;
      ui.auto.checked = false;
      await stop().catch(() => undefined);
    }
    const done = await onWorkbook(
      "clearing the highlights",
      "Clearing highlights…",
      async (o, { step }) => {
        step(`Clearing highlights in ${o.name}…`);
        await clearFindings(o.port);
      }
    );
    if (!done) return;
    ui.results.hidden = true;
    const bytes = done.opened.written();
    if (bytes) {
      const name = outputName(done.opened.name, "cleared");
      offer(bytes, name);
      say(
        `Removed the highlights and the Validation sheet in ${name}, a copy of ${done.opened.name}; every value and every other format is as it was.`
      );
    } else
      say(
        `Removed the highlights and the Validation sheet; every value and every other format is as it was.${wasWatching ? " Automatic checking is off, so they stay away until you validate again." : ""}`
      );
  });

  ui.matrix.addEventListener("click", async () => {
    ui.matrixFlags.hidden = true;
    const done = await onWorkbook(
      "building the matrix",
      "Building the Part II matrix…",
      async (o, { step }) => {
        const { buildMatrix } = await sectionUseCases();
        step("Building the Part II matrix from the X marks…");
        return buildMatrix(o.port, findPlan);
      }
    );
    if (!done) return;
    const { opened, value: result } = done;
    if (!result.ok)
      return notReporting(opened.name, result.errors, "a workbook made by KPI Reporter");
    const bytes = opened.written();
    const name = outputName(opened.name, "matrix");
    const d = describeMatrix(result.value, bytes ? `in ${name}` : "in this workbook");
    ui.matrixFlags.replaceChildren(
      ...d.flags.map((flag) => {
        const item = document.createElement("li");
        item.className = "flag-list__item";
        item.textContent = flag;
        return item;
      })
    );
    ui.matrixFlags.hidden = d.flags.length === 0;
    if (bytes) offer(bytes, name);
    say(d.sentence);
  });

  /** Hands a workbook the pane made to the officer: a download, and inside Excel a new workbook as well. */
  const handOver = async (bytes: Uint8Array, name: string, told: string): Promise<void> => {
    offer(bytes, name);
    if (host.kind === "file") return say(`${told} Download ${name} below.`);
    try {
      const { openAsNewWorkbook } = await import(
        /* webpackChunkName: "excel-host" */ "./excel-host"
      );
      await openAsNewWorkbook(bytes);
      say(`${told} Excel opened it as a new workbook: save it there, or download ${name} below.`);
    } catch (error) {
      say(
        `${told} ${plainMessage(error, `opening ${name} in Excel`)} Download it below instead.`,
        "error"
      );
    }
  };

  ui.annex.addEventListener("click", async () => {
    const done = await onWorkbook(
      "making the Council annex",
      "Making the Council annex…",
      async (o, { step }) => {
        step("Loading the workbook writer…");
        const { XlsxBytesPort, MemoryXlsxIo } = await xlsxAdapter();
        const { buildAnnex } = await sectionUseCases();
        // The annex is a workbook of its own, written by the .xlsx adapter whichever workbook it is made from.
        const io = new MemoryXlsxIo("annex.xlsx");
        step("Writing Tables X.1, X.2 and 8.1…");
        const result = await buildAnnex(o.port, new XlsxBytesPort(io), findPlan, {
          now: new Date(),
        });
        return { result, bytes: io.written };
      }
    );
    if (!done) return;
    const { opened, value } = done;
    const { result, bytes } = value;
    if (!result.ok)
      return notReporting(opened.name, result.errors, "a workbook made by KPI Reporter");
    if (bytes) await handOver(bytes, annexFileName(result.value), describeAnnex(result.value));
  });

  ui.submit.addEventListener("click", async () => {
    ui.stamp.hidden = true;
    const preparer = ui.preparer.value.trim();
    if (preparer === "") {
      say(
        "Type your name as the preparer first: the stamp records who submitted the workbook.",
        "error"
      );
      ui.preparer.focus();
      return;
    }
    const done = await onWorkbook(
      "submitting",
      "Checking the workbook before stamping…",
      async (o, { step }) => {
        const { submitWorkbook } = await sectionUseCases();
        step(`Checking ${o.name}, then stamping it…`);
        return submitWorkbook(o.port, o.port, findPlan, {
          preparer,
          now: new Date(),
          generator: GENERATOR,
        });
      }
    );
    if (!done) return;
    const { opened, value: result } = done;
    if (!result.ok)
      return notReporting(opened.name, result.errors, "a workbook made by KPI Reporter");
    const outcome = result.value;
    if (!outcome.submitted) {
      showFindings(outcome.validation, opened.name);
      const n = outcome.validation.summary.errors;
      return say(
        `Not submitted: validation found ${countOf(n, "error")} (listed under Findings). Fix ${n === 1 ? "it" : "them"} and submit again; nothing was stamped.`,
        "error"
      );
    }
    ui.stamp.replaceChildren(
      ...describeStamp(outcome.stamp).flatMap(([label, text]) => {
        const term = document.createElement("dt");
        term.className = "stamp__label";
        term.textContent = label;
        const value = document.createElement("dd");
        value.className = "stamp__value";
        value.textContent = text;
        return [term, value];
      })
    );
    ui.stamp.hidden = false;
    const bytes = opened.written();
    const s = outcome.stamp;
    const summary = `plan ${s.planId}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}, by ${s.preparer} at ${s.stampedAt}`;
    if (bytes) {
      const name = outputName(opened.name, "submission");
      offer(bytes, name);
      say(
        `Stamped ${name} for submission (${summary}). Download it and send it; ${opened.name} itself is not stamped.`
      );
    } else
      say(
        `Stamped this workbook for submission on its Submission sheet (${summary}). Save it and send it; any later edit of a reported value shows when it is verified.`
      );
  });

  ui.verify.addEventListener("click", async () => {
    ui.verifyResult.hidden = true;
    const done = await onWorkbook(
      "verifying the submission",
      "Verifying the submission…",
      async (o, { step }) => {
        const { verifySubmission, describeVerification } = await sectionUseCases();
        step(`Recomputing the content hash of ${o.name}…`);
        const verified = await verifySubmission(o.port, findPlan);
        return verified.ok ? ok(describeVerification(o.name, verified.value)) : verified;
      }
    );
    if (!done) return;
    const { opened, value: result } = done;
    if (!result.ok)
      return notReporting(
        opened.name,
        result.errors,
        "a workbook stamped by KPI Reporter (Submit, above)"
      );
    const d = result.value;
    ui.verifySummary.textContent = d.unchanged
      ? "Unchanged since it was stamped."
      : `${d.changes.length} change${d.changes.length === 1 ? "" : "s"} since it was stamped.`;
    ui.changeLocation.textContent = "";
    renderChanges(
      ui.changes,
      d.changes,
      (c, button) => void goTo(c.sheet ?? "", c.cell, button, ui.changeLocation)
    );
    ui.verifyResult.hidden = false;
    say(d.sentence, d.unchanged ? "info" : "error");
  });

  ui.consolidate.addEventListener("click", async () => {
    if (runner.busy) return;
    ui.consolidated.hidden = true;
    const files = [...(ui.submissions.files ?? [])];
    if (files.length === 0) {
      say("Pick the sectors' submissions first (one .xlsx file per sector).", "error");
      ui.submissions.focus();
      return;
    }
    withdraw();
    say("");
    try {
      const outcome = await runner.run("Consolidating the submissions…", async ({ step }) => {
        step("Loading the workbook reader…");
        const { XlsxBytesPort, MemoryXlsxIo } = await xlsxAdapter();
        const { consolidateSubmissions } = await sectionUseCases();
        const sources = [];
        for (const file of files) {
          step(`Reading ${file.name}…`);
          const bytes = new Uint8Array(await file.arrayBuffer());
          sources.push({
            name: file.name,
            port: new XlsxBytesPort(new MemoryXlsxIo(file.name, bytes)),
          });
        }
        step(`Verifying and merging ${files.length} submission${files.length === 1 ? "" : "s"}…`);
        const io = new MemoryXlsxIo("council.xlsx");
        const result = await consolidateSubmissions(sources, new XlsxBytesPort(io), findPlan, {
          preferNewer: ui.preferNewer.checked,
          allowUnverified: ui.allowUnverified.checked,
          preparer: ui.consolidator.value.trim(),
          now: new Date(),
          generator: GENERATOR,
        });
        return { result, bytes: io.written };
      });
      if (!outcome.done)
        return say("Cancelled: the consolidation did not finish. Nothing was offered.");
      const { result, bytes } = outcome.value;
      if (!result.ok) return say(describeRefusal(result.errors), "error");
      const d = describeConsolidation(result.value);
      ui.consolidated.replaceChildren(
        ...d.lines.map((line) => {
          const item = document.createElement("li");
          item.className = "source-list__item";
          item.textContent = line;
          return item;
        })
      );
      ui.consolidated.hidden = false;
      if (bytes) await handOver(bytes, councilFileName(result.value), d.sentence);
    } catch (error) {
      say(plainMessage(error, "consolidating the submissions"), "error");
    }
  });

  // Inside Excel: check again once the officer's edits settle (pasted values bypass Excel's data validation).
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
