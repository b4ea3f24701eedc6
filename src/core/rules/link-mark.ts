import { isLinked, isProperMark } from "../report";
import { LINK_MARK } from "../format";
import { finding } from "../findings";
import type { Rule } from "./rule";
import { describeValue } from "./words";

/** A link cell holding something other than X ("yes", "1", "x "): read as a link, but say so. */
export const linkMark: Rule = (report, { i18n }) =>
  report.sectors.flatMap((sector) =>
    [
      ...(sector.objectives ?? []).flatMap((o) => o.goals),
      ...(sector.outputs ?? []).flatMap((o) => o.objectives),
    ]
      .filter((cell) => isLinked(cell) && !isProperMark(cell))
      .map((cell) =>
        finding(
          "link-mark",
          "warning",
          cell,
          i18n.t("finding.link-mark.message", { value: describeValue(i18n, cell.value) }),
          { sector: sector.id, fix: i18n.t("finding.link-mark.fixMark", { mark: LINK_MARK }) }
        )
      )
  );
