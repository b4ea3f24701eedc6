import type { EnglishPlanFile } from "./plan-schema";
import englishPlanShape from "./english-plan-shape.json";

/**
 * The plan schema checked without zod, for the start of a command: `kpi-report plans` lists the plans in about
 * the time of a bare node start only if it does not load zod (95 modules). english-plan-shape.json is what zod
 * itself makes of the English plan schema (`z.toJSONSchema(englishPlanFileSchema)`; a test holds it to that), and
 * this file checks a plan file against it, giving what zod's `parse` gives: each object rebuilt with its keys in
 * the schema's order. It only ever says "fits"; a file that does not fit goes to zod, which says why in its words.
 * A keyword it does not know makes its schema fit nothing, so that it can be stricter than zod, never laxer.
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type Schema = { readonly [keyword: string]: Json };

/** No fit: distinct from every JSON value. */
const NO = Symbol("no fit");
type Check = (value: unknown) => unknown;

/** Keywords that only describe. */
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "$defs"]);

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const never: Check = () => NO;

/**
 * A string's length at least `min` both in UTF-16 units (zod's count) and in code points (JSON Schema's), without
 * counting code points where the units settle it (a code point is one or two units).
 */
const lengthAtLeast = (text: string, min: number): boolean =>
  text.length >= min && (text.length >= 2 * min || [...text].length >= min);
/** At most `max` in units, hence in code points too. */
const lengthAtMost = (text: string, max: number): boolean => text.length <= max;

const compile = (schema: Json, root: Schema): Check => {
  if (!isObject(schema)) return never;
  const s = schema as Schema;
  const checks: ((value: unknown) => boolean)[] = [];
  let shape: Check | undefined;
  for (const [keyword, arg] of Object.entries(s)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case "$ref": {
        const name = typeof arg === "string" ? /^#\/\$defs\/([^/]+)$/.exec(arg)?.[1] : undefined;
        const defs = root.$defs;
        const target = name !== undefined && isObject(defs) ? (defs as Schema)[name] : undefined;
        if (target === undefined || Object.keys(s).some((k) => k !== "$ref" && !ANNOTATIONS.has(k)))
          return never;
        let compiled: Check | undefined;
        return (value) => (compiled ??= compile(target, root))(value);
      }
      case "type":
        if (arg === "string") checks.push((v) => typeof v === "string");
        else if (arg === "number") checks.push((v) => typeof v === "number" && Number.isFinite(v));
        else if (arg === "integer") checks.push((v) => Number.isSafeInteger(v));
        else if (arg === "boolean") checks.push((v) => typeof v === "boolean");
        else if (arg === "null") checks.push((v) => v === null);
        else if (arg === "array") checks.push((v) => Array.isArray(v));
        else if (arg === "object") checks.push(isObject);
        else return never;
        break;
      case "const":
        if (isObject(arg) || Array.isArray(arg)) return never;
        checks.push((v) => v === arg);
        break;
      case "enum":
        if (!Array.isArray(arg) || arg.some((a) => isObject(a) || Array.isArray(a))) return never;
        checks.push((v) => (arg as readonly Json[]).includes(v as Json));
        break;
      case "pattern": {
        if (typeof arg !== "string") return never;
        const pattern = new RegExp(arg);
        checks.push((v) => typeof v !== "string" || pattern.test(v));
        break;
      }
      case "minLength":
      case "maxLength":
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
      case "minItems":
      case "maxItems": {
        const bound = BOUNDS[keyword];
        if (typeof arg !== "number" || bound === undefined) return never;
        checks.push((v) => bound(v, arg));
        break;
      }
      case "items":
      case "properties":
      case "required":
      case "additionalProperties":
      case "anyOf":
        break;
      default:
        return never;
    }
  }
  if (s.anyOf !== undefined) {
    if (!Array.isArray(s.anyOf) || Object.keys(s).some((k) => k !== "anyOf" && !ANNOTATIONS.has(k)))
      return never;
    const options = (s.anyOf as readonly Json[]).map((o) => compile(o, root));
    // zod's union gives the first option that fits.
    return (value) => {
      for (const option of options) {
        const out = option(value);
        if (out !== NO) return out;
      }
      return NO;
    };
  }
  if (s.type === "array") {
    if (s.items === undefined) return never;
    const item = compile(s.items, root);
    shape = (value) => {
      const list = value as readonly unknown[];
      const out: unknown[] = new Array(list.length);
      for (let i = 0; i < list.length; i++) {
        const o = item(list[i]);
        if (o === NO) return NO;
        out[i] = o;
      }
      return out;
    };
  } else if (s.items !== undefined) return never;
  if (s.type === "object") {
    const properties = s.properties;
    const required = s.required ?? [];
    // Only a strict object (zod's strictObject) is rebuilt as zod rebuilds it; any other goes to zod.
    if (!isObject(properties) || s.additionalProperties !== false || !Array.isArray(required))
      return never;
    const fields = Object.entries(properties).map(([key, p]) => [key, compile(p, root)] as const);
    const known = new Set(fields.map(([key]) => key));
    const needed = required as readonly Json[];
    shape = (value) => {
      const object = value as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(object)) if (!known.has(key)) return NO;
      for (const key of needed)
        if (typeof key !== "string" || !Object.hasOwn(object, key)) return NO;
      const out: Record<string, unknown> = {};
      for (const [key, check] of fields) {
        if (!Object.hasOwn(object, key)) continue;
        const o = check(object[key]);
        if (o === NO) return NO;
        out[key] = o;
      }
      return out;
    };
  } else if (
    s.properties !== undefined ||
    s.required !== undefined ||
    s.additionalProperties !== undefined
  )
    return never;
  if (s.type === undefined) return never;
  const build = shape;
  return (value) => {
    for (const check of checks) if (!check(value)) return NO;
    return build ? build(value) : value;
  };
};

const BOUNDS: Readonly<Record<string, (value: unknown, bound: number) => boolean>> = {
  minLength: (v, n) => typeof v !== "string" || lengthAtLeast(v, n),
  maxLength: (v, n) => typeof v !== "string" || lengthAtMost(v, n),
  minimum: (v, n) => typeof v !== "number" || v >= n,
  maximum: (v, n) => typeof v !== "number" || v <= n,
  exclusiveMinimum: (v, n) => typeof v !== "number" || v > n,
  exclusiveMaximum: (v, n) => typeof v !== "number" || v < n,
  minItems: (v, n) => !Array.isArray(v) || v.length >= n,
  maxItems: (v, n) => !Array.isArray(v) || v.length <= n,
};

let check: Check | undefined;

/**
 * The plan file as zod's English plan schema would parse it, or undefined where the schema may not accept it
 * (then zod checks it and says why).
 */
export const planShape = (json: unknown): EnglishPlanFile | undefined => {
  check ??= compile(englishPlanShape as Json, englishPlanShape as Schema);
  const out = check(json);
  return out === NO ? undefined : (out as EnglishPlanFile);
};
