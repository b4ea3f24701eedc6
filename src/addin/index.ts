export { bundledPlans, bundlePlans } from "./bundled-plans";
export type { PlanFiles } from "./bundled-plans";
export { addinWording } from "./addin-wording";
