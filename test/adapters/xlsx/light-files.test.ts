import JSZip from "jszip";
import { loadXlsx, MemoryXlsxIo, writeXlsx, XlsxBytesPort } from "../../../src/adapters/xlsx";
import { buildReportingWorkbook } from "../../../src/core/layout";
import { entriesFor, planWithKpis } from "../../support/many-kpis";
import { readWithExcelJs, readWithPort, streamed } from "../../support/both-readers";

/** A filled reporting workbook's spec, of `kpis` KPIs in one sector. */
const specOf = (kpis: number): ReturnType<typeof buildReportingWorkbook> => {
  const plan = planWithKpis(kpis);
  return buildReportingWorkbook(plan, {
    sectors: ["A"],
    period: 2021,
    createdAt: "2021-01-01T00:00:00Z",
    generator: "test",
    entries: entriesFor(plan),
  });
};

/** A filled reporting workbook of `kpis` KPIs in one sector, as `kpi-report new --values` writes it. */
const written = (kpis: number): Promise<Uint8Array> => writeXlsx(specOf(kpis));

/** The KPI sheet's part: the largest worksheet of the package. */
const kpiSheetXml = async (bytes: Uint8Array): Promise<string> => {
  const zip = await JSZip.loadAsync(bytes);
  let largest = "";
  for (const name of Object.keys(zip.files))
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      if (xml.length > largest.length) largest = xml;
    }
  return largest;
};

const count = (xml: string, pattern: RegExp): number => (xml.match(pattern) ?? []).length;

/** The same workbook as every writer before shared formulas wrote it: ExcelJS's own save, a formula and a validation per row. */
const writtenTheOldWay = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const wb = await loadXlsx("light.xlsx", bytes);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

describe("a reporting workbook's KPI sheet, written light", () => {
  it("writes the progress and status formulas once per column, and each kind of value cell's rule once", async () => {
    const small = await kpiSheetXml(await written(40));
    const large = await kpiSheetXml(await written(400));
    // Two formula columns: one master each, every other row shares it.
    const masters = [...large.matchAll(/<f t="shared" ref="[A-Z]+2:[A-Z]+(\d+)" si="\d+">/g)];
    expect(masters).toHaveLength(2);
    const rows = Number(masters[0]?.[1]) - 1;
    expect(rows).toBeGreaterThanOrEqual(400);
    expect(count(large, /<f t="shared" si="\d+"\/>/g)).toBe(2 * (rows - 1));
    expect(count(large, /<f>/g)).toBe(0);
    // As many validation rules for 400 rows as for 40: one element per rule, over all its rows.
    expect(count(large, /<dataValidation\b/g)).toBe(count(small, /<dataValidation\b/g));
  });

  it("takes at most 1 KB of sheet XML per KPI row", async () => {
    const kpis = 2_000;
    const xml = await kpiSheetXml(await written(kpis));
    expect(Buffer.byteLength(xml, "utf8") / kpis).toBeLessThanOrEqual(1024);
  });

  it("reads the same, by both readers, as the same workbook written a formula and a validation per row", async () => {
    const light = await written(60);
    const old = await writtenTheOldWay(light);
    const oldXml = await kpiSheetXml(old);
    expect(count(oldXml, /<f t="shared"/g)).toBe(0);
    expect(count(oldXml, /<dataValidation\b/g)).toBeGreaterThan(60);
    expect(await streamed("light.xlsx", light)).toBe(true);
    const reference = await readWithExcelJs("light.xlsx", light);
    expect(await readWithPort("light.xlsx", light)).toEqual(reference);
    expect(await readWithPort("light.xlsx", old)).toEqual(reference);
    expect(await readWithExcelJs("light.xlsx", old)).toEqual(reference);
  });

  it("stays light when a command rebuilds the KPI sheet in a workbook it rewrites (as upgrade does)", async () => {
    const kpis = 60;
    const light = await written(kpis);
    const kpiSheet = specOf(kpis).sheets.find((sheet) => sheet.name === "A KPIs");
    if (!kpiSheet) throw new Error("no KPI sheet in the spec");
    const io = new MemoryXlsxIo("light.xlsx", light);
    await new XlsxBytesPort(io).replaceSheets([kpiSheet]);
    if (!io.written) throw new Error("nothing written");
    const rebuilt = await kpiSheetXml(io.written);
    const original = await kpiSheetXml(light);
    expect(count(rebuilt, /<dataValidation\b/g)).toBe(count(original, /<dataValidation\b/g));
    expect(count(rebuilt, /<f t="shared" si="\d+"\/>/g)).toBe(
      count(original, /<f t="shared" si="\d+"\/>/g)
    );
    expect(await readWithPort("light.xlsx", io.written)).toEqual(
      await readWithExcelJs("light.xlsx", light)
    );
  });
});
