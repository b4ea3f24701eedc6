import { render } from "../../core/i18n";
// Create tab, "Update this workbook" (inside Excel, shown once Create found this plan's workbook here):
// #update-section (hidden until then), #upgrade (Update this workbook to the current plan file);
// result #update-status.
import { ok } from "../../core/result";
import type { Plan } from "../../core/plan";
// The offer's words by key: present-upgrade needs the upgrade code, which loads with the update itself.
import { say } from "../../app/present/say";
import { element } from "../dom-element";
import { actionButton } from "../form-controls";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";

/** Updates the open workbook to the current plan file, where Create found a workbook of that plan in it. */
export const updateSection: PaneSection = (ctx) => {
  const upgrade = actionButton("upgrade", ctx.t("pane.update.button"));
  const card = ctx.card("create", {
    id: "update",
    heading: ctx.t("pane.update.heading"),
    body: [],
    actions: [upgrade],
  });
  card.element.hidden = true;
  /** The plan the open workbook can be updated to, once Create found a workbook of it here. */
  let upgradeTo: Plan | undefined;

  ctx.on("upgrade-offered", (plan) => {
    upgradeTo = plan;
    card.element.hidden = false;
    upgrade.hidden = false;
    card.result.clear();
    card.result.say(say("upgrade.offer", { plan: plan.id }));
    card.result.show();
  });

  upgrade.addEventListener("click", async () => {
    const plan = upgradeTo;
    const host = ctx.host;
    if (!plan || host.kind !== "excel") return;
    const done = await ctx.run(
      card,
      ctx.t("pane.action.update"),
      ctx.t("pane.update.progress"),
      async ({ step }) => {
        step(ctx.t("pane.update.loading"));
        const { upgradeWorkbook, presentUpgrade } = await ctx.useCases();
        step(ctx.t("pane.update.step", { plan: plan.id, version: plan.version }));
        const result = await upgradeWorkbook(host.port, () => plan, {
          plan,
          now: new Date(),
          generator: GENERATOR,
        });
        return result.ok
          ? ok(presentUpgrade(ctx.t("pane.update.thisWorkbook"), result.value, ctx.i18n))
          : result;
      }
    );
    if (!done) return;
    if (!done.value.ok)
      card.result.say(done.value.errors.map((e) => render(ctx.i18n, e)).join(" "), "error");
    else {
      upgrade.hidden = true;
      upgradeTo = undefined;
      const u = done.value.value;
      card.result.say(
        ctx.t("pane.update.done", {
          rebuilt: u.rebuilt,
          carried: u.carried,
          placement: u.placement,
        })
      );
      if (u.notPlaced.length > 0) {
        const list = element("ul", "flag-list");
        list.id = "not-placed";
        list.setAttribute("aria-label", ctx.t("pane.update.notPlaced"));
        list.append(...u.notPlaced.map((line) => element("li", "flag-list__item", line)));
        card.result.detail.append(list);
      }
    }
    card.result.show();
  });
};
