// Tables tab, "Council annex": #annex (Generate annex, primary), #annex-hint; result #annex-status,
// #annex-download (inside Excel the annex also opens as a new workbook).
import { isLanguage } from "../../core/i18n";
import { ok } from "../../core/result";
import { actionButton, checkBox } from "../form-controls";
import type { PaneSection } from "./pane-section";

/** Makes the Council annex from the workbook, as a workbook of its own. */
export const annexSection: PaneSection = (ctx) => {
  const annex = actionButton("annex", ctx.t("pane.annex.button"), true);
  const draft = checkBox("annex-draft", ctx.t("pane.annex.draft"));
  const card = ctx.card("tables", {
    id: "annex",
    heading: ctx.t("pane.annex.heading"),
    hint: ctx.t(ctx.host.kind === "excel" ? "pane.annex.hintExcel" : "pane.annex.hintFile"),
    body: [draft.row],
    actions: [annex],
  });
  annex.addEventListener("click", async () => {
    const done = await ctx.onReport(
      card,
      {
        action: ctx.t("pane.action.annex"),
        label: ctx.t("pane.annex.progress"),
        what: ctx.t("pane.what.report"),
      },
      async (o, { step }) => {
        step(ctx.t("pane.step.loadingWriter"));
        const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
        const { buildAnnex, presentAnnex } = await ctx.useCases();
        // The annex is a workbook of its own, written by the .xlsx adapter whichever workbook it is made from.
        const io = new MemoryXlsxIo("annex.xlsx");
        step(ctx.t("pane.annex.step"));
        const made = await buildAnnex(o.port, new XlsxBytesPort(io), ctx.plans, {
          now: new Date(),
          draft: draft.box.checked,
          // In the pane's language (the pseudo-locale's annex is the workbook's own).
          language: isLanguage(ctx.i18n.language) ? ctx.i18n.language : undefined,
        });
        if (!made.ok) return made;
        const outcome = made.value;
        return ok(
          outcome.written
            ? {
                refused: 0,
                view: presentAnnex(outcome, ctx.i18n),
                bytes: io.written,
                isDraft: outcome.draft,
              }
            : {
                refused: outcome.validation.summary.errors,
                view: undefined,
                bytes: undefined,
                isDraft: false,
              }
        );
      }
    );
    const outcome = done?.value;
    if (outcome && outcome.refused > 0) {
      card.result.say(ctx.t("pane.annex.refused", { count: outcome.refused }), "error");
      return;
    }
    const { view, bytes, isDraft } = outcome ?? {};
    if (view && bytes)
      await ctx.handOver(
        card,
        bytes,
        view.fileName,
        ctx.t(isDraft === true ? "pane.annex.madeDraft" : "pane.annex.made", {
          made: view.made,
          statuses: view.statuses,
        })
      );
  });
};
