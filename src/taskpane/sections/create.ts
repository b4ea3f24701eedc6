import { isLanguage, render } from "../../core/i18n";
// Create tab, "New reporting workbook": #plan (select), #sector-choices with #sector-<sector id> (tick boxes),
// #period (select), #insert (Create workbook, primary); result #create-status, #create-download.
import { holdsReportOfPlan } from "../../app/holds-report-of-plan";
import { defaultPeriod, insertWorkbook } from "../../app/insert-workbook";
import type { WorkbookPort } from "../../app";
import { presentInsert } from "../../app/present/present-insert";
import { noteScope, Plan, planYears } from "../../core/plan";
import { element } from "../dom-element";
import { actionButton, checkBox, field } from "../form-controls";
import { GENERATOR } from "../pane-context";
import type { PaneSection } from "./pane-section";

/** Creates the reporting workbook for a plan, sectors and year: in Excel's open workbook, or as a download. */
export const createSection: PaneSection = (ctx) => {
  const { plans, host } = ctx;
  /** A year as the pane's language writes digits, without grouping. */
  const year = (y: number): string => ctx.i18n.number(y, { useGrouping: false });
  const plan = field(element("select", ""), "plan", ctx.t("pane.create.plan"));
  const sectors = element("fieldset", "field field--choices");
  sectors.id = "sectors";
  const choices = element("div", "choices");
  choices.id = "sector-choices";
  sectors.append(element("legend", "field__label", ctx.t("pane.create.sectors")), choices);
  // What the plan's source itself disagrees on or lacks: said once here, never as findings on a workbook.
  const notes = element("details", "plan-notes");
  notes.id = "plan-notes";
  const notesSummary = element("summary", "plan-notes__summary");
  const noteList = element("ul", "plan-notes__list");
  notes.append(notesSummary, noteList);
  const period = field(element("select", ""), "period", ctx.t("pane.create.period"));
  const insert = actionButton("insert", ctx.t("pane.create.button"), true);
  const card = ctx.card("create", {
    id: "create",
    heading: ctx.t("pane.create.heading"),
    body: [plan.row, notes, sectors, period.row],
    actions: [insert],
  });

  for (const p of plans.plans)
    // The period first: the pane is narrow and plan titles are long.
    plan.control.append(
      new Option(
        ctx.t("pane.create.planOption", {
          start: year(p.period.start),
          end: year(p.period.end),
          title: p.title,
        }),
        p.id
      )
    );
  const chosen = (): Plan | undefined => plans.plans.find((p) => p.id === plan.control.value);
  const showPlan = (): void => {
    const p = chosen();
    choices.replaceChildren();
    period.control.replaceChildren();
    noteList.replaceChildren();
    notes.hidden = !p || p.notes.length === 0;
    if (!p) return;
    notesSummary.textContent = ctx.t("pane.create.notes", { count: p.notes.length });
    for (const note of p.notes)
      noteList.append(
        element(
          "li",
          "plan-notes__item",
          ctx.t("pane.create.note", { scope: noteScope(p, note), text: note.text })
        )
      );
    for (const sector of p.sectors) {
      const { row, box } = checkBox(`sector-${sector.id}`, sector.name, true);
      box.value = sector.id;
      choices.append(row);
    }
    const suggested = defaultPeriod(p, new Date());
    for (const y of planYears(p))
      period.control.append(new Option(year(y), String(y), false, y === suggested));
  };
  plan.control.addEventListener("change", showPlan);
  showPlan();

  insert.addEventListener("click", async () => {
    const p = chosen();
    const { result } = card;
    if (!p) return result.say(ctx.t("pane.create.noPlan"), "error");
    const ids = [...choices.querySelectorAll<HTMLInputElement>("input:checked")].map(
      (b) => b.value
    );
    if (ids.length === 0) return result.say(ctx.t("pane.create.noSector"), "error");
    const chosenYear = Number(period.control.value);
    const partial = ids.length < p.sectors.length;
    const fileName = `${p.id}-${chosenYear}${partial ? `-${ids.join("-").toLowerCase()}` : ""}.xlsx`;
    const done = await ctx.run(
      card,
      ctx.t("pane.action.create"),
      ctx.t("pane.create.progress"),
      async ({ step }) => {
        // Inside Excel, a reporting workbook of this plan already here is updated, not replaced.
        if (host.kind === "excel" && (await holdsReportOfPlan(host.port, p)))
          return { held: true as const };
        let port: WorkbookPort;
        let written: () => Uint8Array | undefined = () => undefined;
        if (host.kind === "excel") port = host.port;
        else {
          step(ctx.t("pane.step.loadingWriter"));
          const { XlsxBytesPort, MemoryXlsxIo } = await ctx.xlsx();
          const io = new MemoryXlsxIo(fileName);
          port = new XlsxBytesPort(io);
          written = () => io.written;
        }
        step(ctx.t("pane.create.step", { count: ids.length, year: year(chosenYear) }));
        const made = await insertWorkbook(port, p, {
          sectors: ids,
          period: chosenYear,
          now: new Date(),
          generator: GENERATOR,
          intoExisting: host.kind === "excel",
          // Written in the pane's language, as `new --lang` writes it (the pseudo-locale's in English).
          ...(isLanguage(ctx.i18n.language) ? { language: ctx.i18n.language } : {}),
        });
        return { held: false as const, made, bytes: written() };
      }
    );
    if (!done) return;
    if (done.value.held) return ctx.emit("upgrade-offered", p);
    const { made, bytes } = done.value;
    if (!made.ok) {
      result.say(made.errors.map((e) => render(ctx.i18n, e)).join(" "), "error");
      return result.show();
    }
    const what = presentInsert(made.value, {}, ctx.i18n).made;
    if (bytes) {
      result.offer(bytes, fileName);
      result.say(ctx.t("pane.create.made", { file: fileName, made: what }));
    } else result.say(ctx.t("pane.create.madeHere", { made: what }));
    result.show();
  });
};
