// Tables tab, "Part II matrix": #matrix (Build matrix), #matrix-hint; result #matrix-status, #matrix-download,
// #matrix-flags.
import { ok } from "../../core/result";
import { element } from "../dom-element";
import { actionButton } from "../form-controls";
import { outputName } from "../output-name";
import type { PaneSection } from "./pane-section";

/** (Re)builds the Part II matrix sheets from the workbook's own X marks, and lists its gaps. */
export const matrixSection: PaneSection = (ctx) => {
  const matrix = actionButton("matrix", "Build matrix");
  const card = ctx.card("tables", {
    id: "matrix",
    heading: "Part II matrix",
    hint: "Objectives by goal (Table 8.1) and outputs by goal, from the workbook's own X marks; building again replaces only those two sheets.",
    body: [],
    actions: [matrix],
  });
  matrix.addEventListener("click", async () => {
    const done = await ctx.onReport(
      card,
      {
        action: "building the matrix",
        label: "Building the Part II matrix…",
        what: "a workbook made by KPI Reporter",
      },
      async (o, { step }) => {
        const { buildMatrix, presentMatrix } = await ctx.useCases();
        step("Building the Part II matrix from the X marks…");
        const built = await buildMatrix(o.port, ctx.plans);
        return built.ok ? ok(presentMatrix(built.value)) : built;
      }
    );
    if (!done) return;
    const { opened, value: d } = done;
    const bytes = opened.written();
    const name = outputName(opened.name, "matrix");
    if (d.flags.length > 0) {
      const flags = element("ul", "flag-list");
      flags.id = "matrix-flags";
      flags.setAttribute("aria-label", "Gaps in the matrix");
      flags.append(...d.flags.map((flag) => element("li", "flag-list__item", flag)));
      card.result.detail.append(flags);
    }
    if (bytes) card.result.offer(bytes, name);
    card.result.say(`Built ${d.built} ${bytes ? `in ${name}` : "in this workbook"}. ${d.verdict}`);
    card.result.show();
  });
};
