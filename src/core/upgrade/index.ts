export type { Carried, NotPlaced } from "./not-placed";
export { headerKey } from "./not-placed";
export { renamedColumns } from "./renamed-columns";
export { carriedLinks } from "./carried-links";
export { compareTables } from "./compare-tables";
export { carryCellsOutsideTables } from "./carry-cells-outside-tables";
export { buildUpgradedWorkbook } from "./build-upgraded-workbook";
export { buildNotPlacedSheet, NOT_PLACED_SHEET, NOT_PLACED_TABLE } from "./build-not-placed-sheet";
