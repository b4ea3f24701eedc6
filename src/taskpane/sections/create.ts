// Create tab, "New reporting workbook": #plan (select), #sector-choices with #sector-<sector id> (tick boxes),
// #period (select), #insert (Create workbook, primary); result #create-status, #create-download.
import { holdsReportOfPlan } from "../../app/holds-report-of-plan";
import { defaultPeriod, insertWorkbook } from "../../app/insert-workbook";
import type { WorkbookPort } from "../../app";
import { presentInsert } from "../../app/present/present-insert";
import { Plan, planYears } from "../../core/plan";
import { element } from "../dom-element";
import { actionButton, checkBox, field } from "../form-controls";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";

/** Creates the reporting workbook for a plan, sectors and year: in Excel's open workbook, or as a download. */
export const createSection: PaneSection = (ctx) => {
  const { plans, host } = ctx;
  const plan = field(element("select", ""), "plan", "Strategic plan");
  const sectors = element("fieldset", "field field--choices");
  sectors.id = "sectors";
  const choices = element("div", "choices");
  choices.id = "sector-choices";
  sectors.append(element("legend", "field__label", "Sectors"), choices);
  const period = field(element("select", ""), "period", "Reporting year");
  const insert = actionButton("insert", "Create workbook", true);
  const card = ctx.card("create", {
    id: "create",
    heading: "New reporting workbook",
    body: [plan.row, sectors, period.row],
    actions: [insert],
  });

  for (const p of plans.plans)
    // The period first: the pane is narrow and plan titles are long.
    plan.control.append(new Option(`${p.period.start}-${p.period.end}: ${p.title}`, p.id));
  const chosen = (): Plan | undefined => plans.plans.find((p) => p.id === plan.control.value);
  const showPlan = (): void => {
    const p = chosen();
    choices.replaceChildren();
    period.control.replaceChildren();
    if (!p) return;
    for (const sector of p.sectors) {
      const { row, box } = checkBox(`sector-${sector.id}`, sector.name, true);
      box.value = sector.id;
      choices.append(row);
    }
    const suggested = defaultPeriod(p, new Date());
    for (const year of planYears(p))
      period.control.append(new Option(String(year), String(year), false, year === suggested));
  };
  plan.control.addEventListener("change", showPlan);
  showPlan();

  insert.addEventListener("click", async () => {
    const p = chosen();
    const { result } = card;
    if (!p)
      return result.say("There is no plan to choose from: this installation has none.", "error");
    const ids = [...choices.querySelectorAll<HTMLInputElement>("input:checked")].map(
      (b) => b.value
    );
    if (ids.length === 0)
      return result.say("Choose at least one sector for the new workbook.", "error");
    const year = Number(period.control.value);
    const partial = ids.length < p.sectors.length;
    const fileName = `${p.id}-${year}${partial ? `-${ids.join("-").toLowerCase()}` : ""}.xlsx`;
    const done = await ctx.run(
      card,
      "creating the workbook",
      "Creating the workbook…",
      async ({ step }) => {
        // Inside Excel, a reporting workbook of this plan already here is updated, not replaced.
        if (host.kind === "excel" && (await holdsReportOfPlan(host.port, p)))
          return { held: true as const };
        let port: WorkbookPort;
        let written: () => Uint8Array | undefined = () => undefined;
        if (host.kind === "excel") port = host.port;
        else {
          step("Loading the workbook writer…");
          const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
          const io = new MemoryXlsxIo(fileName);
          port = new XlsxBytesPort(io);
          written = () => io.written;
        }
        step(`Writing ${ids.length} sector${ids.length === 1 ? "" : "s"} for ${year}…`);
        const made = await insertWorkbook(port, p, {
          sectors: ids,
          period: year,
          now: new Date(),
          generator: GENERATOR,
          intoExisting: host.kind === "excel",
        });
        return { held: false as const, made, bytes: written() };
      }
    );
    if (!done) return;
    if (done.value.held) return ctx.emit("upgrade-offered", p);
    const { made, bytes } = done.value;
    if (!made.ok) {
      result.say(made.errors.join(" "), "error");
      return result.show();
    }
    const what = presentInsert(made.value).made;
    if (bytes) {
      result.offer(bytes, fileName);
      result.say(
        `Created ${fileName}: ${what}. Download it, fill it in Excel, then check it on the Check tab.`
      );
    } else result.say(`Wrote the reporting workbook into this workbook: ${what}.`);
    result.show();
  });
};
