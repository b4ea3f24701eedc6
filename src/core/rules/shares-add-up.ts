import { isLinked, type LinkCell, type SectorReport } from "../report";
import type { ShareCell } from "../report";
import { labelKey } from "../resources";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

const percent = (n: number): string => `${Math.round(n * 100) / 100}%`;

/** The findings of one row's shares against the labels its id's rows link it to. */
const checkShares = (
  sector: SectorReport,
  id: string,
  shares: readonly ShareCell[],
  links: readonly LinkCell[],
  what: string
): Finding[] => {
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
        `${id} gives ${percent(s.value as number)} to ${s.label}, but it is not linked to ${s.label}; that share is counted nowhere`,
        { sector: sector.id, fix: `Link ${id} to ${s.label} with an X, or clear the share.` }
      )
    ),
    ...(Math.abs(total - 100) > 0.01
      ? [
          finding(
            "shares-add-up",
            "error",
            first,
            `The shares of ${id} over its linked ${what} add up to ${percent(total)}, not 100%: ${percent(Math.abs(100 - total))} of its money is ${total < 100 ? "counted nowhere" : "counted twice"}`,
            {
              sector: sector.id,
              fix: "Make the shares add up to 100, or clear them all to split equally over the links.",
            }
          ),
        ]
      : []),
  ];
};

/** Shares entered on a row that do not add up to 100% over its links, or that go to a column it is not linked to. */
export const sharesAddUp: Rule = (report): Finding[] =>
  report.sectors.flatMap((sector) => {
    const outputLinks = (id: string): LinkCell[] =>
      (sector.outputs ?? []).filter((o) => o.id === id).flatMap((o) => o.objectives);
    const objectiveLinks = (id: string): LinkCell[] =>
      (sector.objectives ?? []).filter((o) => o.id === id).flatMap((o) => o.goals);
    return [
      ...(sector.outputResources ?? []).flatMap((row) =>
        checkShares(sector, row.id, row.shares, outputLinks(row.id), "objectives")
      ),
      ...(sector.objectiveResources ?? []).flatMap((row) =>
        checkShares(sector, row.id, row.shares, objectiveLinks(row.id), "goals")
      ),
    ];
  });
