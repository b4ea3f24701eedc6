export type { Carried, NotPlaced } from "./not-placed";
export { englishHeader, headerKey, reasonIn, whyText } from "./not-placed";
export type { NotPlacedWhy } from "./not-placed";
export { renamedColumns } from "./renamed-columns";
export { carriedLinks } from "./carried-links";
export { compareTables } from "./compare-tables";
export { carryCellsOutsideTables } from "./carry-cells-outside-tables";
export { buildUpgradedWorkbook } from "./build-upgraded-workbook";
export {
  buildNotPlacedSheet,
  NOT_PLACED_SHEET,
  NOT_PLACED_TABLE,
  notPlacedSheetName,
} from "./build-not-placed-sheet";
