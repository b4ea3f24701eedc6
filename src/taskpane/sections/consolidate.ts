// Council tab, "Consolidate submissions": #submissions (files), #prefer-newer, #allow-unverified, #consolidator
// (Your name), #consolidate (Consolidate, primary); result #consolidate-status, #consolidate-download,
// #consolidated (where each sector comes from).
import { element } from "../dom-element";
import { actionButton, checkBox, field, nameInput, workbookInput } from "../form-controls";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";

/** Merges the sectors' stamped submissions into the Council workbook, stamped in its turn. */
export const consolidateSection: PaneSection = (ctx) => {
  const submissions = field(workbookInput(true), "submissions", ctx.t("pane.consolidate.files"));
  const preferNewer = checkBox("prefer-newer", ctx.t("pane.consolidate.preferNewer"));
  const allowUnverified = checkBox("allow-unverified", ctx.t("pane.consolidate.allowUnverified"));
  const consolidator = field(nameInput(), "consolidator", ctx.t("pane.consolidate.name"));
  const consolidate = actionButton("consolidate", ctx.t("pane.consolidate.button"), true);
  // The tick box that allows each kind of refusal, named where consolidation refuses.
  const hints = {
    unverified: ctx.t("pane.consolidate.hintUnverified"),
    duplicate: ctx.t("pane.consolidate.hintDuplicate"),
  };
  const card = ctx.card("council", {
    id: "consolidate",
    heading: ctx.t("pane.consolidate.heading"),
    hint: ctx.t("pane.consolidate.hint"),
    body: [submissions.row, preferNewer.row, allowUnverified.row, consolidator.row],
    actions: [consolidate],
  });
  consolidate.addEventListener("click", async () => {
    const files = [...(submissions.control.files ?? [])];
    if (files.length === 0) {
      card.result.clear();
      card.result.say(ctx.t("pane.consolidate.pickFirst"), "error");
      submissions.control.focus();
      return;
    }
    const done = await ctx.run(
      card,
      ctx.t("pane.action.consolidate"),
      ctx.t("pane.consolidate.progress"),
      async ({ step }) => {
        step(ctx.t("pane.step.loadingReader"));
        const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
        const { consolidateSubmissions, presentConsolidation, presentRefusal } =
          await ctx.useCases();
        const sources = [];
        for (const file of files) {
          step(ctx.t("pane.step.reading", { file: file.name }));
          const bytes = new Uint8Array(await file.arrayBuffer());
          sources.push({
            name: file.name,
            port: new XlsxBytesPort(new MemoryXlsxIo(file.name, bytes)),
          });
        }
        step(ctx.t("pane.consolidate.step", { count: files.length }));
        const io = new MemoryXlsxIo("council.xlsx");
        const result = await consolidateSubmissions(sources, new XlsxBytesPort(io), ctx.plans, {
          preferNewer: preferNewer.box.checked,
          allowUnverified: allowUnverified.box.checked,
          preparer: consolidator.control.value.trim(),
          now: new Date(),
          generator: GENERATOR,
        });
        const words = result.ok
          ? { view: presentConsolidation(result.value, ctx.i18n) }
          : { refusal: presentRefusal(result.errors, hints, ctx.i18n).join(" ") };
        return { ...words, bytes: io.written };
      }
    );
    if (!done) return;
    const { view, refusal, bytes } = done.value;
    if (!view) {
      card.result.say(refusal ?? "", "error");
      return card.result.show();
    }
    const sources = element("ul", "source-list");
    sources.id = "consolidated";
    sources.setAttribute("aria-label", ctx.t("pane.consolidate.sources"));
    sources.append(
      ...view.sectors.map((s) =>
        element(
          "li",
          "source-list__item",
          ctx.t("pane.consolidate.source", { sector: s.sector, text: s.text })
        )
      )
    );
    card.result.detail.append(sources);
    const told = ctx.t(
      view.unverified > 0 ? "pane.consolidate.madeUnverified" : "pane.consolidate.made",
      { made: view.made, file: view.fileName, stamped: view.stamped, count: view.unverified }
    );
    if (bytes) await ctx.handOver(card, bytes, view.fileName, told);
  });
};
