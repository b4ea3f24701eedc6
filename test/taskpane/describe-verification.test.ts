import ExcelJS from "exceljs";
import { MemoryXlsxIo, writeXlsx, XlsxBytesPort } from "../../src/adapters/xlsx";
import { submitWorkbook, verifySubmission } from "../../src/app";
import { buildReportingWorkbook, parseEntriesFile } from "../../src/core/layout";
import { describeStamp } from "../../src/taskpane/describe-stamp";
import { describeVerification } from "../../src/taskpane/describe-verification";
import { CLEAN_VALUES } from "../support/fill";
import { makePlan } from "../support/make-plan";

const plan = makePlan();
const NOW = new Date("2021-07-01T09:00:00.000Z");

/** The test plan's clean workbook submitted by "A. Officer", as bytes, through the pane's memory port. */
const submitted = async (): Promise<Uint8Array> => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  const io = new MemoryXlsxIo(
    "a.xlsx",
    await writeXlsx(
      buildReportingWorkbook(plan, {
        sectors: ["A"],
        period: 2021,
        createdAt: "2021-06-30T12:00:00.000Z",
        generator: "test",
        entries: parsed.value.entries,
      })
    )
  );
  const port = new XlsxBytesPort(io);
  const result = await submitWorkbook(port, port, () => plan, {
    preparer: "A. Officer",
    now: NOW,
    generator: "test",
  });
  if (!result.ok || !result.value.submitted || !io.written) throw new Error("not submitted");
  return io.written;
};

const verify = async (bytes: Uint8Array) => {
  const result = await verifySubmission(
    new XlsxBytesPort(new MemoryXlsxIo("a-submission.xlsx", bytes)),
    () => plan
  );
  if (!result.ok) throw new Error(result.errors.join());
  return result.value;
};

describe("what the pane says about a submission", () => {
  it("lists the stamp: plan, sectors, year, preparer, time, validation and the hash", async () => {
    const v = await verify(await submitted());
    const rows = describeStamp(v.stamp);
    expect(rows.map(([label]) => label)).toEqual([
      "Plan",
      "Sectors",
      "Reporting year",
      "Preparer",
      "Stamped",
      "Validation",
      "SHA-256 of the content",
      "Cells covered",
    ]);
    expect(rows).toContainEqual(["Preparer", "A. Officer"]);
    expect(rows).toContainEqual(["Stamped", "2021-07-01T09:00:00.000Z"]);
    expect(rows).toContainEqual(["Reporting year", "2021"]);
    expect(rows.find(([label]) => label === "SHA-256 of the content")?.[1]).toMatch(
      /^[0-9a-f]{64}$/
    );
    expect(rows.find(([label]) => label === "Validation")?.[1]).toMatch(
      /^0 errors, \d+ warnings?, \d+ notes?$/
    );
  });

  it("says an untouched submission is unchanged, naming who stamped it when, with no changes listed", async () => {
    const d = describeVerification("a-submission.xlsx", await verify(await submitted()));
    expect(d.unchanged).toBe(true);
    expect(d.changes).toEqual([]);
    expect(d.sentence).toMatch(
      /^a-submission\.xlsx is unchanged since it was stamped 2021-07-01T09:00:00\.000Z by A\. Officer \(plan test-2020-2023, reporting year 2021, sectors A; SHA-256 [0-9a-f]{64}\)\.$/
    );
  });

  it("lists a changed value with its cell, row, column, old and new value, and says what to do", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await submitted()) as unknown as ExcelJS.Buffer);
    const kpis = wb.getWorksheet("A KPIs") as ExcelJS.Worksheet;
    const old = kpis.getCell("N2").value;
    kpis.getCell("N2").value = 999;
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const d = describeVerification("a-submission.xlsx", await verify(edited));
    expect(d.unchanged).toBe(false);
    expect(d.sentence).toBe(
      "a-submission.xlsx has CHANGED since it was stamped 2021-07-01T09:00:00.000Z by A. Officer: 1 cell differs from what was stamped. Ask the sector for a fresh submission, or submit again after checking the changes."
    );
    expect(d.changes).toEqual([
      {
        place: "A KPIs!N2",
        detail: `A.kpi.1.1, Actual 2021: ${String(old)} → 999`,
        sheet: "A KPIs",
        cell: "N2",
      },
    ]);
  });
});
