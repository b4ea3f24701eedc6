export { bundledPlans, bundlePlans } from "./bundled-plans";
export type { BundledPlans, PlanFiles } from "./bundled-plans";
export { addinWording } from "./addin-wording";
