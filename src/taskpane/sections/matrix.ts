// Tables tab, "Part II matrix": #matrix (Build matrix), #matrix-hint; result #matrix-status, #matrix-download,
// #matrix-flags.
import { isLanguage } from "../../core/i18n";
import { ok } from "../../core/result";
import { element } from "../dom-element";
import { actionButton } from "../form-controls";
import { outputName } from "../output-name";
import type { PaneSection } from "./pane-section";

/** (Re)builds the Part II matrix sheets from the workbook's own X marks, and lists its gaps. */
export const matrixSection: PaneSection = (ctx) => {
  const matrix = actionButton("matrix", ctx.t("pane.matrix.button"));
  const card = ctx.card("tables", {
    id: "matrix",
    heading: ctx.t("pane.matrix.heading"),
    hint: ctx.t("pane.matrix.hint"),
    body: [],
    actions: [matrix],
  });
  matrix.addEventListener("click", async () => {
    const done = await ctx.onReport(
      card,
      {
        action: ctx.t("pane.action.matrix"),
        label: ctx.t("pane.matrix.progress"),
        what: ctx.t("pane.what.report"),
      },
      async (o, { step }) => {
        const { buildMatrix, presentMatrix } = await ctx.useCases();
        step(ctx.t("pane.matrix.step"));
        const built = await buildMatrix(o.port, ctx.plans, {
          language: isLanguage(ctx.i18n.language) ? ctx.i18n.language : undefined,
        });
        return built.ok ? ok(presentMatrix(built.value, ctx.i18n)) : built;
      }
    );
    if (!done) return;
    const { opened, value: d } = done;
    const bytes = opened.written();
    const name = outputName(opened.name, "matrix");
    if (d.flags.length > 0) {
      const flags = element("ul", "flag-list");
      flags.id = "matrix-flags";
      flags.setAttribute("aria-label", ctx.t("pane.matrix.gaps"));
      flags.append(...d.flags.map((flag) => element("li", "flag-list__item", flag)));
      card.result.detail.append(flags);
    }
    if (bytes) card.result.offer(bytes, name);
    const told = { built: d.built, file: name, verdict: d.verdict };
    card.result.say(ctx.t(bytes ? "pane.matrix.built" : "pane.matrix.builtHere", told));
    card.result.show();
  });
};
