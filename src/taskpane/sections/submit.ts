// Submit tab, "Submit": #preparer (Preparer's name), #submit (Submit, primary), #submit-hint; result
// #submit-status, #submit-download, #stamp (the stamp, a dl), and where validation refuses, the findings:
// #submit-show-*, #submit-group-*, #submit-location, #submit-findings.
import { ok } from "../../core/result";
import { element } from "../dom-element";
import { findingsView } from "../findings-view";
import { actionButton, field, nameInput } from "../form-controls";
import { outputName } from "../output-name";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";
import { sectorNamer } from "./sector-namer";

/** Validates the workbook and, with no errors, stamps it for submission and shows the stamp. */
export const submitSection: PaneSection = (ctx) => {
  const preparer = field(nameInput(), "preparer", ctx.t("pane.submit.preparer"));
  const submit = actionButton("submit", ctx.t("pane.submit.button"), true);
  const card = ctx.card("submit", {
    id: "submit",
    heading: ctx.t("pane.submit.heading"),
    hint: ctx.t("pane.submit.hint"),
    body: [preparer.row],
    actions: [submit],
  });
  const findings = findingsView(
    "submit",
    ctx.i18n,
    (f, button, out) => void ctx.goTo(f.sheet, f.cell, button, out)
  );

  submit.addEventListener("click", async () => {
    const name = preparer.control.value.trim();
    if (name === "") {
      card.result.clear();
      card.result.say(ctx.t("pane.submit.nameFirst"), "error");
      preparer.control.focus();
      return;
    }
    const done = await ctx.onReport(
      card,
      {
        action: ctx.t("pane.action.submit"),
        label: ctx.t("pane.submit.progress"),
        what: ctx.t("pane.what.report"),
      },
      async (o, { step }) => {
        const { submitWorkbook, presentStamp } = await ctx.useCases();
        step(ctx.t("pane.submit.step", { file: o.name }));
        const result = await submitWorkbook(o.port, o.port, ctx.plans, {
          preparer: name,
          now: new Date(),
          generator: GENERATOR,
          translator: () => ctx.i18n,
        });
        const stamped = o.written()
          ? outputName(o.name, "submission")
          : ctx.t("pane.submit.thisWorkbook");
        const view =
          result.ok && result.value.submitted
            ? presentStamp(stamped, result.value.stamp, { time: ctx.time }, ctx.i18n)
            : undefined;
        return result.ok ? ok({ outcome: result.value, view }) : result;
      }
    );
    if (!done) return;
    const { opened } = done;
    const { outcome, view } = done.value;
    if (!outcome.submitted) {
      const count = outcome.validation.summary.errors;
      card.result.say(ctx.t("pane.submit.refused", { count }), "error");
      findings.show(outcome.validation, sectorNamer(ctx, outcome.validation.planId));
      card.result.detail.append(findings.element);
      return card.result.show();
    }
    if (!view) return;
    const stamp = element("dl", "stamp");
    stamp.id = "stamp";
    stamp.setAttribute("aria-label", ctx.t("pane.submit.stamp"));
    stamp.append(
      ...view.fields.flatMap(([label, text]) => [
        element("dt", "stamp__label", label),
        element("dd", "stamp__value", text),
      ])
    );
    card.result.detail.append(stamp);
    const bytes = opened.written();
    const stamped = { submitted: view.submitted, detail: view.detail, file: opened.name };
    if (bytes) {
      card.result.offer(bytes, outputName(opened.name, "submission"));
      card.result.say(ctx.t("pane.submit.done", stamped));
    } else card.result.say(ctx.t("pane.submit.doneHere", stamped));
    card.result.show();
  });
};
