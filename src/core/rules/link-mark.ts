import { isLinked, isProperMark } from "../report";
import { describeCell } from "../snapshot";
import { LINK_MARK } from "../format";
import { finding } from "../findings";
import type { Rule } from "./rule";

/** A link cell holding something other than X ("yes", "1", "x "): read as a link, but say so. */
export const linkMark: Rule = (report) =>
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
          `Link cell holds ${describeCell(cell.value)}; it is read as a link`,
          { sector: sector.id, fix: `Type ${LINK_MARK} for a link, or clear the cell.` }
        )
      )
  );
