import { finding, Finding } from "../findings";
import { sameWording } from "../report";
import type { Rule } from "./rule";

/** Two outputs of a sector with the same name and note, or two objectives with the same text: probably a copied row. */
export const duplicateName: Rule = (report, { i18n }) =>
  report.sectors.flatMap((sector): Finding[] => {
    const dupes = <T>(rows: readonly T[], key: (r: T) => string): [T, T][] =>
      rows.flatMap((row, i) => {
        const first = rows.findIndex(
          (other) => key(other) !== "" && sameWording(key(other), key(row))
        );
        const earlier = rows[first];
        return first < i && earlier !== undefined ? [[earlier, row] as [T, T]] : [];
      });
    return [
      ...dupes(sector.outputs ?? [], (o) => `${o.name} ${o.note}`).map(([first, again]) =>
        finding(
          "duplicate-name",
          "warning",
          again.at,
          i18n.t("finding.duplicate-name.output", {
            name: again.name,
            id: again.id,
            first: first.id,
          }),
          { sector: sector.id }
        )
      ),
      ...dupes(sector.objectives ?? [], (o) => o.text).map(([first, again]) =>
        finding(
          "duplicate-name",
          "warning",
          again.at,
          i18n.t("finding.duplicate-name.objective", {
            label: again.label,
            id: again.id,
            first: first.id,
          }),
          { sector: sector.id }
        )
      ),
    ];
  });
