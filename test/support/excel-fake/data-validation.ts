import { contains, overlaps, type CellBlock } from "./cell-address";
import { FakeClientObject, Resolver } from "./client-object";
import { ContainingBlocks } from "./containing-blocks";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import { liveSheet, RangeTarget } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import type { SheetState, ValidationState } from "./workbook-state";

const KINDS = ["list", "decimal", "wholeNumber", "date", "time", "textLength", "custom"] as const;
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const TYPES: Readonly<Record<string, string>> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const invalid = (why: string): FakeOfficeError =>
  new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: ${why}.`
  );

/** Checks an Excel.DataValidationRule as Excel does: exactly one kind; a list's source; a number rule's operator and formulas. */
const checkRule = (rule: unknown): Record<string, unknown> => {
  if (typeof rule !== "object" || rule === null) throw invalid("rule");
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1 || !KINDS.includes(kinds[0] as (typeof KINDS)[number]))
    throw invalid(`a rule has exactly one of ${KINDS.join(", ")}`);
  const kind = kinds[0] as string;
  const body = (rule as Record<string, Record<string, unknown>>)[kind] ?? {};
  if (kind === "list") {
    if (typeof body["source"] !== "string" || body["source"] === "") throw invalid("list.source");
    const source = body["source"];
    if (!source.startsWith("=") && source.length > 255)
      throw invalid("a list of values is longer than 255 characters");
  }
  if (kind === "decimal" || kind === "wholeNumber") {
    const operator = body["operator"];
    if (typeof operator !== "string" || !OPERATORS.includes(operator))
      throw invalid(`${kind}.operator`);
    if (body["formula1"] === undefined) throw invalid(`${kind}.formula1`);
    if ((operator === "Between" || operator === "NotBetween") && body["formula2"] === undefined)
      throw invalid(`${kind}.formula2`);
  }
  return rule as Record<string, unknown>;
};

/**
 * What giving each of `targets` in turn a new rule leaves on their sheets (`made`), or clearing each in turn
 * (no `made`), as Excel does: a sheet's rules that a target's block contains are gone, then the target's own is
 * added, to be gone in turn if a later target contains it. All at once, with the blocks indexed: a 10,000-row
 * table's rules are thousands of areas.
 */
export const replaceValidations = (
  targets: readonly RangeTarget[],
  made?: (block: CellBlock) => ValidationState
): void => {
  const bySheet = new Map<SheetState, { block: CellBlock; order: number }[]>();
  targets.forEach(({ sheet, block }, order) => {
    const areas = bySheet.get(sheet);
    if (areas) areas.push({ block, order });
    else bySheet.set(sheet, [{ block, order }]);
  });
  for (const [sheet, areas] of bySheet) {
    const index = new ContainingBlocks(areas);
    const kept = sheet.validations.filter((v) => !index.someContains(v.block));
    const added = made
      ? areas
          .filter((a) => !index.someContains(a.block, (later) => later.order > a.order))
          .map((a) => made(a.block))
      : [];
    sheet.validations.length = 0;
    for (const v of [...kept, ...added]) sheet.validations.push(v);
  }
};

/** Excel.DataValidation of a range or of several (RangeAreas): the rule (one kind at a time), the input prompt and the error alert. */
export class FakeDataValidation extends FakeClientObject<readonly RangeTarget[]> {
  protected readonly scalarNames = ["rule", "type", "prompt", "errorAlert"];

  constructor(context: FakeRequestContext, resolve: Resolver<readonly RangeTarget[]>) {
    super(context, resolve);
  }

  private covering({ sheet, block }: RangeTarget): ValidationState[] {
    return sheet.validations.filter((v) => overlaps(v.block, block));
  }

  protected readScalar(name: string, targets: readonly RangeTarget[]): unknown {
    const target = targets[0];
    if (!target || targets.length > 1) return name === "type" ? "Inconsistent" : null;
    const found = this.covering(target);
    const only =
      found.length === 1 && contains(found[0]?.block ?? target.block, target.block)
        ? found[0]
        : undefined;
    if (found.length > 1 || (found.length === 1 && !only))
      return name === "type" ? "Inconsistent" : null;
    switch (name) {
      case "rule":
        return only?.rule ?? {};
      case "type": {
        const kind = only ? Object.keys(only.rule)[0] : undefined;
        return kind ? TYPES[kind] : "None";
      }
      case "prompt":
        return only?.prompt ?? { showPrompt: false, message: "", title: "" };
      case "errorAlert":
        return only?.errorAlert ?? { showAlert: true, style: "Stop", message: "", title: "" };
      default:
        throw new FakeOfficeError("InvalidArgument", name);
    }
  }

  get rule(): Record<string, unknown> {
    return this.loadedValue("rule");
  }
  /** Replaces the validation of the range's cells with this rule. */
  set rule(value: Record<string, unknown>) {
    this.queueSet("rule", value, (targets) => {
      const rule = checkRule(value);
      for (const t of targets) assertChangeAllowed(liveSheet(t.sheet), t.block, "structure");
      replaceValidations(targets, (block) => ({ block, rule }));
    });
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get prompt(): Record<string, unknown> {
    return this.loadedValue("prompt");
  }
  set prompt(value: Record<string, unknown>) {
    this.queueSet("prompt", value, (t) => this.amend(t, (v) => (v.prompt = { ...value })));
  }
  get errorAlert(): Record<string, unknown> {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(value: Record<string, unknown>) {
    this.queueSet("errorAlert", value, (t) => this.amend(t, (v) => (v.errorAlert = { ...value })));
  }

  private amend(targets: readonly RangeTarget[], change: (v: ValidationState) => void): void {
    for (const t of targets) {
      assertChangeAllowed(liveSheet(t.sheet), t.block, "structure");
      const found = this.covering(t);
      if (found.length === 0)
        throw new FakeOfficeError("InvalidOperation", "The range has no data validation rule.");
      found.forEach(change);
    }
  }

  /** Removes the validation from the range's cells. */
  clear(): void {
    this.queueCall("clear", [], (targets) => {
      for (const t of targets) assertChangeAllowed(liveSheet(t.sheet), t.block, "structure");
      replaceValidations(targets);
    });
  }
}
