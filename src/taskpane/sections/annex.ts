// Tables tab, "Council annex": #annex (Generate annex, primary), #annex-draft (tick box: a draft despite validation
// errors), #annex-hint; result #annex-status, #annex-download (inside Excel the annex also opens as a new workbook).
import { ok, type Result } from "../../core/result";
import { actionButton, checkBox } from "../form-controls";
import type { PaneSection } from "./pane-section";
import type { AnnexView } from "../../app/present";

/** The annex made (its words, whether a draft, its bytes), or refused for this many validation errors. */
type AnnexDone =
  | { readonly refusedFor: number }
  | { readonly view: AnnexView; readonly draft: boolean; readonly bytes: Uint8Array | undefined };

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
      async (o, { step }): Promise<Result<AnnexDone, string>> => {
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
        if (!made.value.written) return ok({ refusedFor: made.value.validation.summary.errors });
        return ok({ view: presentAnnex(made.value), draft: made.value.draft, bytes: io.written });
      }
    );
    const value = done?.value;
    if (value === undefined) return;
    if ("refusedFor" in value) {
      const errors = value.refusedFor;
      card.result.say(
        `No annex: validation found ${errors} error${errors === 1 ? "" : "s"} in ${done?.opened.name ?? "the workbook"}. Fix them (Validate lists them), or tick "Write a draft" to make a draft marked DRAFT, not validated.`,
        "error"
      );
      card.result.show();
      return;
    }
    const { view, bytes } = value;
    if (bytes)
      await ctx.handOver(
        card,
        bytes,
        view.fileName,
        `Made ${value.draft ? "a DRAFT of the Council annex (every sheet says DRAFT, not validated)" : "the Council annex"}: ${view.made}. ${view.statuses}.`
      );
  });
};
