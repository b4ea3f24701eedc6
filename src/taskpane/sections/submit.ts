// Submit tab, "Submit": #preparer (Preparer's name), #submit (Submit, primary), #submit-hint; result
// #submit-status, #submit-download, #stamp (the stamp, a dl), and where validation refuses, the findings:
// #submit-show-*, #submit-group-*, #submit-location, #submit-findings.
import { describeStamp } from "../describe-stamp";
import { element } from "../dom-element";
import { countOf, findingsView } from "../findings-view";
import { actionButton, field, hint, nameInput } from "../form-controls";
import { outputName } from "../output-name";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";
import { sectorNamer } from "./sector-namer";

/** Validates the workbook and, with no errors, stamps it for submission and shows the stamp. */
export const submitSection: PaneSection = (ctx) => {
  const preparer = field(nameInput(), "preparer", "Preparer's name");
  const submit = actionButton("submit", "Submit", { primary: true, describedBy: "submit-hint" });
  const card = ctx.card("submit", {
    id: "submit",
    heading: "Submit",
    body: [
      hint(
        "submit-hint",
        "Checks the workbook and, when it has no errors, stamps it: a Submission sheet with who, when, the validation summary and a hash of the reported content."
      ),
      preparer.row,
    ],
    actions: [submit],
  });
  const findings = findingsView(
    "submit",
    (f, button, out) => void ctx.goTo(f.sheet, f.cell, button, out)
  );

  submit.addEventListener("click", async () => {
    const name = preparer.control.value.trim();
    if (name === "") {
      card.result.clear();
      card.result.say(
        "Type your name as the preparer first: the stamp records who submitted the workbook.",
        "error"
      );
      preparer.control.focus();
      return;
    }
    const done = await ctx.onWorkbook(
      card,
      "submitting",
      "Checking the workbook before stamping…",
      async (o, { step }) => {
        const { submitWorkbook } = await ctx.useCases();
        step(`Checking ${o.name}, then stamping it…`);
        return submitWorkbook(o.port, o.port, ctx.plans.find, {
          preparer: name,
          now: new Date(),
          generator: GENERATOR,
        });
      }
    );
    if (!done) return;
    const { opened, value: result } = done;
    if (!result.ok)
      return ctx.refuse(card, opened.name, result.errors, "a workbook made by KPI Reporter");
    const outcome = result.value;
    if (!outcome.submitted) {
      const n = outcome.validation.summary.errors;
      card.result.say(
        `Not submitted: validation found ${countOf(n, "error")} (listed here). Fix ${n === 1 ? "it" : "them"} and submit again; nothing was stamped.`,
        "error"
      );
      findings.show(outcome.validation, sectorNamer(ctx, outcome.validation.planId));
      card.result.detail.append(findings.element);
      return card.result.show();
    }
    const stamp = element("dl", "stamp");
    stamp.id = "stamp";
    stamp.setAttribute("aria-label", "Submission stamp");
    stamp.append(
      ...describeStamp(outcome.stamp, ctx.time).flatMap(([label, text]) => [
        element("dt", "stamp__label", label),
        element("dd", "stamp__value", text),
      ])
    );
    card.result.detail.append(stamp);
    const bytes = opened.written();
    const s = outcome.stamp;
    const summary = `plan ${s.planId}, reporting year ${s.period}, sectors ${s.sectors.join(", ")}, by ${s.preparer} on ${ctx.time(s.stampedAt)}`;
    if (bytes) {
      const copy = outputName(opened.name, "submission");
      card.result.offer(bytes, copy);
      card.result.say(
        `Stamped ${copy} for submission (${summary}). Download it and send it; ${opened.name} itself is not stamped.`
      );
    } else
      card.result.say(
        `Stamped this workbook for submission on its Submission sheet (${summary}). Save it and send it; any later edit of a reported value shows when it is verified.`
      );
    card.result.show();
  });
};
