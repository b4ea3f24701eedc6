import { headerText, labelsIn, type Language } from "../format";
import { translatorFor, type MessageKey, type MessageValues, type Translator } from "../i18n";

/** The names a rule's fix quotes: commands, and the workbook's own words (its headers and dropdown words). */
const FIX_VALUES: Readonly<
  Record<string, (language: Language, i18n: Translator) => MessageValues>
> = {
  "plan-version": () => ({ command: "kpi-report upgrade" }),
  "metadata-rebuilt": () => ({ command: "kpi-report repair" }),
  "metadata-shown": () => ({ command: "kpi-report submit", others: "repair, matrix, upgrade" }),
  "actual-missing": (language) => ({
    noData: labelsIn("dataNote", language)["No data"],
    dataNote: headerText("dataNote", language),
    evidence: headerText("evidence", language),
  }),
  "no-data-without-comment": (language) => ({ evidence: headerText("evidence", language) }),
  "met-without-evidence": (language) => ({ evidence: headerText("evidence", language) }),
  "implausible-jump": (language) => ({ evidence: headerText("evidence", language) }),
  "assessment-missing": (language) => ({
    achieved: labelsIn("assessment", language).Achieved,
    partly: labelsIn("assessment", language)["Partly achieved"],
    notAchieved: labelsIn("assessment", language)["Not achieved"],
  }),
  "officer-kpi-defined": (_language, i18n) => ({
    scheme: `<${i18n.t("finding.officer-kpi-defined.sector")}>.kpi.<${i18n.t("finding.officer-kpi-defined.objectiveNumber")}>.u<n>`,
  }),
};

/** The catalog key of a rule's own fix, what an officer does about any finding of it. */
export const fixKey = (ruleId: string): MessageKey => `finding.${ruleId}.fix` as MessageKey;

/**
 * A rule's own fix in a language, quoting the words of a workbook in `language` (English by default): what a
 * finding that says no more precise fix gets, and (in English) what docs/rules.md lists.
 */
export const ruleFix = (
  ruleId: string,
  i18n: Translator = translatorFor("en"),
  language: Language = "en"
): string => i18n.t(fixKey(ruleId), FIX_VALUES[ruleId]?.(language, i18n) ?? {});
