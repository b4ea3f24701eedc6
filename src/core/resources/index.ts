export * from "./money";
export { allocate, labelKey } from "./allocate";
export { moneyIn, rollUpResources } from "./roll-up-resources";
export type { ObjectiveLine, OutputLine, ResourceRollup, RolledUpLine } from "./roll-up-resources";
export { formatAmount } from "./format-amount";
