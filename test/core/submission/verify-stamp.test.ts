import { message, render, translatorFor } from "../../../src/core/i18n";
import {
  buildReportingWorkbook,
  KpiEntries,
  KpiEntry,
  WorkbookSpec,
} from "../../../src/core/layout";
import { parseReport, Report } from "../../../src/core/report";
import type { Snapshot } from "../../../src/core/snapshot";
import {
  buildStampSheets,
  canonicalCells,
  canonicalText,
  changePlace,
  describeValue,
  makeStamp,
  readStamp,
  recordedCells,
  StampedContent,
  STAMP_PART_CHARS,
  stampParts,
  textHash,
  Verification,
  verifyStamp,
} from "../../../src/core/submission";
import { CLEAN_VALUES } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { snapshotOfSpec, SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const base = buildReportingWorkbook(plan, {
  sectors: ["A"],
  period: 2021,
  createdAt: "2021-06-30T12:00:00Z",
  generator: "test",
  entries: new Map(
    Object.entries(CLEAN_VALUES.entries).map(([id, e]) => [id, e as KpiEntry])
  ) as KpiEntries,
});
const reportOf = (snapshot: Snapshot): Report => {
  const parsed = parseReport(snapshot, () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
};
const baseSnapshot = snapshotOfSpec(base);
const original = reportOf(baseSnapshot);
const cells = canonicalCells(baseSnapshot, original.meta);
const text = canonicalText(cells);
let stamp: Awaited<ReturnType<typeof makeStamp>>;
let submitted: WorkbookSpec;
beforeAll(async () => {
  stamp = makeStamp(
    original.meta,
    { cells: cells.length, hash: await textHash(text) },
    {
      preparer: "A. Officer",
      stampedAt: "2021-07-01T09:00:00.000Z",
      generator: "test",
      summary: { errors: 0, warnings: 2, info: 0 },
    }
  );
  submitted = { ...base, sheets: [...base.sheets, ...buildStampSheets(stamp, text)] };
});
const read = (
  edits: SnapshotEdits = {}
): { snapshot: Snapshot; report: Report; stamped: StampedContent } => {
  const snapshot = snapshotOfSpec(submitted, edits);
  const stamped = readStamp(snapshot);
  if (!stamped.ok) throw new Error(stamped.errors.join());
  return { snapshot, report: reportOf(snapshot), stamped: stamped.value };
};
const verify = (edits: SnapshotEdits = {}): Promise<Verification> => {
  const { snapshot, report, stamped } = read(edits);
  return verifyStamp(snapshot, report.meta, stamped);
};

describe("the stamp sheets", () => {
  it("give back the stamp and its cells as written", () => {
    const { stamped } = read();
    expect(stamped.stamp).toEqual(stamp);
    expect(stamped.text).toBe(text);
    const plain = ({ table, row, column, value }: (typeof cells)[number]): unknown[] => [
      table,
      row,
      column,
      value,
    ];
    expect(recordedCells(stamped.text).map(plain).sort()).toEqual(cells.map(plain).sort());
  });

  it("record the canonical text in parts a cell can hold, cut where no program trims", () => {
    const long = `["A KPIs","A.kpi.1.1","Evidence / comment","${"word ".repeat(20_000)}"]\n`
      .repeat(3)
      .slice(0, -1);
    const parts = stampParts(long);
    expect(parts.join("")).toBe(long);
    expect(parts.length).toBeGreaterThan(long.length / STAMP_PART_CHARS);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(STAMP_PART_CHARS);
      expect(part).toBe(part.trim());
    }
    expect(stampParts("short")).toEqual(["short"]);
  });

  it("show a person the plan, year, preparer, summary and hash", () => {
    const sheet = submitted.sheets.find((s) => s.name === "Submission");
    expect(sheet?.visibility).toBe("visible");
    expect(sheet?.protect).toBe(true);
    const rows = sheet?.tables[0]?.rows.map((r) => [r[0], r[1]]) ?? [];
    expect(rows).toContainEqual(["planId", "test-2020-2023"]);
    expect(rows).toContainEqual(["period", 2021]);
    expect(rows).toContainEqual(["preparer", "A. Officer"]);
    expect(rows).toContainEqual(["warnings", 2]);
    expect(rows).toContainEqual(["contentHash", stamp.contentHash]);
    expect(submitted.sheets.find((s) => s.name === "_kpi_stamp")?.visibility).toBe("veryHidden");
  });

  it("are refused, with the reason, where there is no stamp", () => {
    const result = readStamp(snapshotOfSpec(base));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(render(translatorFor("en"), result.errors[0] ?? message("error.plans.none"))).toMatch(
        /^has no submission stamp/
      );
  });
});

describe("verifyStamp", () => {
  it("finds an unchanged workbook unchanged", async () => {
    const v = await verify();
    expect(v.unchanged).toBe(true);
    expect(v.changes).toEqual([]);
    expect(v.currentHash).toBe(v.stamp.contentHash);
    expect(v.stamp).toMatchObject({
      stampedAt: "2021-07-01T09:00:00.000Z",
      preparer: "A. Officer",
    });
  });

  it("names each changed cell with its sheet, row, column, old and new value", async () => {
    const v = await verify({
      "A KPIs!N2": 130,
      "A Outputs!E2": "X",
      "A KPIs!Y2": null,
    });
    expect(v.unchanged).toBe(false);
    expect(v.cellsIntact).toBe(true);
    expect(
      v.changes.map((c) =>
        [changePlace(c), c.row, c.column, describeValue(c.old), describeValue(c.new)].join("  ")
      )
    ).toEqual([
      'A Outputs!E2  A.out.1  Objective 2  (empty)  "X"',
      "A KPIs!N2  A.kpi.1.1  Actual 2021  121  130",
      'A KPIs!Y2  A.kpi.1.1  Evidence / comment  "Registration system"  (empty)',
    ]);
  });

  it("names a row that is gone", async () => {
    const snapshot = snapshotOfSpec(submitted);
    const stamped = readStamp(snapshot);
    if (!stamped.ok) throw new Error("no stamp");
    const withoutRow: Snapshot = {
      ...snapshot,
      tables: snapshot.tables.map((t) =>
        t.name === "A_KPIs" ? { ...t, rows: t.rows.slice(1) } : t
      ),
    };
    const v = await verifyStamp(withoutRow, reportOf(withoutRow).meta, stamped.value);
    // Every column of the row but the computed Progress and Status (19, and an Assessment per year of four).
    expect(v.changes.filter((c) => c.row === "A.kpi.1.1" && c.new === undefined)).toHaveLength(23);
  });

  it("does not trust old values when the hidden record was edited too", async () => {
    const v = await verify({
      "A KPIs!M2": 130,
      "_kpi_stamp!B2": text.replace('"Actual 2021",121]', '"Actual 2021",130]'),
    });
    expect(v.unchanged).toBe(false);
    expect(v.cellsIntact).toBe(false);
  });

  it("reports a stamp whose plan or year was typed over", async () => {
    const v = await verify({ "Submission!B8": 2022 });
    expect(v.unchanged).toBe(false);
    expect(v.changes).toEqual([
      { table: "Submission", row: "stamp", column: "period", at: null, old: 2022, new: 2021 },
    ]);
  });
});
