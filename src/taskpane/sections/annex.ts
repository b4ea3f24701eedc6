// Tables tab, "Council annex": #annex (Generate annex, primary), #annex-hint; result #annex-status,
// #annex-download (inside Excel the annex also opens as a new workbook).
import { ok } from "../../core/result";
import { actionButton } from "../form-controls";
import type { PaneSection } from "./pane-section";

/** Makes the Council annex from the workbook, as a workbook of its own. */
export const annexSection: PaneSection = (ctx) => {
  const annex = actionButton("annex", "Generate annex", true);
  const card = ctx.card("tables", {
    id: "annex",
    heading: "Council annex",
    hint: `Tables X.1 and X.2 per sector, Table 8.1 and a status summary, print-ready, ${
      ctx.host.kind === "excel"
        ? "opened as a new workbook in Excel (this one is not changed), and offered as a download."
        : "offered as a download."
    }`,
    body: [],
    actions: [annex],
  });
  annex.addEventListener("click", async () => {
    const done = await ctx.onReport(
      card,
      {
        action: "making the Council annex",
        label: "Making the Council annex…",
        what: "a workbook made by KPI Reporter",
      },
      async (o, { step }) => {
        step("Loading the workbook writer…");
        const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
        const { buildAnnex, presentAnnex } = await ctx.useCases();
        // The annex is a workbook of its own, written by the .xlsx adapter whichever workbook it is made from.
        const io = new MemoryXlsxIo("annex.xlsx");
        step("Writing Tables X.1, X.2 and 8.1…");
        const made = await buildAnnex(o.port, new XlsxBytesPort(io), ctx.plans, {
          now: new Date(),
        });
        return made.ok ? ok({ view: presentAnnex(made.value), bytes: io.written }) : made;
      }
    );
    const { view, bytes } = done?.value ?? {};
    if (view && bytes)
      await ctx.handOver(
        card,
        bytes,
        view.fileName,
        `Made the Council annex: ${view.made}. ${view.statuses}.`
      );
  });
};
