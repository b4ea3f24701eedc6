// Submit tab, "Verify a submission": #verify (Verify), #verify-hint; result #verify-status, #verify-summary,
// #change-location, #changes (each change a button.change, or div.change--gone where its cell is gone).
import { ok } from "../../core/result";
import { element } from "../dom-element";
import { actionButton } from "../form-controls";
import { renderChanges } from "../render-changes";
import type { PaneSection } from "./pane-section";

/** Says whether a stamped workbook is unchanged since it was stamped, or lists each changed cell. */
export const verifySection: PaneSection = (ctx) => {
  const verify = actionButton("verify", ctx.t("pane.verify.button"));
  const card = ctx.card("submit", {
    id: "verify",
    heading: ctx.t("pane.verify.heading"),
    hint: ctx.t("pane.verify.hint"),
    body: [],
    actions: [verify],
  });
  verify.addEventListener("click", async () => {
    const done = await ctx.onReport(
      card,
      {
        action: ctx.t("pane.action.verify"),
        label: ctx.t("pane.verify.progress"),
        what: ctx.t("pane.what.stamped"),
      },
      async (o, { step }) => {
        const { verifySubmission, presentVerification } = await ctx.useCases();
        step(ctx.t("pane.verify.step", { file: o.name }));
        const verified = await verifySubmission(o.port, ctx.plans);
        return verified.ok
          ? ok(presentVerification(o.name, verified.value, { time: ctx.time }, ctx.i18n))
          : verified;
      }
    );
    if (!done) return;
    const d = done.value;
    // The hashes and what can be said of the changes, a line each, as every front end words them.
    const summary = element("div", "results__summary");
    summary.id = "verify-summary";
    summary.append(...d.lines.map((line) => element("p", "results__line", line)));
    const location = element("p", "results__location");
    location.id = "change-location";
    location.setAttribute("role", "status");
    const changes = element("div", "results__list");
    changes.id = "changes";
    renderChanges(
      changes,
      d.changes,
      (c, button) => void ctx.goTo(c.sheet ?? "", c.cell, button, location)
    );
    card.result.detail.append(summary, location, changes);
    card.result.say(
      d.advice
        ? ctx.t("pane.verify.saidAdvice", { heading: d.heading, advice: d.advice })
        : ctx.t("pane.verify.said", { heading: d.heading }),
      d.unchanged ? "info" : "error"
    );
    card.result.show();
  });
};
