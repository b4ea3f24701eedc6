export { a1, a1Range, columnLetter, decodeCell, decodeRange } from "./a1";
export type { CellPosition, RangePosition } from "./a1";
export * from "./workbook-names";
export * from "./labels";
export { DEFAULT_LANGUAGE, headerText, headerTexts, isLanguage, LANGUAGES } from "./header-texts";
export type { HeaderKey, Language } from "./header-texts";
export {
  declaredColumns,
  FINDINGS_FORMAT,
  GOALS_FORMAT,
  isLinkColumns,
  isYearGroup,
  KPIS_FORMAT,
  META_FORMAT,
  OBJECTIVES_FORMAT,
  OUTPUTS_FORMAT,
  RESULTS_FORMAT,
  SECTOR_TABLES,
} from "./table-format";
export type {
  ColumnEntry,
  ColumnFormat,
  ColumnRole,
  LinkColumns,
  TableFormat,
  TableId,
  YearGroup,
} from "./table-format";
export {
  findColumns,
  headerLanguage,
  normalHeader,
  placeColumns,
  recogniseHeader,
} from "./table-columns";
export type { ColumnContext, FoundColumns, PlacedColumn, RecognisedHeader } from "./table-columns";
export {
  FINDING_FILLS,
  FINDING_MARKER,
  PALETTE,
  TABLE_STYLE,
  TEXT_LOOKS,
  toHexColor,
} from "./palette";
export type { TextLook } from "./palette";
export { sheetOrder, sheetPlace } from "./sheet-place";
export type { PlacedSheet } from "./sheet-place";
export {
  englishResourceHeader,
  objectiveResourcesSheetName,
  recogniseResourceHeader,
  resourceHeader,
  resourcesByGoalSheetName,
  resourcesBySectorSheetName,
  resourcesSheetName,
} from "./resource-headers";
export type { RecognisedResourceHeader, ResourceHeaderKind } from "./resource-headers";
