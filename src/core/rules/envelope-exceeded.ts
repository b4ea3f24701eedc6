import { finding, Finding } from "../findings";
import type { Rule } from "./rule";
import { amountText } from "./words";

/** A sector's budgets for a year adding up to more than the envelope the plan file gives it for that year. */
export const envelopeExceeded: Rule = (report, { plan, i18n }): Finding[] =>
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
        i18n.t("finding.envelope-exceeded.message", {
          sector: sector.id,
          year: envelope.year,
          total: amountText(i18n, total, currency),
          envelope: amountText(i18n, envelope.amount, currency),
          plan: plan.id,
        }),
        {
          sector: sector.id,
          fix: i18n.t("finding.envelope-exceeded.fixYear", {
            column: i18n.t("finding.column.budget", { year: envelope.year }),
          }),
        }
      ),
    ];
  });
