import { message } from "../../../src/core/i18n";
import ExcelJS from "exceljs";
import { MemoryXlsxIo, WorkbookReadError, XlsxBytesPort } from "../../../src/adapters/xlsx";
import { insertWorkbook, validateWorkbook } from "../../../src/app";
import { FINDINGS_SHEET } from "../../../src/core/format";
import { makePlan } from "../../support/make-plan";

const plan = makePlan();
const NOW = new Date("2021-06-30T12:00:00Z");

const readBack = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
};

/** A new reporting workbook for the test plan, as bytes, written through a memory port. */
const newWorkbook = async (): Promise<Uint8Array> => {
  const io = new MemoryXlsxIo("new.xlsx");
  const made = await insertWorkbook(new XlsxBytesPort(io), plan, {
    sectors: ["a"],
    period: 2021,
    now: NOW,
    generator: "test",
  });
  expect(made.ok).toBe(true);
  if (!io.written) throw new Error("nothing written");
  return io.written;
};

describe("the .xlsx port over bytes in memory (the task pane's file mode)", () => {
  it("writes a new workbook as bytes that ExcelJS reads back", async () => {
    const wb = await readBack(await newWorkbook());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(["Instructions", "Goals", "A KPIs"])
    );
    expect(wb.worksheets.map((ws) => ws.name)).not.toContain("B KPIs");
  });

  it("validates picked bytes and writes a checked copy, leaving the picked bytes as they were", async () => {
    const picked = await newWorkbook();
    const before = Uint8Array.from(picked);
    const io = new MemoryXlsxIo("picked.xlsx", picked);
    const outcome = await validateWorkbook(new XlsxBytesPort(io), () => plan, {
      mark: true,
      now: NOW,
    });
    if (!outcome.ok) throw new Error(outcome.errors.join("; "));
    expect(outcome.value.findings.length).toBeGreaterThan(0);
    expect(picked).toEqual(before);
    if (!io.written) throw new Error("no checked copy");
    const checked = await readBack(io.written);
    const sheet = checked.getWorksheet(FINDINGS_SHEET);
    expect(sheet?.rowCount).toBeGreaterThan(outcome.value.findings.length);
  });

  it("names the picked file when its bytes are no workbook", async () => {
    const io = new MemoryXlsxIo("notes.xlsx", new TextEncoder().encode("just some text"));
    await expect(new XlsxBytesPort(io).readSnapshot()).rejects.toThrow(
      new WorkbookReadError("notes.xlsx", message("error.xlsx.notZip"))
    );
  });
});
