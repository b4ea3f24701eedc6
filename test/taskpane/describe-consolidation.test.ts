import { MemoryXlsxIo, writeXlsx, XlsxBytesPort } from "../../src/adapters/xlsx";
import { consolidateSubmissions, submitWorkbook } from "../../src/app";
import { buildReportingWorkbook, parseEntriesFile } from "../../src/core/layout";
import {
  councilFileName,
  describeConsolidation,
  describeRefusal,
} from "../../src/taskpane/describe-consolidation";
import { CLEAN_VALUES } from "../support/fill";
import { makePlan } from "../support/make-plan";

const plan = makePlan();
const NOW = new Date("2021-07-01T09:00:00.000Z");

/** Sector A's clean workbook, as bytes: stamped by its preparer, or as it was before submitting. */
const sectorA = async (stamped: boolean): Promise<Uint8Array> => {
  const parsed = parseEntriesFile("values.json", JSON.stringify(CLEAN_VALUES));
  if (!parsed.ok) throw new Error("values");
  const bytes = await writeXlsx(
    buildReportingWorkbook(plan, {
      sectors: ["A"],
      period: 2021,
      createdAt: "2021-06-30T12:00:00.000Z",
      generator: "test",
      entries: parsed.value.entries,
    })
  );
  if (!stamped) return bytes;
  const io = new MemoryXlsxIo("a.xlsx", bytes);
  const port = new XlsxBytesPort(io);
  const result = await submitWorkbook(port, port, () => plan, {
    preparer: "A. Officer",
    now: NOW,
    generator: "test",
  });
  if (!result.ok || !result.value.submitted || !io.written) throw new Error("not submitted");
  return io.written;
};

const consolidate = async (name: string, bytes: Uint8Array, allowUnverified = false) =>
  consolidateSubmissions(
    [{ name, port: new XlsxBytesPort(new MemoryXlsxIo(name, bytes)) }],
    new XlsxBytesPort(new MemoryXlsxIo("council.xlsx")),
    () => plan,
    {
      preferNewer: false,
      allowUnverified,
      preparer: "Council secretariat",
      now: NOW,
      generator: "test",
    }
  );

describe("what the pane says about a consolidation", () => {
  it("names the Council workbook, its stamp, and where each sector comes from", async () => {
    const result = await consolidate("a-submission.xlsx", await sectorA(true));
    if (!result.ok) throw new Error(describeRefusal(result.errors));
    expect(councilFileName(result.value)).toBe("test-2020-2023-2021-council.xlsx");
    const d = describeConsolidation(result.value);
    expect(d.sentence).toMatch(
      /^Consolidated 1 sector of plan test-2020-2023, reporting year 2021, into test-2020-2023-2021-council\.xlsx, stamped \(SHA-256 [0-9a-f]{64}\)\.$/
    );
    expect(d.lines).toEqual(["A: from a-submission.xlsx, verified"]);
  });

  it("marks a sector taken from an unstamped file when that is allowed", async () => {
    const result = await consolidate("a.xlsx", await sectorA(false), true);
    if (!result.ok) throw new Error(describeRefusal(result.errors));
    const d = describeConsolidation(result.value);
    expect(d.sentence).toMatch(
      / 1 comes from a file that did not verify, marked in the workbook\.$/
    );
    expect(d.lines).toEqual(["A: from a.xlsx, NOT VERIFIED: no readable stamp"]);
  });

  it("refuses an unstamped file, naming the option that would include it, and says nothing was written", async () => {
    const result = await consolidate("a.xlsx", await sectorA(false));
    if (result.ok) throw new Error("consolidated an unstamped file");
    expect(describeRefusal(result.errors)).toMatch(
      /^a\.xlsx: .+ \(tick “Include unstamped or changed files” to include it, marked as not verified\)\. Nothing was written\.$/
    );
  });
});
