import type { UpgradeOutcome } from "../app";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What the pane says instead of refusing Create, where the open workbook already holds this plan's workbook. */
export const describeUpgradeOffer = (planId: string): string =>
  `This workbook already holds a reporting workbook of plan ${planId}; creating one here would replace the values ` +
  "entered in it. Update it to the current plan file instead: every value is carried to its KPI, output or " +
  "objective by id, and anything the plan no longer has is listed on a sheet “Not placed”.";

/** What the pane says once the open workbook is updated: the versions, values carried, values listed as not placed. */
export const describeUpgrade = (u: UpgradeOutcome): string => {
  const versions =
    u.fromVersion === u.toVersion
      ? `version ${u.toVersion}`
      : `version ${u.toVersion} (it was made from version ${u.fromVersion})`;
  const carried = `carried ${plural(u.placed, "value", "values")} to the same ids and columns`;
  const listed =
    u.notPlaced.length === 0
      ? "every value found its place."
      : `${plural(u.notPlaced.length, "value has", "values have")} no place in this version and ${u.notPlaced.length === 1 ? "is" : "are"} listed on the sheet “Not placed”.`;
  return `Updated this workbook to plan ${u.planId} ${versions}: ${carried}; ${listed}`;
};
