import { CATALOGS, type MessageKey } from "../i18n";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./header-texts";

/** A header's text with its spacing made one space, its case kept (a label is matched as the plan writes it). */
const spaced = (text: string): string => text.trim().replace(/\s+/g, " ");

/**
 * The resources tables' own headers (docs/workbook-format.md, "Resources"): per year (budget, expenditure,
 * execution) and per link label (an officer's share, the share allocated). Their fixed columns (Output ID,
 * Objective, Goal ID, Sector...) are the format's header keys.
 */
export type ResourceHeaderKind = "budget" | "expenditure" | "execution" | "share" | "allocated";

const KEYS: Readonly<Record<ResourceHeaderKind, MessageKey>> = {
  budget: "resourceSheet.budget",
  expenditure: "resourceSheet.expenditure",
  execution: "resourceSheet.execution",
  share: "resourceSheet.share",
  allocated: "resourceSheet.allocated",
};

const PER_YEAR: readonly ResourceHeaderKind[] = ["budget", "expenditure", "execution"];

/**
 * A resources header in a language: the year as plain digits and the label as the plan writes it, never
 * formatted for the language, since readers find the column by them.
 * @example resourceHeader("budget", 2013, "fr") // "Budget 2013"
 * @example resourceHeader("share", "Objective 2", "es") // "Parte Objective 2"
 */
export const resourceHeader = (
  kind: ResourceHeaderKind,
  value: number | string,
  language: Language = DEFAULT_LANGUAGE
): string =>
  CATALOGS[language][KEYS[kind]].replace(
    PER_YEAR.includes(kind) ? "{year}" : "{label}",
    String(value)
  );

/** A resources header recognised in any language: its kind, and its year or label. */
export type RecognisedResourceHeader =
  | { readonly kind: "budget" | "expenditure" | "execution"; readonly year: number }
  | { readonly kind: "share" | "allocated"; readonly label: string };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let patterns: readonly { kind: ResourceHeaderKind; pattern: RegExp }[] | undefined;

/** Each kind's header in every language as a pattern, the per-year kinds first (their year is 4 digits). */
const patternsOf = (): readonly { kind: ResourceHeaderKind; pattern: RegExp }[] => {
  if (!patterns) {
    const kinds: ResourceHeaderKind[] = [...PER_YEAR, "allocated", "share"];
    patterns = kinds.flatMap((kind) =>
      LANGUAGES.map((language) => {
        const template = spaced(CATALOGS[language][KEYS[kind]]);
        const hole = PER_YEAR.includes(kind) ? "{year}" : "{label}";
        const [before, after] = template.split(hole).map(escape);
        const inner = PER_YEAR.includes(kind) ? "(\\d{4})" : "(.+?)";
        return { kind, pattern: new RegExp(`^${before ?? ""}${inner}${after ?? ""}$`, "iu") };
      })
    );
  }
  return patterns;
};

/**
 * Which resources column a header is, in any of the six languages, ignoring case and spacing; the label as
 * written (trimmed), since the rules match it to the plan's labels.
 * @example recogniseResourceHeader("Dépenses 2013") // { kind: "expenditure", year: 2013 }
 * @example recogniseResourceHeader("حصة Objective 1") // { kind: "share", label: "Objective 1" }
 */
export const recogniseResourceHeader = (header: string): RecognisedResourceHeader | undefined => {
  const text = spaced(header);
  for (const { kind, pattern } of patternsOf()) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (kind === "budget" || kind === "expenditure" || kind === "execution")
      return { kind, year: Number(m[1]) };
    return { kind, label: (m[1] as string).trim() };
  }
  return undefined;
};

/**
 * A resources header in English whatever language it is written in (any other header as it is, trimmed): the
 * form the submission hash and upgrades compare, so that neither depends on the workbook's language.
 */
export const englishResourceHeader = (header: string): string => {
  const known = recogniseResourceHeader(header);
  if (!known) return header.trim();
  return "year" in known
    ? resourceHeader(known.kind, known.year)
    : resourceHeader(known.kind, known.label);
};

/** The sheets of the resources tables and their roll-up, in a language. */
export const resourcesSheetName = (
  sector: { readonly id: string },
  language: Language = DEFAULT_LANGUAGE
): string => CATALOGS[language]["resourceSheet.resources"].replace("{sector}", sector.id);
export const objectiveResourcesSheetName = (
  sector: { readonly id: string },
  language: Language = DEFAULT_LANGUAGE
): string => CATALOGS[language]["resourceSheet.objectiveResources"].replace("{sector}", sector.id);
export const resourcesByGoalSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["resourceSheet.byGoal"];
export const resourcesBySectorSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["resourceSheet.bySector"];
