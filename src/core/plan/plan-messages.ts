import { message, render, translatorFor, type Message, type MessageArg } from "../i18n";
import type { MessageKey } from "../i18n";

/** A problem at a JSON path of a plan or values file: its English sentence (`message`) and its keyed message. */
export interface SaidAt {
  readonly path: string;
  /** The English sentence, for logs and tests. */
  readonly message: string;
  /** The keyed message a front end says in its reader's language. */
  readonly said: Message;
}

/** A problem at a JSON path, from its catalog key and placeholder values. */
export const saidAt = (
  path: string,
  key: MessageKey,
  values?: Readonly<Record<string, MessageArg>>
): SaidAt => sayAt(path, message(key, values));

/** A problem at a JSON path, from a keyed message. */
export const sayAt = (path: string, said: Message): SaidAt => ({
  path,
  message: render(translatorFor("en"), said),
  said,
});

/** The parts of a zod issue this mapping reads (zod 4's issue shapes). */
interface ZodIssueLike {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly exact?: boolean;
  readonly format?: string;
  readonly pattern?: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly includes?: string;
  readonly divisor?: number;
  readonly keys?: readonly string[];
}

const typeOf = (input: unknown): string => {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number") return Number.isFinite(input) ? "number" : String(input);
  return typeof input;
};

const primitive = (value: unknown): string =>
  typeof value === "string"
    ? `"${value}"`
    : typeof value === "bigint"
      ? `${value}n`
      : String(value);

const SIZED = new Set(["string", "array", "set", "map", "file"]);

/** The schema's custom messages (plan-schema.ts, parse-entries-file.ts) as keyed messages. */
const CUSTOM: readonly [RegExp, MessageKey][] = [
  [/^must look like "(.*)"$/, "error.plan.mustLookLike"],
  [/^must be an ISO 4217 code such as "(.*)"$/, "error.plan.currencyCode"],
  [/^must be a year such as "(.*)"$/, "error.values.year"],
];

/** The value at a path of the JSON, or undefined where there is none. */
export const valueAt = (json: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      typeof value === "object" && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    json
  );

/**
 * A zod issue on `json` as a keyed message whose English is zod's own English sentence, word for word (zod 4's
 * English locale), so that the schema's words are said in the reader's language; the JSON path stays outside it.
 */
export const zodIssueSaid = (issue: ZodIssueLike, json: unknown): Message => {
  for (const [pattern, key] of CUSTOM) {
    const example = pattern.exec(issue.message)?.[1];
    if (example !== undefined)
      return message(
        key,
        key === "error.plan.currencyCode" ? { standard: "ISO 4217", example } : { example }
      );
  }
  const relation = issue.exact ? "exact" : issue.inclusive ? "inclusive" : "exclusive";
  switch (issue.code) {
    case "invalid_type":
      return message("error.plan.schema.invalidType", {
        expected: issue.expected ?? "",
        received: typeOf(valueAt(json, issue.path)),
      });
    case "invalid_value":
      return issue.values?.length === 1
        ? message("error.plan.schema.invalidValue", { value: primitive(issue.values[0]) })
        : message("error.plan.schema.invalidOption", {
            values: (issue.values ?? []).map(primitive).join("|"),
          });
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const limit = String(big ? issue.maximum : issue.minimum);
      const bound = `${big ? "<" : ">"}${issue.inclusive ? "=" : ""}${limit}`;
      const origin = issue.origin ?? "value";
      if (SIZED.has(origin))
        return message(big ? "error.plan.schema.tooBigSize" : "error.plan.schema.tooSmallSize", {
          origin,
          relation,
          limit,
          bound,
          unit:
            origin === "string"
              ? "characters"
              : origin === "file"
                ? "bytes"
                : origin === "map"
                  ? "entries"
                  : "items",
        });
      return message(big ? "error.plan.schema.tooBigValue" : "error.plan.schema.tooSmallValue", {
        origin,
        relation,
        limit,
        bound,
      });
    }
    case "invalid_format":
      if (issue.format === "regex")
        return message("error.plan.schema.pattern", { pattern: issue.pattern ?? "" });
      if (issue.format === "starts_with")
        return message("error.plan.schema.startsWith", { text: issue.prefix ?? "" });
      if (issue.format === "ends_with")
        return message("error.plan.schema.endsWith", { text: issue.suffix ?? "" });
      if (issue.format === "includes")
        return message("error.plan.schema.includes", { text: issue.includes ?? "" });
      return message("error.plan.schema.format", { format: issue.format ?? "" });
    case "not_multiple_of":
      return message("error.plan.schema.notMultipleOf", { divisor: String(issue.divisor) });
    case "unrecognized_keys":
      return message("error.plan.schema.unrecognizedKeys", {
        count: issue.keys?.length ?? 0,
        keys: (issue.keys ?? []).map((k) => `"${k}"`).join(", "),
      });
    case "invalid_key":
      return message("error.plan.schema.invalidKey", { origin: issue.origin ?? "" });
    case "invalid_element":
      return message("error.plan.schema.invalidElement", { origin: issue.origin ?? "" });
    default:
      return message("error.plan.schema.invalidInput");
  }
};
