import { z } from "zod";
import { isPseudoLocalised, render, translatorFor } from "../../../src/core/i18n";
import { zodIssueSaid } from "../../../src/core/plan/plan-messages";

/** Every issue zod finds in `json`, as zod words it and as the keyed message says it in English. */
const both = (schema: z.ZodType, json: unknown): [string, string][] => {
  const parsed = schema.safeParse(json);
  if (parsed.success) throw new Error("expected the schema to refuse the input");
  return parsed.error.issues.map((issue) => [
    render(translatorFor("en"), zodIssueSaid(issue, json)),
    issue.message,
  ]);
};

describe("the schema's words as keyed messages", () => {
  const cases: [string, z.ZodType, unknown][] = [
    ["a wrong type", z.object({ a: z.number() }), { a: "2023" }],
    ["a missing field", z.object({ a: z.string() }), {}],
    ["a number past JSON's range", z.object({ a: z.number() }), { a: Infinity }],
    ["one unknown key", z.strictObject({ a: z.string() }), { a: "x", b: 1 }],
    ["two unknown keys", z.strictObject({}), { b: 1, c: 2 }],
    ["an empty string", z.string().min(1), ""],
    ["too many items", z.array(z.number()).max(1), [1, 2]],
    ["a number too small", z.number().int().min(3), 2],
    ["a number too large, exclusive", z.number().lt(3), 3],
    ["an exact length", z.array(z.number()).length(2), [1]],
    ["a literal", z.literal("A4"), "A3"],
    ["an enum", z.enum(["A4", "Letter"]), "A3"],
    ["a pattern", z.string().regex(/^\d{4}$/), "20x3"],
    ["a multiple", z.number().multipleOf(5), 7],
    ["a union", z.union([z.string(), z.number()]), true],
    ["a record's key", z.record(z.string().regex(/^\d+$/), z.number()), { x: 1 }],
    ["a custom message", z.string().regex(/^[A-Z]$/, { message: 'must look like "ITU-R"' }), "x"],
  ];

  it.each(cases)("%s: says in English exactly what zod says", (_, schema, json) => {
    for (const [said, zods] of both(schema, json)) expect(said).toBe(zods);
  });

  it.each(cases)("%s: comes from the catalogs in the pseudo-locale", (_, schema, json) => {
    const parsed = schema.safeParse(json);
    if (parsed.success) throw new Error("expected the schema to refuse the input");
    for (const issue of parsed.error.issues)
      expect(isPseudoLocalised(render(translatorFor("qps-ploc"), zodIssueSaid(issue, json)))).toBe(
        true
      );
  });
});
