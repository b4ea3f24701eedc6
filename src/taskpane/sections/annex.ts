// Tables tab, "Council annex": #annex (Generate annex, primary), #annex-hint; result #annex-status,
// #annex-download (inside Excel the annex also opens as a new workbook).
import { ok } from "../../core/result";
import { actionButton, checkBox } from "../form-controls";
import type { PaneSection } from "./pane-section";

/** Makes the Council annex from the workbook, as a workbook of its own. */
export const annexSection: PaneSection = (ctx) => {
  const annex = actionButton("annex", "Generate annex", true);
  const draft = checkBox(
    "annex-draft",
    "Write a draft even with validation errors (every sheet marked DRAFT, not validated)"
  );
  const card = ctx.card("tables", {
    id: "annex",
    heading: "Council annex",
    hint: `Tables X.1 and X.2 per sector, Table 8.1 and a status summary, print-ready, ${
      ctx.host.kind === "excel"
        ? "opened as a new workbook in Excel (this one is not changed), and offered as a download."
        : "offered as a download."
    } A workbook with validation errors gets no annex, unless you ask for a draft.`,
    body: [draft.row],
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
          draft: draft.box.checked,
        });
        if (!made.ok) return made;
        const outcome = made.value;
        return ok(
          outcome.written
            ? { refused: 0, view: presentAnnex(outcome), bytes: io.written, isDraft: outcome.draft }
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
      card.result.say(
        `No annex: validation found ${outcome.refused} error${outcome.refused === 1 ? "" : "s"}. Fix them (Validate lists them), or tick "Write a draft" to make one marked DRAFT, not validated.`,
        "error"
      );
      return;
    }
    const { view, bytes, isDraft } = outcome ?? {};
    if (view && bytes)
      await ctx.handOver(
        card,
        bytes,
        view.fileName,
        `Made ${isDraft === true ? "a DRAFT of the Council annex (the workbook has validation errors; every sheet says DRAFT, not validated)" : "the Council annex"}: ${view.made}. ${view.statuses}.`
      );
  });
};
