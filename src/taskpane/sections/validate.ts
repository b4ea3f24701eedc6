// Check tab, "Check a workbook": #mark (highlight findings / offer a checked copy), #auto (inside Excel: check
// again when cells change), #validate (Validate, primary); result #validate-status, #validate-download, and the
// findings: #validate-show-{all,error,warning,info}, #validate-group-{sector,rule}, #validate-location,
// #validate-findings (groups .finding-group, each finding a button.finding).
import { validateWorkbook } from "../../app/validate-workbook";
import { actionButton, checkBox } from "../form-controls";
import { presentFindings } from "../../app/present/present-findings";
import { findingsView } from "../findings-view";
import { outputName } from "../output-name";
import { plainMessage } from "../plain-message";
import type { PaneSection } from "./pane-section";
import { sectorNamer } from "./sector-namer";

/** How long the officer's edits must pause before the pane checks the workbook again. */
const SETTLE_MS = 1500;

/** Validates the workbook, lists its findings (filtered, grouped), and marks them or offers the checked copy. */
export const validateSection: PaneSection = (ctx) => {
  const inExcel = ctx.host.kind === "excel";
  const mark = checkBox(
    "mark",
    inExcel
      ? "Highlight findings and add a Validation sheet"
      : "Offer a copy with findings highlighted and a Validation sheet",
    true
  );
  mark.label.id = "mark-label";
  const auto = checkBox("auto", "Check again when cells change");
  auto.row.id = "auto-field";
  auto.row.hidden = !inExcel;
  const validate = actionButton("validate", "Validate", true);
  const card = ctx.card("check", {
    id: "validate",
    heading: "Check a workbook",
    body: [mark.row, auto.row],
    actions: [validate],
  });
  const findings = findingsView(
    "validate",
    (f, button, out) => void ctx.goTo(f.sheet, f.cell, button, out)
  );

  const check = async (automatic: boolean): Promise<void> => {
    const marking = mark.box.checked;
    const done = await ctx.onReport(
      card,
      {
        action: "the check",
        label: "Checking the workbook…",
        what: "a workbook made by KPI Reporter (Create tab)",
      },
      async (o, { step }) => {
        step(`Checking ${o.name}…`);
        return validateWorkbook(o.port, ctx.plans, { mark: marking, now: new Date() });
      },
      { quiet: automatic }
    );
    if (!done) return;
    const { opened, value: v } = done;
    const view = presentFindings(v);
    const bytes = opened.written();
    if (bytes) card.result.offer(bytes, outputName(opened.name, "checked"));
    card.result.say(
      `Checked ${opened.name}: ${view.about}: ${view.none ?? `${view.summary}.`}` +
        `${marking && inExcel && !view.none ? " Findings are highlighted and listed on the Validation sheet." : ""}`
    );
    findings.show(v, sectorNamer(ctx, v.planId));
    card.result.detail.append(findings.element);
    if (!automatic) card.result.show();
  };
  validate.addEventListener("click", () => void check(false));

  // Inside Excel: check again once the officer's edits settle (pasted values bypass Excel's data validation).
  let stopWatching: (() => Promise<void>) | undefined;
  const stop = async (): Promise<boolean> => {
    const stopping = stopWatching;
    stopWatching = undefined;
    auto.box.checked = false;
    if (stopping) await stopping().catch(() => undefined);
    return stopping !== undefined;
  };
  auto.box.addEventListener("change", async () => {
    try {
      if (auto.box.checked && !stopWatching) {
        const { watchEdits } = await import(/* webpackChunkName: "excel-host" */ "../excel-host");
        stopWatching = await watchEdits(
          () => void (ctx.busy() ? undefined : check(true)),
          SETTLE_MS
        );
        card.result.say("The workbook will be checked again whenever cells change.");
      } else if (!auto.box.checked && (await stop())) card.result.say("Automatic checking is off.");
    } catch (error) {
      auto.box.checked = false;
      card.result.say(plainMessage(error, "watching the workbook for changes"), "error");
    }
  });
  // A re-check would put cleared highlights straight back: clearing them turns automatic checking off.
  ctx.on("highlights-cleared", async () => {
    if (await stop())
      card.result.say(
        "Automatic checking is off, so the cleared highlights stay away until you validate again."
      );
  });
};
