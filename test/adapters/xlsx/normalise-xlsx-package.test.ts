import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadXlsx } from "../../../src/adapters/xlsx";
import { normaliseXlsxPackage } from "../../../src/adapters/xlsx/normalise-xlsx-package";
import { shiftFormula } from "../../../src/adapters/xlsx/shift-formula";
import { kpiReport, newWorkbook, tempDir } from "../../support/cli-harness";
import { CLEAN_VALUES } from "../../support/fill";
import { findingKeys } from "../../support/other-tool-corpus";
import { partText, rezip, sheetPart } from "../../corpus/make-zip";

let good: Uint8Array;
let plans: string;
let cleanFindings: string[];

beforeAll(async () => {
  const made = await newWorkbook(CLEAN_VALUES);
  good = readFileSync(made.file);
  plans = made.plans;
  cleanFindings = await findingKeys(made.file, plans);
});

const saved = (bytes: Uint8Array, name = "report.xlsx"): string => {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
};

const sheetEdited = async (
  sheet: string,
  edit: (xml: string) => string,
  from: Uint8Array = good
): Promise<Uint8Array> => {
  const part = await sheetPart(from, sheet);
  return rezip(from, { [part]: edit(await partText(from, part)) });
};

/** Every SpreadsheetML element written with the prefix `x:`, the main namespace declared for it. */
const prefixed = (xml: string): string =>
  xml
    .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, "<$1x:$2")
    .replace(/<x:worksheet xmlns="/, '<x:worksheet xmlns:x="');

describe("normaliseXlsxPackage", () => {
  it("gives back the very bytes of a package that needs nothing", async () => {
    // Our own workbook holds shared formulas (written once per column), which are written out in full once.
    const once = await normaliseXlsxPackage("report.xlsx", good);
    expect(await normaliseXlsxPackage("report.xlsx", once)).toBe(once);
  });

  it("reads a sheet written with a namespace prefix (<x:row>) with the findings of the original", async () => {
    const file = saved(await sheetEdited("A KPIs", prefixed));
    expect(await partText(readFileSync(file), await sheetPart(good, "A KPIs"))).toMatch(/<x:row /);
    expect(await findingKeys(file, plans)).toEqual(cleanFindings);
  });

  it("writes shared formulas out in full, each moved to its cell as Excel moves it", async () => {
    // V is "Progress 2021", a formula on every KPI row: written out in full first (our writer shares it).
    const full = await normaliseXlsxPackage("report.xlsx", good);
    let master = "";
    const bytes = await sheetEdited(
      "A KPIs",
      (xml) => {
        let n = 0;
        return xml.replace(
          /<c r="V(\d+)"([^>]*)><f>([^<]*)<\/f>/g,
          (_, row: string, attrs: string, f: string) => {
            n++;
            if (n === 1) {
              master = f;
              return `<c r="V${row}"${attrs}><f t="shared" ref="V${row}:V${Number(row) + 5}" si="7">${f}</f>`;
            }
            return `<c r="V${row}"${attrs}><f t="shared" si="7"/>`;
          }
        );
      },
      full
    );
    expect(master).not.toBe("");
    const wb = await loadXlsx("report.xlsx", bytes);
    const original = await loadXlsx("report.xlsx", good);
    for (const row of [2, 3, 4, 5]) {
      expect(wb.getWorksheet("A KPIs")?.getCell(`V${row}`).formula).toBe(
        original.getWorksheet("A KPIs")?.getCell(`V${row}`).formula
      );
    }
    // A writing command on it, and the file it writes reads again with the same findings.
    const file = saved(bytes);
    expect((await kpiReport("--plans-dir", plans, "matrix", file, "--in-place")).code).toBe(0);
    expect(await findingKeys(file, plans)).toEqual(cleanFindings);
  });

  it("keeps the computed value of a cell sharing a formula whose master is missing", async () => {
    const bytes = await sheetEdited("A KPIs", (xml) =>
      xml.replace(/<c r="R3"([^>]*)><f>[^<]*<\/f>/, '<c r="R3"$1><f t="shared" si="9"/>')
    );
    const file = saved(bytes);
    expect((await kpiReport("--plans-dir", plans, "matrix", file, "--in-place")).code).toBe(0);
    expect(await findingKeys(file, plans)).toEqual(cleanFindings);
  });

  it("refuses an empty (0-byte) sheet part, naming the file and the sheet", async () => {
    const file = saved(await rezip(good, { [await sheetPart(good, "A Outputs")]: "" }));
    const r = await kpiReport("--plans-dir", plans, "validate", file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /report\.xlsx: its sheet "A Outputs" \(xl\/worksheets\/sheet\d+\.xml\) is empty \(0 bytes\)/
    );
  });

  it("refuses a cell pointing past the shared strings, naming the sheet and the cell", async () => {
    const bytes = await sheetEdited("A KPIs", (xml) =>
      xml.replace(/<c r="A2"([^>]*)t="s"([^>]*)><v>\d+<\/v>/, '<c r="A2"$1t="s"$2><v>99999</v>')
    );
    const r = await kpiReport("--plans-dir", plans, "validate", saved(bytes));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /report\.xlsx: its sheet "A KPIs" \(xl\/worksheets\/sheet\d+\.xml\), cell A2, refers to shared string 99999, but the workbook holds only \d+/
    );
  });

  it("names the part whose XML is cut short, never the reader's own error", async () => {
    const bytes = await sheetEdited("A Outputs", (xml) => xml.slice(0, Math.floor(xml.length / 2)));
    const r = await kpiReport("--plans-dir", plans, "validate", saved(bytes));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /report\.xlsx: cannot be read as an \.xlsx workbook: its sheet "A Outputs" \(xl\/worksheets\/sheet\d+\.xml\) is not well-formed XML/
    );
    expect(r.err).not.toMatch(/undefined|TypeError|Cannot read/);
  });
});

describe("shiftFormula", () => {
  it.each([
    ["SUM(A1:B2)*$C$1", 2, 1, "SUM(B3:C4)*$C$1"],
    ['IF(I2="","",L2-I2)', 1, 0, 'IF(I3="","",L3-I3)'],
    ["'A KPIs'!A1+LOG10(B1)", 1, 1, "'A KPIs'!B2+LOG10(C2)"],
    ['"A1"&A$1&$A1', 3, 2, '"A1"&C$1&$A4'],
    ["A_KPIs[@Baseline]+A1", 1, 0, "A_KPIs[@Baseline]+A2"],
    ["A1", -1, 0, "#REF!"],
  ])("moves %s by %i rows and %i columns: %s", (formula, rows, columns, moved) => {
    expect(shiftFormula(formula, rows, columns)).toBe(moved);
  });
});
