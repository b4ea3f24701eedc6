// Check tab, "Clear highlights": #clear (Clear highlights), #clear-hint; result #clear-status, #clear-download.
import { clearFindings } from "../../app/clear-findings";
import { actionButton } from "../form-controls";
import { outputName } from "../output-name";
import type { PaneSection } from "./pane-section";

/** Removes the highlights and the Validation sheet of an earlier check, and nothing else. */
export const highlightsSection: PaneSection = (ctx) => {
  const clear = actionButton("clear", "Clear highlights");
  const card = ctx.card("check", {
    id: "clear",
    heading: "Clear highlights",
    hint: "Removes the highlights and the Validation sheet of an earlier check, nothing else.",
    body: [],
    actions: [clear],
  });
  clear.addEventListener("click", async () => {
    if (ctx.busy()) return;
    await ctx.emit("highlights-cleared", undefined);
    const done = await ctx.onWorkbook(
      card,
      "clearing the highlights",
      "Clearing highlights…",
      async (o, { step }) => {
        step(`Clearing highlights in ${o.name}…`);
        await clearFindings(o.port);
      }
    );
    if (!done) return;
    const bytes = done.opened.written();
    if (bytes) {
      const name = outputName(done.opened.name, "cleared");
      card.result.offer(bytes, name);
      card.result.say(
        `Removed the highlights and the Validation sheet in ${name}, a copy of ${done.opened.name}; every value and every other format is as it was.`
      );
    } else
      card.result.say(
        "Removed the highlights and the Validation sheet; every value and every other format is as it was."
      );
    card.result.show();
  });
};
