import type { CellRef } from "../findings";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

/** Every row has an id, and no id is used twice: ids are how every value is found again. */
export const duplicateId: Rule = (report) => {
  const out: Finding[] = [];
  const seen = new Map<string, CellRef>();
  const check = (id: string, at: CellRef, what: string, sector?: string): void => {
    if (id !== "" && !seen.has(id)) {
      seen.set(id, at);
      return;
    }
    const extra = sector === undefined ? {} : { sector };
    if (id === "") {
      out.push(
        finding("duplicate-id", "error", at, `A ${what} row has no id`, {
          ...extra,
          fix: "Restore the id from the original workbook; a row without an id cannot be matched to the plan.",
        })
      );
      return;
    }
    const first = seen.get(id);
    if (first)
      out.push(
        finding(
          "duplicate-id",
          "error",
          at,
          `${what} id ${id} is used twice (first at ${first.sheet}!${first.cell ?? ""})`,
          extra
        )
      );
    else seen.set(id, at);
  };
  for (const goal of report.goals ?? []) check(goal.id, goal.at, "goal");
  for (const sector of report.sectors) {
    for (const o of sector.objectives ?? []) check(o.id, o.at, "objective", sector.id);
    for (const o of sector.outputs ?? []) check(o.id, o.at, "output", sector.id);
    for (const r of sector.results ?? [])
      if (r.itemId !== "") check(r.itemId, r.at, "expected result", sector.id);
    for (const k of sector.kpis ?? []) check(k.id, k.at, "KPI", sector.id);
  }
  return out;
};
