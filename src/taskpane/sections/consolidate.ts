// Council tab, "Consolidate submissions": #submissions (files), #prefer-newer, #allow-unverified, #consolidator
// (Your name), #consolidate (Consolidate, primary); result #consolidate-status, #consolidate-download,
// #consolidated (where each sector comes from).
import { formatMessage } from "../../app/present";
import { element } from "../dom-element";
import { actionButton, checkBox, field, nameInput, workbookInput } from "../form-controls";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";

/** The tick box that allows each kind of refusal, named where consolidation refuses. */
const HINTS = {
  unverified: "tick “Include unstamped or changed files” to include it, marked as not verified",
  duplicate: "tick “Keep the one stamped last” to keep the newer",
} as const;

/** Merges the sectors' stamped submissions into the Council workbook, stamped in its turn. */
export const consolidateSection: PaneSection = (ctx) => {
  const submissions = field(
    workbookInput(true),
    "submissions",
    "Submissions (.xlsx, one per sector)"
  );
  const preferNewer = checkBox(
    "prefer-newer",
    "Keep the one stamped last where two files hold one sector"
  );
  const allowUnverified = checkBox(
    "allow-unverified",
    "Include unstamped or changed files, marked as not verified"
  );
  const consolidator = field(nameInput(), "consolidator", "Your name (recorded in its stamp)");
  const consolidate = actionButton("consolidate", "Consolidate", true);
  const card = ctx.card("council", {
    id: "consolidate",
    heading: "Consolidate submissions",
    hint: "For the Council secretariat: merges the sectors' stamped submissions of one plan and year into one workbook with the Part II matrix and the annex tables, stamped in its turn.",
    body: [submissions.row, preferNewer.row, allowUnverified.row, consolidator.row],
    actions: [consolidate],
  });
  consolidate.addEventListener("click", async () => {
    const files = [...(submissions.control.files ?? [])];
    if (files.length === 0) {
      card.result.clear();
      card.result.say("Pick the sectors' submissions first (one .xlsx file per sector).", "error");
      submissions.control.focus();
      return;
    }
    const done = await ctx.run(
      card,
      "the consolidation",
      "Consolidating the submissions…",
      async ({ step }) => {
        step("Loading the workbook reader…");
        const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
        const { consolidateSubmissions, presentConsolidation, presentRefusal } =
          await ctx.useCases();
        const sources = [];
        for (const file of files) {
          step(`Reading ${file.name}…`);
          const bytes = new Uint8Array(await file.arrayBuffer());
          sources.push({
            name: file.name,
            port: new XlsxBytesPort(new MemoryXlsxIo(file.name, bytes)),
          });
        }
        step(`Verifying and merging ${files.length} submission${files.length === 1 ? "" : "s"}…`);
        const io = new MemoryXlsxIo("council.xlsx");
        const result = await consolidateSubmissions(sources, new XlsxBytesPort(io), ctx.plans, {
          preferNewer: preferNewer.box.checked,
          allowUnverified: allowUnverified.box.checked,
          preparer: consolidator.control.value.trim(),
          now: new Date(),
          generator: GENERATOR,
        });
        const words = result.ok
          ? { view: presentConsolidation(result.value) }
          : { refusal: presentRefusal(result.errors, HINTS).join(" ") };
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
    sources.setAttribute("aria-label", "Where each sector comes from");
    sources.append(
      ...view.sectors.map((s) => element("li", "source-list__item", `${s.sector}: ${s.text}`))
    );
    card.result.detail.append(sources);
    const marked =
      view.unverified > 0
        ? ` ${formatMessage("{n, plural, one {# sector comes} other {# sectors come}} from a file that did not verify, marked in the workbook.", { n: view.unverified })}`
        : "";
    if (bytes)
      await ctx.handOver(
        card,
        bytes,
        view.fileName,
        `Consolidated ${view.made} into ${view.fileName}, ${view.stamped}.${marked}`
      );
  });
};
