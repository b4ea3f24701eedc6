import { buildAnnexSheets } from "../../../src/core/annex";
import {
  buildReportingWorkbook,
  isFormula,
  KpiEntry,
  WorkbookSpec,
} from "../../../src/core/layout";
import { buildGoalMatrix, buildMatrixSheets } from "../../../src/core/matrix";
import { parseReport } from "../../../src/core/report";
import type { CellData, Snapshot } from "../../../src/core/snapshot";
import {
  buildStampSheets,
  canonicalCells,
  canonicalText,
  makeStamp,
  readStamp,
  textHash,
  verifyStamp,
} from "../../../src/core/submission";
import { CLEAN_VALUES } from "../../support/fill";
import { makePlan } from "../../support/make-plan";
import { snapshotOfSpec } from "../../support/spec-snapshot";

const plan = makePlan();
// The reporting workbook as the format lays it out: every table, every column, from the code that writes it.
const base = buildReportingWorkbook(plan, {
  sectors: plan.sectors.map((s) => s.id),
  period: 2021,
  createdAt: "2021-06-30T12:00:00Z",
  generator: "test",
  entries: new Map(Object.entries(CLEAN_VALUES.entries).map(([id, e]) => [id, e as KpiEntry])),
});

const columnLetters = (n: number): string => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** A value other than the cell's, of the kind an officer might type. */
const otherValue = (value: unknown): CellData =>
  typeof value === "number"
    ? value + 1
    : typeof value === "string" && value !== ""
      ? `${value} (edited)`
      : "edited";

interface ColumnEdit {
  readonly table: string;
  readonly header: string;
  readonly sheet: string;
  readonly cell: string;
  readonly value: CellData;
}

/** One edit per column of every table of the workbook: the column's first row that holds something, or its first row. */
const editsOf = (spec: WorkbookSpec): ColumnEdit[] =>
  spec.sheets.flatMap((sheet) =>
    sheet.tables.flatMap((table) =>
      table.columns.map((column, c) => {
        const rows = table.rows.map((r) => r[c]);
        const r = Math.max(
          0,
          rows.findIndex((v) => v !== null && v !== "" && !isFormula(v))
        );
        const current = rows[r];
        return {
          table: table.name,
          header: column.header,
          sheet: sheet.name,
          cell: `${columnLetters(c + 1)}${r + 2}`,
          value: otherValue(isFormula(current) ? null : current),
        };
      })
    )
  );

/** What reaches the Council from a workbook: its matrix and annex sheets, or "refused" where it no longer reads. */
const outputs = (snapshot: Snapshot): string => {
  const parsed = parseReport(snapshot, () => plan);
  if (!parsed.ok) return "refused";
  return JSON.stringify([
    buildMatrixSheets(buildGoalMatrix(parsed.report), plan),
    buildAnnexSheets(parsed.report, plan, { generatedAt: "2021-07-01T00:00:00Z" }),
  ]);
};

describe("the submission stamp", () => {
  let submitted: WorkbookSpec;
  beforeAll(async () => {
    const snapshot = snapshotOfSpec(base);
    const parsed = parseReport(snapshot, () => plan);
    if (!parsed.ok) throw new Error(parsed.message);
    const cells = canonicalCells(snapshot, parsed.report.meta);
    const text = canonicalText(cells);
    const stamp = makeStamp(
      parsed.report.meta,
      { cells: cells.length, hash: await textHash(text) },
      {
        preparer: "A. Officer",
        stampedAt: "2021-07-01T09:00:00.000Z",
        generator: "test",
        summary: { errors: 0, warnings: 0, info: 0 },
      }
    );
    submitted = { ...base, sheets: [...base.sheets, ...buildStampSheets(stamp, text)] };
  });

  const edits = editsOf(base);

  it("is tried on every column of every table the format declares", () => {
    expect(new Set(edits.map((e) => e.table)).size).toBe(
      base.sheets.flatMap((s) => s.tables).length
    );
    expect(edits.length).toBe(
      base.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns)).length
    );
  });

  it.each(edits.map((e) => [`${e.table} / ${e.header} (${e.sheet}!${e.cell})`, e] as const))(
    "names an edit of %s, or the edit reaches nothing the Council receives",
    async (_, edit) => {
      const before = snapshotOfSpec(submitted);
      const after = snapshotOfSpec(submitted, { [`${edit.sheet}!${edit.cell}`]: edit.value });
      const parsed = parseReport(after, () => plan);
      const stamped = readStamp(after);
      if (!stamped.ok) throw new Error(stamped.errors.join());
      const named =
        parsed.ok &&
        (await verifyStamp(after, parsed.report.meta, stamped.value)).changes.some(
          (c) =>
            (c.at?.sheet === edit.sheet && c.at.cell === edit.cell) ||
            (c.at === null && edit.table === "KPI_Meta")
        );
      // Not named: then nothing the Council receives may change (or no command reads the workbook at all).
      if (!named) expect([outputs(before), "refused"]).toContain(outputs(after));
    }
  );
});
