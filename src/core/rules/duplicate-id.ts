import type { CellRef } from "../findings";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

/** What kind of row an id names, as the messages select it. */
type RowKind = "goal" | "objective" | "output" | "result" | "kpi";

/** Every row has an id, and no id is used twice: ids are how every value is found again. */
export const duplicateId: Rule = (report, { i18n }) => {
  const out: Finding[] = [];
  const seen = new Map<string, CellRef>();
  const check = (id: string, at: CellRef, what: RowKind, sector?: string): void => {
    if (id !== "" && !seen.has(id)) {
      seen.set(id, at);
      return;
    }
    const extra = sector === undefined ? {} : { sector };
    if (id === "") {
      out.push(
        finding("duplicate-id", "error", at, i18n.t("finding.duplicate-id.noId", { what }), {
          ...extra,
          fix: i18n.t("finding.duplicate-id.fixNoId"),
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
          i18n.t("finding.duplicate-id.twice", {
            what,
            id,
            first: `${first.sheet}!${first.cell ?? ""}`,
          }),
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
      if (r.itemId !== "") check(r.itemId, r.at, "result", sector.id);
    for (const k of sector.kpis ?? []) check(k.id, k.at, "kpi", sector.id);
  }
  return out;
};
