// Submit tab, "Submit": #preparer (Preparer's name), #submit (Submit, primary), #submit-hint; result
// #submit-status, #submit-download, #stamp (the stamp, a dl), and where validation refuses, the findings:
// #submit-show-*, #submit-group-*, #submit-location, #submit-findings.
import { formatMessage } from "../../app/present";
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
  const preparer = field(nameInput(), "preparer", "Preparer's name");
  const submit = actionButton("submit", "Submit", true);
  const card = ctx.card("submit", {
    id: "submit",
    heading: "Submit",
    hint: "Checks the workbook and, when it has no errors, stamps it: a Submission sheet with who, when, the validation summary and a hash of the reported content.",
    body: [preparer.row],
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
    const done = await ctx.onReport(
      card,
      {
        action: "submitting",
        label: "Checking the workbook before stamping…",
        what: "a workbook made by KPI Reporter",
      },
      async (o, { step }) => {
        const { submitWorkbook, presentStamp } = await ctx.useCases();
        step(`Checking ${o.name}, then stamping it…`);
        const result = await submitWorkbook(o.port, o.port, ctx.plans, {
          preparer: name,
          now: new Date(),
          generator: GENERATOR,
        });
        const stamped = o.written() ? outputName(o.name, "submission") : "This workbook";
        const view =
          result.ok && result.value.submitted
            ? presentStamp(stamped, result.value.stamp, { time: ctx.time })
            : undefined;
        return result.ok ? ok({ outcome: result.value, view }) : result;
      }
    );
    if (!done) return;
    const { opened } = done;
    const { outcome, view } = done.value;
    if (!outcome.submitted) {
      const n = outcome.validation.summary.errors;
      card.result.say(
        formatMessage(
          "Not submitted: validation found {n, plural, one {# error} other {# errors}} (listed here). Fix {n, plural, one {it} other {them}} and submit again; nothing was stamped.",
          { n }
        ),
        "error"
      );
      findings.show(outcome.validation, sectorNamer(ctx, outcome.validation.planId));
      card.result.detail.append(findings.element);
      return card.result.show();
    }
    if (!view) return;
    const stamp = element("dl", "stamp");
    stamp.id = "stamp";
    stamp.setAttribute("aria-label", "Submission stamp");
    stamp.append(
      ...view.fields.flatMap(([label, text]) => [
        element("dt", "stamp__label", label),
        element("dd", "stamp__value", text),
      ])
    );
    card.result.detail.append(stamp);
    const bytes = opened.written();
    const stamped = `${view.submitted}: ${view.detail}.`;
    if (bytes) {
      card.result.offer(bytes, outputName(opened.name, "submission"));
      card.result.say(`${stamped} Download it and send it; ${opened.name} itself is not stamped.`);
    } else
      card.result.say(
        `${stamped} The stamp is on its Submission sheet. Save it and send it; any later edit of a reported value shows when it is verified.`
      );
    card.result.show();
  });
};
