// Tables tab, "Resources": #resources (Show resources), #resources-hint; result #resources-status, the tables
// #resources-goals and #resources-sectors (.resource-table, each figure with its bar), and #resources-findings
// with, where the resources rules find something, the link #resources-validate to the Check tab's Validate.
import { ok } from "../../core/result";
import type { ResourcesView } from "../../app/present/present-resources";
import { element } from "../dom-element";
import { actionButton } from "../form-controls";
import type { PaneContext } from "../pane-context";
import { resourceTable } from "../resource-table";
import type { PaneSection } from "./pane-section";

/** What the resources rules found: one sentence, a line per rule, and the way to the findings themselves. */
const findingsNote = (ctx: PaneContext, view: ResourcesView): HTMLElement => {
  const note = element("div", "resource-findings");
  note.id = "resources-findings";
  note.append(element("p", "resource-findings__summary", view.findings));
  if (view.findingLines.length > 0) {
    const list = element("ul", "flag-list");
    list.append(...view.findingLines.map((line) => element("li", "flag-list__item", line)));
    note.append(list);
  }
  if (view.findingCount > 0) {
    const link = element("a", "resource-findings__link", ctx.t("pane.resources.validateLink"));
    link.id = "resources-validate";
    link.href = "#validate";
    link.addEventListener("click", (event) => {
      event.preventDefault();
      ctx.reveal("check", "validate");
    });
    const p = element("p", "resource-findings__more");
    p.append(link, " ", ctx.t("pane.resources.checkTab"));
    note.append(p);
  }
  return note;
};

/** Sums up the workbook's resources for its reporting year: by goal and by sector, with bars, and their findings. */
export const resourcesSection: PaneSection = (ctx) => {
  const show = actionButton("resources", ctx.t("pane.resources.button"));
  const card = ctx.card("tables", {
    id: "resources",
    heading: ctx.t("pane.resources.heading"),
    hint: ctx.t("pane.resources.hint", { host: ctx.host.kind }),
    body: [],
    actions: [show],
  });
  show.addEventListener("click", async () => {
    const done = await ctx.onReport(
      card,
      {
        action: ctx.t("pane.action.resources"),
        label: ctx.t("pane.resources.progress"),
        what: ctx.t("pane.what.report"),
      },
      async (o, { step }) => {
        const { summariseResources, presentResources } = await ctx.useCases();
        step(ctx.t("pane.resources.step", { name: o.name }));
        const summary = await summariseResources(o.port, ctx.plans);
        return summary.ok ? ok(presentResources(summary.value, undefined, ctx.i18n)) : summary;
      }
    );
    if (!done) return;
    const { opened, value: view } = done;
    if (view.none) {
      card.result.say(
        ctx.t("pane.resources.none", { name: opened.name, none: view.none }),
        "error"
      );
    } else {
      card.result.say(ctx.t("pane.resources.shown", { name: opened.name, about: view.about }));
      card.result.detail.append(
        resourceTable("resources-goals", view.byGoal),
        resourceTable("resources-sectors", view.bySector),
        findingsNote(ctx, view)
      );
    }
    card.result.show();
  });
};
