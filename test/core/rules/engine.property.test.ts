import fc from "fast-check";
import { parseReport } from "../../../src/core/report";
import { RULES, runRules, STRUCTURE_RULES, ruleContext } from "../../../src/core/rules";
import type { CellData } from "../../../src/core/snapshot";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();

const cellData: fc.Arbitrary<CellData> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "12%",
    "n/a",
    "1,000",
    "Yes",
    "no",
    "Completed",
    "X",
    "x",
    " ",
    "=SUM(A1)",
    "<script>alert(1)</script>",
    "مرحبا",
    "进展"
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constantFrom<CellData>(
    { error: "#DIV/0!" },
    { error: "#REF!" },
    { error: "#N/A" },
    { date: "2021-03-31" }
  )
);

/** Any cell of the sector tables: every sheet's columns A-Y, rows 1-9 (headers included). */
const anyAddress = fc
  .tuple(
    fc.constantFrom(
      "A Objectives",
      "A Outputs",
      "A Results",
      "A KPIs",
      "B Objectives",
      "B Outputs",
      "B KPIs",
      "Goals"
    ),
    fc.integer({ min: 0, max: 24 }),
    fc.integer({ min: 1, max: 9 })
  )
  .map(([sheet, col, row]) => `${sheet}!${String.fromCharCode(65 + col)}${row}`);

const run = (edits: SnapshotEdits) => {
  const parsed = parseReport(cleanSnapshot(edits), () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return [...parsed.findings, ...runRules(parsed.report, ruleContext(parsed.report, plan))];
};

describe("the validation engine", () => {
  it("never throws, whatever the cells hold", () => {
    fc.assert(
      fc.property(fc.dictionary(anyAddress, cellData, { maxKeys: 12 }), (edits) => {
        const findings = run(edits);
        for (const f of findings) {
          const registered = [...RULES, ...STRUCTURE_RULES].find((r) => r.id === f.rule);
          expect([f.rule, f.severity]).toEqual([f.rule, registered?.severity]);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 }
    );
  });

  // Each fault kind: where it can be put (a cell of a KPI row) and the rule that must report it there.
  // Baseline, then each year's target and actual (each year's Assessment, L, O, R and U, is no value cell).
  const VALUE_CELLS = ["I", "J", "K", "M", "N", "P", "Q", "S", "T"];
  const faults = [
    {
      rule: "value-not-number",
      rows: [2, 3, 4],
      cols: VALUE_CELLS,
      value: fc.constantFrom<CellData>("12%", "n/a", "1,000", "about 5", true, {
        date: "2021-01-01",
      }),
    },
    {
      rule: "formula-error",
      rows: [2, 3, 4, 5, 6, 7],
      cols: VALUE_CELLS,
      value: fc.constantFrom<CellData>(
        { error: "#DIV/0!" },
        { error: "#REF!" },
        { error: "#VALUE!" }
      ),
    },
    {
      rule: "percentage-out-of-range",
      rows: [4],
      cols: VALUE_CELLS,
      value: fc.oneof(
        fc.double({ min: 100.001, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: -0.001, noNaN: true })
      ),
    },
    {
      rule: "negative-count",
      rows: [2],
      cols: VALUE_CELLS,
      value: fc.integer({ min: -1e6, max: -1 }),
    },
    {
      rule: "value-not-in-list",
      rows: [5, 6],
      cols: VALUE_CELLS,
      value: fc
        .string({ minLength: 1, maxLength: 12 })
        .filter(
          (s) =>
            s.trim() !== "" &&
            !["yes", "no", "not started", "in progress", "completed"].includes(
              s.trim().toLowerCase()
            )
        ),
    },
  ] as const;

  it("reports every injected fault at the cell it was put in", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...faults).chain((fault) =>
          fc.record({
            rule: fc.constant(fault.rule),
            row: fc.constantFrom(...fault.rows),
            col: fc.constantFrom(...fault.cols),
            value: fault.value as fc.Arbitrary<CellData>,
          })
        ),
        ({ rule, row, col, value }) => {
          const cell = `${col}${row}`;
          const findings = run({ [`A KPIs!${cell}`]: value });
          expect(
            findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`)
          ).toContain(`A KPIs!${cell}`);
        }
      ),
      { numRuns: 300 }
    );
  });
});
