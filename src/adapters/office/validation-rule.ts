import type { ValidationRule } from "../../core/layout";

/** A spec's rule as Office.js sets it on Range.dataValidation: the rule, the input prompt, the error alert. */
export interface ExcelValidation {
  readonly rule: Excel.DataValidationRule;
  readonly prompt?: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

const bounds = (min?: number, max?: number): Excel.BasicDataValidation =>
  min !== undefined && max !== undefined
    ? { formula1: min, formula2: max, operator: "Between" }
    : min !== undefined
      ? { formula1: min, operator: "GreaterThanOrEqualTo" }
      : max !== undefined
        ? { formula1: max, operator: "LessThanOrEqualTo" }
        : { formula1: -1e307, formula2: 1e307, operator: "Between" };

/** The same rule the .xlsx adapter writes: dropdowns from a text list or a range (both as string sources), number ranges. */
export const toExcelValidation = (rule: ValidationRule): ExcelValidation => {
  const prompt = rule.prompt
    ? { prompt: { showPrompt: true, title: "", message: rule.prompt } }
    : {};
  switch (rule.kind) {
    case "list":
      return {
        rule: { list: { inCellDropDown: true, source: rule.values.join(",") } },
        errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
        ...prompt,
      };
    case "listRange":
      return {
        rule: { list: { inCellDropDown: true, source: `=${rule.source}` } },
        errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
        ...prompt,
      };
    case "decimal":
    case "whole":
      return {
        rule:
          rule.kind === "whole"
            ? { wholeNumber: bounds(rule.min, rule.max) }
            : { decimal: bounds(rule.min, rule.max) },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Not a valid value",
          message:
            rule.kind === "whole"
              ? "Type a whole number."
              : "Type a number, without units or % sign.",
        },
        ...prompt,
      };
  }
};
