// Tables tab, "Council annex": #annex (Generate annex, primary), #annex-hint; result #annex-status,
// #annex-download (inside Excel the annex also opens as a new workbook).
import { actionButton, hint } from "../form-controls";
import type { PaneSection } from "./pane-section";

/** Makes the Council annex from the workbook, as a workbook of its own. */
export const annexSection: PaneSection = (ctx) => {
  const annex = actionButton("annex", "Generate annex", {
    primary: true,
    describedBy: "annex-hint",
  });
  const card = ctx.card("tables", {
    id: "annex",
    heading: "Council annex",
    body: [
      hint(
        "annex-hint",
        ctx.host.kind === "excel"
          ? "Tables X.1 and X.2 per sector, Table 8.1 and a status summary, print-ready, opened as a new workbook in Excel (this one is not changed), and offered as a download."
          : "Tables X.1 and X.2 per sector, Table 8.1 and a status summary, print-ready, offered as a download."
      ),
    ],
    actions: [annex],
  });
  annex.addEventListener("click", async () => {
    const done = await ctx.onWorkbook(
      card,
      "making the Council annex",
      "Making the Council annex…",
      async (o, { step }) => {
        step("Loading the workbook writer…");
        const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
        const { buildAnnex, presentAnnex } = await ctx.useCases();
        // The annex is a workbook of its own, written by the .xlsx adapter whichever workbook it is made from.
        const io = new MemoryXlsxIo("annex.xlsx");
        step("Writing Tables X.1, X.2 and 8.1…");
        const result = await buildAnnex(o.port, new XlsxBytesPort(io), ctx.plans, {
          now: new Date(),
        });
        return {
          result,
          view: result.ok ? presentAnnex(result.value) : undefined,
          bytes: io.written,
        };
      }
    );
    if (!done) return;
    const { result, view, bytes } = done.value;
    if (!result.ok)
      return ctx.refuse(card, done.opened.name, result.errors, "a workbook made by KPI Reporter");
    if (bytes && view)
      await ctx.handOver(
        card,
        bytes,
        view.fileName,
        `Made the Council annex: ${view.made}. ${view.statuses}.`
      );
  });
};
