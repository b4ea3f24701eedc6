/**
 * Header texts of the resources tables (docs/workbook-format.md, "Resources"): part of the workbook format.
 * Amounts are per year; shares and allocations per objective (on a sector's Resources table) or per goal (on
 * its Objective Resources table), named after the column label they split over.
 */
export const budgetHeader = (year: number): string => `Budget ${year}`;
export const expenditureHeader = (year: number): string => `Expenditure ${year}`;
export const executionHeader = (year: number): string => `Execution ${year}`;
/** An officer's share (0-100) of a row's money that goes to the objective or goal labelled `label`. */
export const shareHeader = (label: string): string => `Share ${label}`;
/** The share actually used (a formula: the entered share, or an equal split of the linked ones). */
export const allocatedHeader = (label: string): string => `Allocated ${label}`;

export const RESOURCE_HEADERS = {
  output: "Output ID",
  outputName: "Output",
  objective: "Objective ID",
  objectiveName: "Objective",
  goal: "Goal ID",
  goalName: "Goal",
  sector: "Sector",
} as const;

/** The sheets and tables of the roll-up over every sector of the workbook. */
export const RESOURCES_BY_GOAL_SHEET = "Resources by Goal";
export const RESOURCES_BY_GOAL_TABLE = "Resources_By_Goal";
/** The chart Excel draws below the goals' table: the reporting year's budget against expenditure per goal. */
export const RESOURCES_BY_GOAL_CHART = "Budget and expenditure by goal";
export const RESOURCES_BY_SECTOR_SHEET = "Resources by Sector";
export const RESOURCES_BY_SECTOR_TABLE = "Resources_By_Sector";

/** The number format of amounts: whole currency units with thousands separators. */
export const AMOUNT_FORMAT = "#,##0";

const tablePart = (sectorId: string): string => sectorId.replace(/[^A-Za-z0-9]/g, "");
/** "ITU-R Resources", table "ITUR_Resources": one row per output of the sector. */
export const resourcesSheetName = (sector: { readonly id: string }): string =>
  `${sector.id} Resources`;
export const resourcesTableName = (sector: { readonly id: string }): string =>
  `${tablePart(sector.id)}_Resources`;
/** "ITU-R Objective Resources", table "ITUR_Objective_Resources": one row per objective of the sector. */
export const objectiveResourcesSheetName = (sector: { readonly id: string }): string =>
  `${sector.id} Objective Resources`;
export const objectiveResourcesTableName = (sector: { readonly id: string }): string =>
  `${tablePart(sector.id)}_Objective_Resources`;
