import { isLinked, type LinkCell, type SectorReport } from "../report";
import type { ShareCell } from "../report";
import { labelKey } from "../resources";
import { finding, Finding } from "../findings";
import type { Translator } from "../i18n";
import type { Rule } from "./rule";
import { percentText } from "./words";

/** The findings of one row's shares against the labels its id's rows link it to. */
const checkShares = (
  sector: SectorReport,
  id: string,
  shares: readonly ShareCell[],
  links: readonly LinkCell[],
  what: "objectives" | "goals",
  i18n: Translator
): Finding[] => {
  const percent = (n: number): string => percentText(i18n, Math.round(n * 100) / 100);
  const entered = shares.filter((s) => typeof s.value === "number");
  const first = entered[0];
  if (!first) return [];
  const linked = new Set(links.filter(isLinked).map((c) => labelKey(c.column)));
  const stray = entered.filter((s) => s.value !== 0 && !linked.has(labelKey(s.label)));
  const total = entered
    .filter((s) => linked.has(labelKey(s.label)))
    .reduce((sum, s) => sum + (s.value as number), 0);
  return [
    ...stray.map((s) =>
      finding(
        "shares-add-up",
        "error",
        s,
        i18n.t("finding.shares-add-up.stray", {
          id,
          share: percent(s.value as number),
          label: s.label,
        }),
        { sector: sector.id, fix: i18n.t("finding.shares-add-up.fixStray", { id, label: s.label }) }
      )
    ),
    ...(Math.abs(total - 100) > 0.01
      ? [
          finding(
            "shares-add-up",
            "error",
            first,
            i18n.t("finding.shares-add-up.total", {
              id,
              what,
              total: percent(total),
              rest: percent(Math.abs(100 - total)),
              counted: total < 100 ? "nowhere" : "twice",
            }),
            { sector: sector.id, fix: i18n.t("finding.shares-add-up.fixTotal") }
          ),
        ]
      : []),
  ];
};

/** Shares entered on a row that do not add up to 100% over its links, or that go to a column it is not linked to. */
export const sharesAddUp: Rule = (report, { i18n }): Finding[] =>
  report.sectors.flatMap((sector) => {
    const outputLinks = (id: string): LinkCell[] =>
      (sector.outputs ?? []).filter((o) => o.id === id).flatMap((o) => o.objectives);
    const objectiveLinks = (id: string): LinkCell[] =>
      (sector.objectives ?? []).filter((o) => o.id === id).flatMap((o) => o.goals);
    return [
      ...(sector.outputResources ?? []).flatMap((row) =>
        checkShares(sector, row.id, row.shares, outputLinks(row.id), "objectives", i18n)
      ),
      ...(sector.objectiveResources ?? []).flatMap((row) =>
        checkShares(sector, row.id, row.shares, objectiveLinks(row.id), "goals", i18n)
      ),
    ];
  });
