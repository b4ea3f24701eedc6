import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { loadPlan, parsePlanFile } from "../../../src/core/plan";
import { loadPlanQuick, parsePlanFileQuick } from "../../../src/core/plan/quick";
import { englishPlanFileSchema } from "../../../src/core/plan/plan-schema";
import englishPlanShape from "../../../src/core/plan/english-plan-shape.json";
import { makePlanFile } from "../../support/make-plan";

const ROOT = join(__dirname, "..", "..", "..");
const bundled = (id: string): string => readFileSync(join(ROOT, "plan-data", `${id}.json`), "utf8");

/** The test plan with every optional part a plan file may give. */
const fullPlanFile = (): Record<string, unknown> =>
  makePlanFile({
    reporting: {
      statusBands: { met: 1, onTrack: 0.75 },
      milestoneStages: ["Planned", "Begun", "Done"],
      jumpThreshold: 2,
    },
    notes: [
      { sector: "A", objective: "A.obj.1", text: "Table X.1 lists no output." },
      { text: "A note." },
    ],
    document: { symbol: "C11/35", title: "Annex", paperSize: "Letter" },
    resources: {
      currency: "CHF",
      overspendTolerance: 0.05,
      envelopes: [{ sector: "A", year: 2021, amount: 1000 }],
    },
  });

/** The same result, down to the order of every object's keys (what `plans --json --notes` prints). */
const expectSame = (quick: unknown, full: unknown): void => {
  expect(quick).toStrictEqual(full);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(full));
};

describe("plan files read without zod (core/plan/quick)", () => {
  it("holds english-plan-shape.json to what zod makes of the English plan schema", () => {
    // After a change to plan-schema.ts, write the file anew with:
    //   node -e 'const {z}=require("zod"),{englishPlanFileSchema:s}=require("./dist/core/plan/plan-schema.js");require("fs").writeFileSync("src/core/plan/english-plan-shape.json",JSON.stringify(z.toJSONSchema(s,{target:"draft-2020-12"}),null,2)+"\n")'
    // (after npm run build:cli)
    expect(englishPlanShape).toEqual(
      z.toJSONSchema(englishPlanFileSchema, { target: "draft-2020-12" })
    );
  });

  it.each(["itu-2012-2015", "itu-2008-2011"])(
    "reads the bundled plan %s as parsePlanFile does",
    (id) => {
      const quick = parsePlanFileQuick(`plan-data/${id}.json`, bundled(id));
      expect(quick?.ok).toBe(true);
      expectSame(quick, parsePlanFile(`plan-data/${id}.json`, bundled(id)));
    }
  );

  it("reads every optional part, keys in any order, as loadPlan does", () => {
    const file = fullPlanFile();
    const reversed = JSON.parse(
      JSON.stringify(file, (_, v: unknown) =>
        typeof v === "object" && v !== null && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v
      )
    ) as unknown;
    for (const json of [file, reversed]) {
      const quick = loadPlanQuick(json);
      expect(quick?.ok).toBe(true);
      expectSame(quick, loadPlan(json));
    }
  });

  it("gives loadPlan's own errors for a file that fits the schema but not its references", () => {
    const file = fullPlanFile();
    const json = { ...file, notes: [{ sector: "Z", text: "A note on no sector." }] };
    const quick = loadPlanQuick(json);
    expect(quick?.ok).toBe(false);
    expectSame(quick, loadPlan(json));
  });

  it("leaves to zod a file the schema refuses, and one with texts in several languages", () => {
    expect(loadPlanQuick(makePlanFile({ period: { start: 2020, end: "2023" } }))).toBeUndefined();
    expect(loadPlanQuick(makePlanFile({ extra: 1 }))).toBeUndefined();
    expect(loadPlanQuick(makePlanFile({ title: "" }))).toBeUndefined();
    expect(loadPlanQuick(makePlanFile({ title: { en: "Plan", fr: "Plan" } }))).toBeUndefined();
    expect(parsePlanFileQuick("x.json", "{ not json")).toEqual(
      parsePlanFile("x.json", "{ not json")
    );
  });

  it("never accepts what zod refuses, nor reads a file otherwise (random edits of a plan file)", () => {
    /** Every path of a JSON value, objects' keys and arrays' indexes. */
    const paths = (json: unknown, at: (string | number)[] = []): (string | number)[][] =>
      typeof json === "object" && json !== null
        ? [
            at,
            ...(Array.isArray(json)
              ? json.flatMap((v, i) => paths(v, [...at, i]))
              : Object.entries(json).flatMap(([k, v]) => paths(v, [...at, k]))),
          ]
        : [at];
    const base = fullPlanFile();
    const all = paths(base);
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom("", "x", "A.obj.1", "goal.A", "1.0.0", " ", "A4", "CHF", "chf", "\u{1F600}"),
      fc.constantFrom(0, -0, 1, -1, 0.5, 1900, 2200, 2201, 2 ** 53, 1e308, null, true, false),
      fc.constant([]),
      fc.constant({})
    );
    const edit = fc.record({
      path: fc.constantFrom(...all),
      how: fc.constantFrom("replace", "delete", "add-key", "append"),
      value: replacement,
      key: fc.constantFrom("extra", "id", "text", "en", "__proto__", "$schema"),
    });
    let read = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const json = structuredClone(base) as unknown;
        for (const { path, how, key, ...edit } of edits) {
          // A copy: fast-check hands the same object to several runs (fc.constant({})), and an edit may add a key
          // to the object an earlier edit inserted; sharing it would make a cycle no plan file can hold.
          const value = structuredClone(edit.value);
          const parent = path
            .slice(0, -1)
            .reduce<unknown>(
              (v, k) =>
                typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined,
              json
            );
          const last = path[path.length - 1];
          if (typeof parent !== "object" || parent === null || last === undefined) continue;
          const target = (parent as Record<string | number, unknown>)[last];
          if (how === "replace") (parent as Record<string | number, unknown>)[last] = value;
          else if (how === "delete") {
            if (Array.isArray(parent)) parent.splice(Number(last), 1);
            else delete (parent as Record<string, unknown>)[last];
          } else if (how === "append" && Array.isArray(target)) target.push(value);
          else if (typeof target === "object" && target !== null && !Array.isArray(target))
            Object.defineProperty(target, key, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        const reparsed = JSON.parse(JSON.stringify(json)) as unknown;
        const quick = loadPlanQuick(reparsed);
        if (quick !== undefined) {
          read++;
          expectSame(quick, loadPlan(reparsed));
        }
      }),
      { numRuns: 600 }
    );
    // Edits that keep the file valid (an optional part deleted, a key moved, a text changed) are read quickly too.
    expect(read).toBeGreaterThan(20);
  });
});
