export { installOfficeFake } from "./install-office-fake";
export type { OfficeFakeControl, OfficeFakeOptions } from "./install-office-fake";
