import {
  DEFAULT_LANGUAGE,
  headerText,
  type Language,
  resourceHeader,
  resourcesByGoalSheetName,
  resourcesBySectorSheetName,
} from "../format";

export {
  objectiveResourcesSheetName,
  resourcesByGoalSheetName,
  resourcesBySectorSheetName,
  resourcesSheetName,
} from "../format";

/**
 * Header texts of the resources tables (docs/workbook-format.md, "Resources"), in the workbook's language: part
 * of the workbook format (src/core/format/resource-headers.ts). Amounts are per year; shares and allocations per
 * objective (on a sector's Resources table) or per goal (on its Objective Resources table), named after the
 * column label they split over.
 */
export const budgetHeader = (year: number, language: Language = DEFAULT_LANGUAGE): string =>
  resourceHeader("budget", year, language);
export const expenditureHeader = (year: number, language: Language = DEFAULT_LANGUAGE): string =>
  resourceHeader("expenditure", year, language);
export const executionHeader = (year: number, language: Language = DEFAULT_LANGUAGE): string =>
  resourceHeader("execution", year, language);
/** An officer's share (0-100) of a row's money that goes to the objective or goal labelled `label`. */
export const shareHeader = (label: string, language: Language = DEFAULT_LANGUAGE): string =>
  resourceHeader("share", label, language);
/** The share actually used (a formula: the entered share, or an equal split of the linked ones). */
export const allocatedHeader = (label: string, language: Language = DEFAULT_LANGUAGE): string =>
  resourceHeader("allocated", label, language);

/** The fixed columns of the resources tables: header keys of the format, in the workbook's language. */
export const resourceHeaders = (language: Language = DEFAULT_LANGUAGE) =>
  ({
    output: headerText("outputId", language),
    outputName: headerText("output", language),
    objective: headerText("objectiveId", language),
    objectiveName: headerText("objective", language),
    goal: headerText("goalId", language),
    goalName: headerText("goal", language),
    sector: headerText("sector", language),
  }) as const;

/** The English headers (the canonical ones). */
export const RESOURCE_HEADERS = resourceHeaders(DEFAULT_LANGUAGE);

/** The sheets and tables of the roll-up over every sector of the workbook (the English sheet names). */
export const RESOURCES_BY_GOAL_SHEET = resourcesByGoalSheetName(DEFAULT_LANGUAGE);
export const RESOURCES_BY_GOAL_TABLE = "Resources_By_Goal";
/** The chart Excel draws below the goals' table, by its English name: the reporting year's budget against expenditure per goal. */
export const RESOURCES_BY_GOAL_CHART = "Budget and expenditure by goal";
export const RESOURCES_BY_SECTOR_SHEET = resourcesBySectorSheetName(DEFAULT_LANGUAGE);
export const RESOURCES_BY_SECTOR_TABLE = "Resources_By_Sector";

/** The number format of amounts: whole currency units with thousands separators. */
export const AMOUNT_FORMAT = "#,##0";

const tablePart = (sectorId: string): string => sectorId.replace(/[^A-Za-z0-9]/g, "");
/** Table "ITUR_Resources" (sheet "ITU-R Resources" in English): one row per output of the sector. */
export const resourcesTableName = (sector: { readonly id: string }): string =>
  `${tablePart(sector.id)}_Resources`;
/** Table "ITUR_Objective_Resources" (sheet "ITU-R Objective Resources"): one row per objective of the sector. */
export const objectiveResourcesTableName = (sector: { readonly id: string }): string =>
  `${tablePart(sector.id)}_Objective_Resources`;
