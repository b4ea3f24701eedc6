// Council tab, "Consolidate submissions": #submissions (files), #prefer-newer, #allow-unverified, #consolidator
// (Your name), #consolidate (Consolidate, primary); result #consolidate-status, #consolidate-download,
// #consolidated (where each sector comes from).
import { describeConsolidation, describeRefusal, councilFileName } from "../describe-consolidation";
import { element } from "../dom-element";
import { actionButton, checkBox, field, hint, nameInput, workbookInput } from "../form-controls";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";

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
  const consolidate = actionButton("consolidate", "Consolidate", {
    primary: true,
    describedBy: "consolidate-hint",
  });
  const card = ctx.card("council", {
    id: "consolidate",
    heading: "Consolidate submissions",
    body: [
      hint(
        "consolidate-hint",
        "For the Council secretariat: merges the sectors' stamped submissions of one plan and year into one workbook with the Part II matrix and the annex tables, stamped in its turn."
      ),
      submissions.row,
      preferNewer.row,
      allowUnverified.row,
      consolidator.row,
    ],
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
        const { consolidateSubmissions } = await ctx.useCases();
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
        const result = await consolidateSubmissions(
          sources,
          new XlsxBytesPort(io),
          ctx.plans.find,
          {
            preferNewer: preferNewer.box.checked,
            allowUnverified: allowUnverified.box.checked,
            preparer: consolidator.control.value.trim(),
            now: new Date(),
            generator: GENERATOR,
          }
        );
        return { result, bytes: io.written };
      }
    );
    if (!done) return;
    const { result, bytes } = done.value;
    if (!result.ok) {
      card.result.say(describeRefusal(result.errors), "error");
      return card.result.show();
    }
    const d = describeConsolidation(result.value);
    const sources = element("ul", "source-list");
    sources.id = "consolidated";
    sources.setAttribute("aria-label", "Where each sector comes from");
    sources.append(...d.lines.map((line) => element("li", "source-list__item", line)));
    card.result.detail.append(sources);
    if (bytes) await ctx.handOver(card, bytes, councilFileName(result.value), d.sentence);
  });
};
