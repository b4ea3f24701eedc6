import { CATALOGS, type MessageKey } from "../i18n";
import { Sector } from "../plan";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./header-texts";

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

const SHEET_KEYS: Readonly<Record<SectorSheetKind, MessageKey>> = {
  Objectives: "sheet.objectives",
  Outputs: "sheet.outputs",
  Results: "sheet.results",
  KPIs: "sheet.kpis",
};

/** "ITU-R Objectives" ("ITU-R Objectifs" in French): the sheet of one kind for a sector, in a language. */
export const sectorSheetName = (
  sector: Pick<Sector, "id">,
  kind: SectorSheetKind,
  language: Language = DEFAULT_LANGUAGE
): string => CATALOGS[language][SHEET_KEYS[kind]].replace("{sector}", sector.id);

/** The Instructions sheet's name in a language. */
export const instructionsSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["sheet.instructions"];

/** The Goals sheet's name in a language. */
export const goalsSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["sheet.goals"];

/**
 * Every name a sheet of the format may have, one per language: a reader takes a sheet of any of them as not
 * renamed, since a workbook is written in one of the six.
 */
export const sheetNamesInEveryLanguage = (name: (language: Language) => string): string[] => [
  ...new Set(LANGUAGES.map(name)),
];

/** "ITUR_Objectives": Excel table names allow letters, digits and underscores only. */
export const sectorTableName = (sector: Pick<Sector, "id">, kind: SectorSheetKind): string =>
  `${sector.id.replace(/[^A-Za-z0-9]/g, "")}_${kind}`;

/** The sheet and table a validation run writes its findings to (replaced on each run); the sheet's English name. */
export const FINDINGS_SHEET = "Validation";
export const FINDINGS_TABLE = "KPI_Findings";

/** The findings sheet's name in a language ("Validación" in Spanish). */
export const findingsSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["sheet.validation"];

/**
 * Every name the findings sheet may have: a run in one language replaces, and clearing removes, the sheet an
 * earlier run wrote in any of them. Worked out when asked, not when the module loads: the add-in's pages fetch a
 * language's catalog only when it is first needed.
 */
export const findingsSheetNames = (): string[] => sheetNamesInEveryLanguage(findingsSheetName);
