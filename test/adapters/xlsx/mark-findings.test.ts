import ExcelJS from "exceljs";
import { MemoryXlsxIo, writeXlsx, XlsxBytesPort } from "../../../src/adapters/xlsx";
import { clearFindings, validateWorkbook } from "../../../src/app";
import { FINDINGS_SHEET } from "../../../src/core/format";
import { makePlan } from "../../support/make-plan";
import { reportingSpec } from "../../support/office-port";

const NOW = new Date("2021-06-30T12:00:00Z");
const plan = makePlan();

interface ConditionalFormats {
  conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
}

const readBack = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
};

/**
 * A cell's value as a reader sees it: a formula as its text and result, whether the file shares it down its
 * column or writes it out on each row (ExcelJS writes back what it was given either way).
 */
const shownValue = (cell: ExcelJS.Cell): unknown =>
  cell.type === ExcelJS.ValueType.Formula
    ? { formula: cell.formula, result: cell.result ?? null }
    : cell.value;

/** Everything a reader sees in a workbook: sheets, each cell's value and style, validations, conditional formats. */
const everything = (wb: ExcelJS.Workbook): unknown =>
  wb.worksheets.map((ws) => {
    const cells: [string, unknown, unknown][] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.push([cell.address, shownValue(cell), JSON.parse(JSON.stringify(cell.style))])
      )
    );
    return {
      name: ws.name,
      state: ws.state,
      cells,
      validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      // ExcelJS gives a data bar's link to its x14 extension a new random id each time it writes the file.
      conditionalFormats: JSON.parse(
        JSON.stringify(
          (ws as unknown as ConditionalFormats).conditionalFormattings,
          (key, value) => (key === "x14Id" ? undefined : (value as unknown))
        )
      ) as unknown,
      protection: (ws as unknown as { sheetProtection: unknown }).sheetProtection ?? null,
      columns: (ws.columns ?? []).map((c) => c.width),
    };
  });

/** The test plan's workbook with an officer's mistakes and the officer's own conditional format, as bytes. */
const filledWorkbook = async (): Promise<Uint8Array> => {
  const wb = await readBack(await writeXlsx(reportingSpec(plan, 2021)));
  const kpis = wb.getWorksheet("A KPIs") as ExcelJS.Worksheet;
  kpis.getCell("N2").value = "12%";
  kpis.getCell("N4").value = 120;
  (wb.getWorksheet("A Outputs") as ExcelJS.Worksheet).getCell("E3").value = "yes";
  kpis.addConditionalFormatting({
    ref: "I2:I7",
    rules: [
      {
        type: "expression",
        priority: 2,
        formulae: ["I2>100"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00B050" } } },
      },
    ],
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

/** Runs a use case over bytes and returns the bytes it wrote. */
const through = async (
  bytes: Uint8Array,
  use: (port: XlsxBytesPort) => Promise<unknown>
): Promise<Uint8Array> => {
  const io = new MemoryXlsxIo("report.xlsx", bytes);
  await use(new XlsxBytesPort(io));
  if (!io.written) throw new Error("nothing written");
  return io.written;
};

describe("clearing findings from an .xlsx workbook", () => {
  it("removes the highlights and the Validation sheet, and leaves every value and every other format as it was", async () => {
    const filled = await filledWorkbook();
    const checked = await through(filled, (port) =>
      validateWorkbook(port, () => plan, { mark: true, now: NOW })
    );
    const marked = await readBack(checked);
    expect(marked.getWorksheet(FINDINGS_SHEET)).toBeDefined();
    expect(
      (marked.getWorksheet("A KPIs") as unknown as ConditionalFormats).conditionalFormattings.map(
        (cf) => cf.ref
      )
    ).toEqual(expect.arrayContaining(["I2:I7", "N2"]));

    const cleared = await readBack(await through(checked, clearFindings));
    expect(cleared.getWorksheet(FINDINGS_SHEET)).toBeUndefined();
    expect(everything(cleared)).toEqual(everything(await readBack(filled)));
    expect(
      (cleared.getWorksheet("A KPIs") as unknown as ConditionalFormats).conditionalFormattings
    ).toEqual([expect.objectContaining({ ref: "I2:I7" })]);
    expect(cleared.getWorksheet("A KPIs")?.getCell("N2").value).toBe("12%");
  });

  it("changes nothing when cleared a second time, or when there was nothing to clear", async () => {
    const filled = await filledWorkbook();
    const checked = await through(filled, (port) =>
      validateWorkbook(port, () => plan, { mark: true, now: NOW })
    );
    const once = await through(checked, clearFindings);
    const twice = await through(once, clearFindings);
    expect(everything(await readBack(twice))).toEqual(everything(await readBack(once)));
    const never = await through(filled, clearFindings);
    expect(everything(await readBack(never))).toEqual(everything(await readBack(filled)));
  });

  it("opens on the first sheet once the Validation sheet it opened on is gone", async () => {
    const checked = await through(await filledWorkbook(), (port) =>
      validateWorkbook(port, () => plan, { mark: true, now: NOW })
    );
    const marked = await readBack(checked);
    expect(marked.views[0]?.activeTab).toBe(
      marked.worksheets.findIndex((ws) => ws.name === FINDINGS_SHEET)
    );
    const cleared = await readBack(await through(checked, clearFindings));
    expect(cleared.views[0]?.activeTab).toBe(0);
    expect(cleared.worksheets[0]?.name).toBe("Instructions");
  });
});

describe("writing the Validation sheet into an .xlsx workbook", () => {
  const names = (wb: ExcelJS.Workbook): string[] => wb.worksheets.map((ws) => ws.name);

  it("puts it after the last visible sheet, before the very hidden _kpi_meta, and opens on it", async () => {
    const checked = await readBack(
      await through(await filledWorkbook(), (port) =>
        validateWorkbook(port, () => plan, { mark: true, now: NOW })
      )
    );
    expect(names(checked).slice(-2)).toEqual([FINDINGS_SHEET, "_kpi_meta"]);
    expect(checked.getWorksheet("_kpi_meta")?.state).toBe("veryHidden");
    expect(checked.views[0]?.activeTab).toBe(names(checked).indexOf(FINDINGS_SHEET));
  });

  it("writes a second run's Validation sheet where the officer moved the first", async () => {
    const once = await readBack(
      await through(await filledWorkbook(), (port) =>
        validateWorkbook(port, () => plan, { mark: true, now: NOW })
      )
    );
    // The officer drags the Validation tab to the front (ExcelJS orders sheets by orderNo).
    const moved = [
      once.getWorksheet(FINDINGS_SHEET),
      ...once.worksheets.filter((ws) => ws.name !== FINDINGS_SHEET),
    ];
    moved.forEach((ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i + 1));
    const officers = new Uint8Array((await once.xlsx.writeBuffer()) as ArrayBuffer);
    expect(names(await readBack(officers))[0]).toBe(FINDINGS_SHEET);

    const twice = await readBack(
      await through(officers, (port) =>
        validateWorkbook(port, () => plan, { mark: true, now: NOW })
      )
    );
    expect(names(twice)[0]).toBe(FINDINGS_SHEET);
    expect(names(twice).filter((n) => n === FINDINGS_SHEET)).toHaveLength(1);
    expect(names(twice).slice(1)).toEqual(names(once).filter((n) => n !== FINDINGS_SHEET));
    expect(twice.views[0]?.activeTab).toBe(0);
  });
});
