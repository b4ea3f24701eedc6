// Check tab, "Clear highlights": #clear (Clear highlights), #clear-hint; result #clear-status, #clear-download.
import { clearFindings } from "../../app/clear-findings";
import { actionButton } from "../form-controls";
import { outputName } from "../output-name";
import type { PaneSection } from "./pane-section";

/** Removes the highlights and the Validation sheet of an earlier check, and nothing else. */
export const highlightsSection: PaneSection = (ctx) => {
  const clear = actionButton("clear", ctx.t("pane.clear.button"));
  const card = ctx.card("check", {
    id: "clear",
    heading: ctx.t("pane.clear.heading"),
    hint: ctx.t("pane.clear.hint"),
    body: [],
    actions: [clear],
  });
  clear.addEventListener("click", async () => {
    if (ctx.busy()) return;
    await ctx.emit("highlights-cleared", undefined);
    const done = await ctx.onWorkbook(
      card,
      ctx.t("pane.action.clear"),
      ctx.t("pane.clear.progress"),
      async (o, { step }) => {
        step(ctx.t("pane.clear.step", { file: o.name }));
        await clearFindings(o.port);
      }
    );
    if (!done) return;
    const bytes = done.opened.written();
    if (bytes) {
      const name = outputName(done.opened.name, "cleared");
      card.result.offer(bytes, name);
      card.result.say(ctx.t("pane.clear.done", { file: name, picked: done.opened.name }));
    } else card.result.say(ctx.t("pane.clear.doneHere"));
    card.result.show();
  });
};
