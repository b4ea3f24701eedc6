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
  const upgrade = actionButton("upgrade", "Update this workbook to the current plan file");
  const card = ctx.card("create", {
    id: "update",
    heading: "Update this workbook",
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
      "updating the workbook",
      "Updating this workbook…",
      async ({ step }) => {
        step("Loading the update…");
        const { upgradeWorkbook, presentUpgrade } = await ctx.useCases();
        step(`Rebuilding the reporting sheets from ${plan.id} version ${plan.version}…`);
        const result = await upgradeWorkbook(host.port, () => plan, {
          plan,
          now: new Date(),
          generator: GENERATOR,
        });
        return result.ok ? ok(presentUpgrade("this workbook", result.value)) : result;
      }
    );
    if (!done) return;
    if (!done.value.ok) card.result.say(done.value.errors.join(" "), "error");
    else {
      upgrade.hidden = true;
      upgradeTo = undefined;
      const u = done.value.value;
      card.result.say(`${u.rebuilt}: ${u.carried}; ${u.placement}`);
      if (u.notPlaced.length > 0) {
        const list = element("ul", "flag-list");
        list.id = "not-placed";
        list.setAttribute("aria-label", "Values not placed");
        list.append(...u.notPlaced.map((line) => element("li", "flag-list__item", line)));
        card.result.detail.append(list);
      }
    }
    card.result.show();
  });
};
