import { formatAmount } from "../resources";
import { finding, Finding } from "../findings";
import type { Rule } from "./rule";

/** A sector's budgets for a year adding up to more than the envelope the plan file gives it for that year. */
export const envelopeExceeded: Rule = (report, { plan }): Finding[] =>
  plan.resources.envelopes.flatMap((envelope) => {
    const sector = report.sectors.find((s) => s.id === envelope.sector);
    const rows = sector?.outputResources ?? [];
    const cells = rows.flatMap((row) =>
      row.years.filter((y) => y.year === envelope.year).map((y) => y.budget)
    );
    const total = cells.reduce((sum, c) => sum + (typeof c.value === "number" ? c.value : 0), 0);
    const at = cells[0];
    if (!sector || !at || total <= envelope.amount) return [];
    const currency = plan.resources.currency;
    return [
      finding(
        "envelope-exceeded",
        "error",
        at,
        `The budgets of ${sector.id}'s outputs for ${envelope.year} add up to ${formatAmount(total, currency)}, above the sector's envelope of ${formatAmount(envelope.amount, currency)} in plan ${plan.id}`,
        { sector: sector.id, fix: `Bring the Budget ${envelope.year} column within the envelope.` }
      ),
    ];
  });
