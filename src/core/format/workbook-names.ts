import { Sector } from "../plan";

/** The workbook format this code writes; docs/workbook-format.md documents each version. */
export const WORKBOOK_FORMAT = "kpi-reporter-workbook";
export const WORKBOOK_FORMAT_VERSION = 1;

export const INSTRUCTIONS_SHEET = "Instructions";
export const GOALS_SHEET = "Goals";
export const GOALS_TABLE = "Goals";
export const META_SHEET = "_kpi_meta";
export const META_TABLE = "KPI_Meta";

/** The four worksheets of a sector, in workbook order. */
export type SectorSheetKind = "Objectives" | "Outputs" | "Results" | "KPIs";
export const SECTOR_SHEET_KINDS: readonly SectorSheetKind[] = [
  "Objectives",
  "Outputs",
  "Results",
  "KPIs",
];

/** "ITU-R Objectives": the sheet of one kind for a sector. */
export const sectorSheetName = (sector: Pick<Sector, "id">, kind: SectorSheetKind): string =>
  `${sector.id} ${kind}`;

/** "ITUR_Objectives": Excel table names allow letters, digits and underscores only. */
export const sectorTableName = (sector: Pick<Sector, "id">, kind: SectorSheetKind): string =>
  `${sector.id.replace(/[^A-Za-z0-9]/g, "")}_${kind}`;

/** The sheet and table a validation run writes its findings to (replaced on each run). */
export const FINDINGS_SHEET = "Validation";
export const FINDINGS_TABLE = "KPI_Findings";
