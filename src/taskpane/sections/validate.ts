// Check tab, "Check a workbook": #mark (highlight findings / offer a checked copy), #auto (inside Excel: check
// again when cells change), #validate (Validate, primary); result #validate-status, #validate-download, and the
// findings: #validate-show-{all,error,warning,info}, #validate-group-{sector,rule}, #validate-location,
// #validate-findings (groups .finding-group, each finding a button.finding).
import { validateWorkbook } from "../../app/validate-workbook";
import { LANGUAGES, loadCatalogs } from "../../core/i18n";
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
    ctx.t(inExcel ? "pane.validate.markExcel" : "pane.validate.markFile"),
    true
  );
  mark.label.id = "mark-label";
  const auto = checkBox("auto", ctx.t("pane.validate.auto"));
  auto.row.id = "auto-field";
  auto.row.hidden = !inExcel;
  const validate = actionButton("validate", ctx.t("pane.validate.button"), true);
  const card = ctx.card("check", {
    id: "validate",
    heading: ctx.t("pane.validate.heading"),
    body: [mark.row, auto.row],
    actions: [validate],
  });
  const findings = findingsView(
    "validate",
    ctx.i18n,
    (f, button, out) => void ctx.goTo(f.sheet, f.cell, button, out)
  );

  const check = async (automatic: boolean): Promise<void> => {
    const marking = mark.box.checked;
    const done = await ctx.onReport(
      card,
      {
        action: ctx.t("pane.action.check"),
        label: ctx.t("pane.validate.progress"),
        what: ctx.t("pane.what.created"),
      },
      async (o, { step }) => {
        step(ctx.t("pane.validate.step", { file: o.name }));
        // The findings in the pane's language, whatever the workbook's own.
        return validateWorkbook(o.port, ctx.plans, {
          mark: marking,
          now: new Date(),
          translator: () => ctx.i18n,
        });
      },
      { quiet: automatic }
    );
    if (!done) return;
    const { opened, value: v } = done;
    const view = presentFindings(v, {}, ctx.i18n);
    const bytes = opened.written();
    if (bytes) card.result.offer(bytes, outputName(opened.name, "checked"));
    const checked = { file: opened.name, about: view.about };
    card.result.say(
      view.none !== null
        ? ctx.t("pane.validate.clean", { ...checked, none: view.none })
        : ctx.t(marking && inExcel ? "pane.validate.marked" : "pane.validate.checked", {
            ...checked,
            summary: view.summary,
          })
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
        // An edit on the Validation sheet (its name in any of the six languages) is no reason to check again.
        await loadCatalogs(LANGUAGES);
        const { watchEdits } = await import(/* webpackChunkName: "excel-host" */ "../excel-host");
        stopWatching = await watchEdits(
          () => void (ctx.busy() ? undefined : check(true)),
          SETTLE_MS
        );
        card.result.say(ctx.t("pane.validate.autoOn"));
      } else if (!auto.box.checked && (await stop()))
        card.result.say(ctx.t("pane.validate.autoOff"));
    } catch (error) {
      auto.box.checked = false;
      card.result.say(plainMessage(error, ctx.t("pane.action.watch"), ctx.i18n), "error");
    }
  });
  // A re-check would put cleared highlights straight back: clearing them turns automatic checking off.
  ctx.on("highlights-cleared", async () => {
    if (await stop()) card.result.say(ctx.t("pane.validate.autoOffCleared"));
  });
};
