import { buildReportingWorkbook, KpiEntry } from "../../../src/core/layout";
import { parseReport } from "../../../src/core/report";
import { runRules, ruleContext } from "../../../src/core/rules";
import type { Snapshot, SnapshotTable } from "../../../src/core/snapshot";
import { CLEAN_VALUES } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { snapshotOfSpec } from "../../support/spec-snapshot";

const plan = makePlan();
const spec = buildReportingWorkbook(plan, {
  sectors: ["A"],
  period: 2021,
  createdAt: "2021-06-30T12:00:00Z",
  generator: "test",
  entries: new Map(Object.entries(CLEAN_VALUES.entries).map(([id, e]) => [id, e as KpiEntry])),
});

/** Every finding, parse and rules, as "rule sheet!cell". */
const findings = (snapshot: Snapshot): string[] => {
  const parsed = parseReport(snapshot, () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return [
    ...parsed.findings,
    ...runRules(parsed.report, { ...ruleContext(parsed.report, plan), period: 2021 }),
  ]
    .map((f) => `${f.rule} ${f.sheet}!${f.cell ?? "-"}`)
    .sort();
};

/** The snapshot with the KPI table changed: a column removed, or one added at the end. */
const withKpiTable = (edit: (t: SnapshotTable) => SnapshotTable): Snapshot => {
  const snapshot = snapshotOfSpec(spec);
  return { ...snapshot, tables: snapshot.tables.map((t) => (t.name === "A_KPIs" ? edit(t) : t)) };
};
const letter = (i: number): string => String.fromCharCode(65 + i);
const addColumn =
  (header: string, copyOf?: string) =>
  (t: SnapshotTable): SnapshotTable => {
    const from = copyOf === undefined ? -1 : t.headers.indexOf(copyOf);
    const col = letter(t.headers.length);
    return {
      ...t,
      headers: [...t.headers, header],
      headerAddresses: [...t.headerAddresses, `${col}1`],
      rows: t.rows.map((row, r) => [
        ...row,
        {
          sheet: t.sheet,
          cell: `${col}${r + 2}`,
          value: from >= 0 ? (row[from]?.value ?? null) : null,
        },
      ]),
    };
  };

const clean = findings(snapshotOfSpec(spec));

describe("the KPI table's year columns", () => {
  it("give one column-missing at the header of a renamed reporting-year column, and no finding per row", () => {
    // N1 is "Actual 2021", the reporting year's actuals.
    const renamed = findings(snapshotOfSpec(spec, { "A KPIs!N1": "Actual 2021 (provisional)" }));
    expect(renamed).toEqual([...clean, "column-missing A KPIs!N1"].sort());
  });

  it("give one column-missing for a deleted year column", () => {
    const deleted = findings(
      withKpiTable((t) => {
        const i = t.headers.indexOf("Target 2021");
        return {
          ...t,
          headers: t.headers.filter((_, j) => j !== i),
          headerAddresses: t.headerAddresses.filter((_, j) => j !== i),
          rows: t.rows.map((row) => row.filter((_, j) => j !== i)),
        };
      })
    );
    expect(deleted.filter((f) => !clean.includes(f))).toEqual(["column-missing A KPIs!A1"]);
    expect(deleted.filter((f) => f.startsWith("actual-missing") || f.includes("!-"))).toEqual(
      clean.filter((f) => f.startsWith("actual-missing") || f.includes("!-"))
    );
  });

  it("give one column-duplicate at the second header of a repeated year column", () => {
    const repeated = findings(withKpiTable(addColumn("Actual 2021", "Actual 2021")));
    expect(repeated.filter((f) => !clean.includes(f))).toEqual(["column-duplicate A KPIs!Z1"]);
  });

  it.each([
    ["an Actual column", ["Actual 2024"]],
    ["a Target and an Actual column", ["Target 2024", "Actual 2024"]],
  ])("give exactly one finding for %s of a year outside the plan", (_, headers) => {
    const extra = findings(
      withKpiTable((t) => headers.reduce((table, h) => addColumn(h, "Actual 2021")(table), t))
    );
    expect(extra.filter((f) => !clean.includes(f))).toEqual(["year-out-of-period A KPIs!Z1"]);
  });
});
