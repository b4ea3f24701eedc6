import ExcelJS from "exceljs";
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { WORKBOOK_LIMITS } from "../../src/core/snapshot";
import { makePlanFile } from "../support/make-plan";
import { encryptedWorkbook, oldFormatWorkbook } from "./make-cfb";
import {
  deflated,
  entriesOf,
  partText,
  rezip,
  sheetPart,
  writeZip,
  zeroBomb,
  ZipEntry,
} from "./make-zip";

/** What every case is made from: good inputs, generated once per run by `kpi-report new`. */
export interface CorpusBase {
  /** A folder holding the small test plan (test/support/make-plan.ts). */
  readonly plans: string;
  /** The test plan's workbook for 2021, filled with clean values (test/support/fill.ts). */
  readonly good: Uint8Array;
  /** The real ITU 2012-2015 workbook for 2013, every sector. */
  readonly itu: Uint8Array;
  /** The real ITU 2008-2011 workbook for 2011. */
  readonly itu2008: Uint8Array;
  /** The folder of the shipped plans. */
  readonly shippedPlans: string;
}

/** How a case is run: the CLI's arguments, the input that must come out unchanged, the output that must not appear. */
export interface CorpusRun {
  readonly args: readonly string[];
  readonly input?: string;
  readonly out?: string;
}

/** What the CLI must do with a case. */
export interface CorpusExpectation {
  readonly code: 0 | 1 | 2;
  /** Exit 2: the one line on stderr, after "kpi-report: ". */
  readonly error?: RegExp;
  /** Exit 0/1 from validate --json: findings ("rule sheet!cell") that must be reported. */
  readonly findings?: readonly string[];
  /** Exit 0/1 from validate --json: exactly the clean workbook's findings, nothing more. */
  readonly sameAsClean?: boolean;
  /** Exit 0/1 from validate --json: the clean workbook's findings and the metadata-rebuilt warning, nothing more. */
  readonly rebuiltFromTables?: boolean;
  /** Exit 0/1 from another command: what stdout must show. */
  readonly output?: RegExp;
  /** Exit 2: how many lines stderr holds (one per problem; 1 unless said). */
  readonly lines?: number;
  /** A further check on what the run left behind (the --out copy, say). */
  readonly check?: (run: CorpusRun) => Promise<void>;
}

export interface CorpusCase {
  readonly name: string;
  readonly make: (base: CorpusBase, dir: string) => Promise<CorpusRun>;
  readonly expect: CorpusExpectation;
  /** Run through the real executable too (bin/kpi-report.js), to prove no stack trace reaches stderr. */
  readonly bin?: boolean;
}

// --- Ways to make a bad input -------------------------------------------------------------------------------

/** A workbook file to validate with --json and --out (so a partial output file would show). */
const validate = (
  dir: string,
  bytes: Uint8Array,
  name = "report.xlsx",
  plans?: string
): CorpusRun => {
  const input = join(dir, name);
  writeFileSync(input, bytes);
  const out = join(dir, "checked.xlsx");
  return {
    args: [...(plans ? ["--plans-dir", plans] : []), "validate", input, "--json", "--out", out],
    input,
    out,
  };
};

/** The good workbook edited with ExcelJS, as an officer edits it in Excel. */
const edited = async (
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>
): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  await edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};
const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const setCells =
  (cells: Record<string, ExcelJS.CellValue>) =>
  (wb: ExcelJS.Workbook): void => {
    for (const [ref, value] of Object.entries(cells)) {
      const [name, cell] = ref.split("!");
      sheet(wb, name ?? "").getCell(cell ?? "").value = value;
    }
  };
/** Sets (or, with undefined, empties) a row of the very hidden metadata table. */
const setMeta =
  (key: string, value: ExcelJS.CellValue | undefined) =>
  (wb: ExcelJS.Workbook): void => {
    const ws = sheet(wb, "_kpi_meta");
    ws.eachRow((row) => {
      if (row.getCell(1).value === key) {
        if (value === undefined) row.getCell(1).value = null;
        row.getCell(2).value = value ?? null;
      }
    });
  };

/** The good workbook with one sheet's XML edited as text (what ExcelJS cannot be made to write). */
const sheetXml = async (
  bytes: Uint8Array,
  sheetName: string,
  edit: (xml: string) => string
): Promise<Uint8Array> => {
  const part = await sheetPart(bytes, sheetName);
  return rezip(bytes, { [part]: edit(await partText(bytes, part)) });
};
/** Replaces the content of cell `ref` in sheet XML with an inline string or a raw number. */
const cellXml = (xml: string, ref: string, content: string): string => {
  const re = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
  if (!re.test(xml)) throw new Error(`no cell ${ref}`);
  return xml.replace(
    re,
    (_, attrs: string) => `<c r="${ref}"${attrs.replace(/\s*t="\w+"/, "")}${content}</c>`
  );
};
const inlineString = (text: string): string => ` t="inlineStr"><is><t>${text}</t></is>`;

/** A table part of the workbook, by table name. */
const tablePart = async (bytes: Uint8Array, table: string): Promise<string> => {
  for (const e of await entriesOf(bytes)) {
    if (
      /^xl\/tables\/[^/]+\.xml$/.test(e.name) &&
      (await partText(bytes, e.name)).includes(`name="${table}"`)
    )
      return e.name;
  }
  throw new Error(`no table ${table}`);
};

/** A column "My notes" added at the right end of a table, its second row holding pasted text. */
const withExtraColumn = async (
  bytes: Uint8Array,
  tableName: string,
  sheetName: string
): Promise<Uint8Array> => {
  const table = await tablePart(bytes, tableName);
  const xml = await partText(bytes, table);
  const last = /ref="A1:([A-Z])(\d+)"/.exec(xml);
  if (!last?.[1]) throw new Error("no table ref");
  const extra = String.fromCharCode(last[1].charCodeAt(0) + 1);
  const widened = await rezip(bytes, {
    [table]: xml
      .replace(/ref="A1:[A-Z](\d+)"/g, `ref="A1:${extra}$1"`)
      .replace(
        /<tableColumns count="(\d+)">/,
        (_, n: string) => `<tableColumns count="${Number(n) + 1}">`
      )
      .replace("</tableColumns>", '<tableColumn id="99" name="My notes"/></tableColumns>'),
  });
  return sheetXml(widened, sheetName, (sheetXmlText) =>
    sheetXmlText
      .replace(
        /(<row r="1"[\s\S]*?)<\/row>/,
        `$1<c r="${extra}1" t="inlineStr"><is><t>My notes</t></is></c></row>`
      )
      .replace(
        /(<row r="2"[\s\S]*?)<\/row>/,
        `$1<c r="${extra}2" t="inlineStr"><is><t>=1+1 pasted</t></is></c></row>`
      )
  );
};

/** A million rows of one number each: what a sheet dragged down to the bottom of Excel looks like. */
const millionRowSheet = (): string => {
  const rows: string[] = [];
  for (let r = 1; r <= 1_000_000; r++)
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
};

/** Column letters of a 1-based column number (1: A, 16384: XFD). */
const columnLetters = (n: number): string =>
  n <= 0 ? "" : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** Rows of empty cells that carry a format: what selecting whole rows and colouring them leaves behind. */
const emptyCellsSheet = (rows: number, columns: number): string => {
  const letters = Array.from({ length: columns }, (_, i) => columnLetters(i + 1));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++)
    body.push(`<row r="${r}">${letters.map((c) => `<c r="${c}${r}" s="1"/>`).join("")}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join("")}</sheetData></worksheet>`;
};

let bomb: ReturnType<typeof zeroBomb> | undefined;
/** 1 GiB of zeros in about 1 MB of deflate, made once. */
const gigabyteBomb = (): ReturnType<typeof zeroBomb> => (bomb ??= zeroBomb(1024));

/** The good workbook with some sheets replaced by a bomb entry (sizes as declared by `declare`). */
const bombed = async (
  bytes: Uint8Array,
  sheets: readonly string[],
  declare: (real: number) => number,
  bombOf: () => ReturnType<typeof zeroBomb> = gigabyteBomb
): Promise<Uint8Array> => {
  const b = bombOf();
  const changes: Record<string, ZipEntry> = {};
  for (const s of sheets) {
    const part = await sheetPart(bytes, s);
    changes[part] = { name: part, data: b.data, method: 8, crc: b.crc, size: declare(b.size) };
  }
  return rezip(bytes, changes);
};

const planFolder = (dir: string, files: Record<string, string | Uint8Array>): string => {
  const plans = join(dir, "plans");
  mkdirSync(plans);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(plans, name), content);
  return plans;
};
const planJson = (overrides: Record<string, unknown> = {}): string =>
  JSON.stringify(makePlanFile(overrides), null, 2);
const plansRun = (plans: string): CorpusRun => ({ args: ["--plans-dir", plans, "plans"] });

const values = (dir: string, content: string | Uint8Array): CorpusRun => {
  const file = join(dir, "values.json");
  writeFileSync(file, content);
  const out = join(dir, "new.xlsx");
  return {
    args: ["new", "--plan", "test-2020-2023", "--period", "2021", "--values", file, "--out", out],
    input: file,
    out,
  };
};

const LONG = "Evidence: ".padEnd(32_000, "abcdefghij ");
const ARABIC = "تم تحقيق الهدف وفقاً لتقرير المراجعة الداخلية";
const CHINESE = "关键绩效指标";

// --- The cases ----------------------------------------------------------------------------------------------

/** Every bad input, what makes it, and what the CLI must do with it. */
export const CORPUS: readonly CorpusCase[] = [
  // Files that are no workbook at all.
  {
    name: "a text file with an .xlsx name",
    bin: true,
    make: async (_, dir) =>
      validate(dir, new TextEncoder().encode("Sector,KPI,Value\nITU-R,1,2\n")),
    expect: { code: 2, error: /report\.xlsx: is not an \.xlsx workbook \(it is not a zip file\)$/ },
  },
  {
    name: "an empty file",
    make: async (_, dir) => validate(dir, new Uint8Array(0)),
    expect: { code: 2, error: /report\.xlsx: is empty$/ },
  },
  {
    name: "a PDF saved with an .xlsx name",
    make: async (_, dir) =>
      validate(dir, new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n")),
    expect: { code: 2, error: /report\.xlsx: is not an \.xlsx workbook \(it is not a zip file\)$/ },
  },
  {
    name: "a workbook truncated halfway (an interrupted download)",
    bin: true,
    make: async (base, dir) => validate(dir, base.good.slice(0, Math.floor(base.good.length / 2))),
    expect: {
      code: 2,
      error: /report\.xlsx: is not a readable \.xlsx workbook: its zip is truncated or corrupt/,
    },
  },
  {
    name: "a workbook missing only its last bytes",
    make: async (base, dir) => validate(dir, base.good.slice(0, base.good.length - 10)),
    expect: {
      code: 2,
      error: /report\.xlsx: is not a readable \.xlsx workbook: its zip is truncated or corrupt/,
    },
  },
  {
    name: "a workbook whose sheet data is corrupted in the middle",
    make: async (base, dir) => {
      const part = await sheetPart(base.good, "A KPIs");
      const entries = await entriesOf(base.good);
      const broken = entries.map((e) => {
        if (e.name !== part) return e;
        const data = new Uint8Array(e.data);
        data.fill(0xff, 20, Math.min(data.length - 4, 200));
        return { ...e, data };
      });
      return validate(dir, writeZip(broken));
    },
    expect: {
      code: 2,
      error:
        /report\.xlsx: is not a readable \.xlsx workbook: its sheet "A KPIs" \(xl\/worksheets\/sheet\d+\.xml\) is corrupt/,
    },
  },
  {
    name: "a zip that is not a workbook",
    make: async (_, dir) => validate(dir, writeZip([deflated("notes.txt", "Quarterly notes")])),
    expect: {
      code: 2,
      error:
        /report\.xlsx: is a zip file but not an Excel workbook \(it has no xl\/workbook\.xml\)$/,
    },
  },
  {
    name: "a Word document renamed .xlsx",
    make: async (_, dir) =>
      validate(
        dir,
        writeZip([
          deflated("[Content_Types].xml", "<Types/>"),
          deflated("word/document.xml", "<w:document/>"),
        ])
      ),
    expect: { code: 2, error: /report\.xlsx: is a zip file but not an Excel workbook/ },
  },
  {
    name: "a zip bomb: two sheets that inflate to 1 GB each, declared honestly",
    bin: true,
    make: async (base, dir) =>
      validate(dir, await bombed(base.good, ["A KPIs", "B KPIs"], (real) => real)),
    expect: {
      code: 2,
      error:
        /report\.xlsx: its sheet "(A|B) KPIs" \(xl\/worksheets\/sheet\d+\.xml\) would inflate to 1 GB, more than the 64 MB allowed for one part/,
    },
  },
  {
    name: "a zip bomb whose headers lie: 1 GB declared as 10 KB",
    bin: true,
    make: async (base, dir) => validate(dir, await bombed(base.good, ["A KPIs"], () => 10_000)),
    expect: {
      code: 2,
      error:
        /report\.xlsx: its sheet "A KPIs" \(xl\/worksheets\/sheet\d+\.xml\) inflates to more than the 9\.8 KB its zip declares: the file is corrupt or a zip bomb$/,
    },
  },
  {
    name: "sheets within the part limit that together inflate past the total limit",
    make: async (base, dir) =>
      validate(
        dir,
        await bombed(
          base.good,
          ["A KPIs", "B KPIs"],
          (real) => real,
          () => zeroBomb(60)
        )
      ),
    expect: {
      code: 2,
      error:
        /report\.xlsx: would inflate to 120\.\d MB, more than the 80 MB allowed for a reporting workbook/,
    },
  },
  {
    name: "a zip of 5,000 parts",
    make: async (base, dir) => {
      const entries = await entriesOf(base.good);
      const extra = Array.from({ length: 5000 }, (_, i) =>
        deflated(`customXml/item${i}.xml`, "<a/>")
      );
      return validate(dir, writeZip([...entries, ...extra]));
    },
    expect: {
      code: 2,
      error: /report\.xlsx: holds 5,0\d\d parts, more than the 1,000 a reporting workbook may have/,
    },
  },
  {
    name: "a file larger than 20 MB",
    make: async (base, dir) => {
      const entries = await entriesOf(base.good);
      const noise = new Uint8Array(21 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
      const stored: ZipEntry = {
        name: "xl/media/scan.bin",
        data: noise,
        method: 0,
        crc: crc32(noise),
        size: noise.length,
      };
      return validate(dir, writeZip([...entries, stored]));
    },
    expect: {
      code: 2,
      error: /report\.xlsx: is 21(\.\d)? MB, more than the 20 MB a reporting workbook may be/,
    },
  },
  {
    name: "a 3 GB file (refused before it is read)",
    bin: true,
    make: async (base, dir) => {
      const run = validate(dir, base.good);
      truncateSync(run.input ?? "", 3 * 1024 * 1024 * 1024);
      return run;
    },
    expect: {
      code: 2,
      error: /report\.xlsx: is 3 GB, more than the 20 MB a reporting workbook may be/,
    },
  },
  {
    name: "a password-protected (encrypted) workbook",
    bin: true,
    make: async (_, dir) => validate(dir, encryptedWorkbook()),
    expect: {
      code: 2,
      error:
        /report\.xlsx: is password-protected \(encrypted\); open it in Excel, remove the password/,
    },
  },
  {
    name: "an Excel 97-2003 .xls file renamed .xlsx",
    make: async (_, dir) => validate(dir, oldFormatWorkbook()),
    expect: { code: 2, error: /report\.xlsx: is an old-format Excel file \(\.xls\)/ },
  },
  {
    name: "a zip whose parts are password-protected",
    make: async (base, dir) =>
      validate(dir, writeZip((await entriesOf(base.good)).map((e) => ({ ...e, flags: 1 })))),
    expect: {
      code: 2,
      error: /report\.xlsx: is a password-protected zip, not an \.xlsx workbook$/,
    },
  },
  {
    name: "a zip using a compression method .xlsx does not (bzip2)",
    make: async (base, dir) =>
      validate(dir, writeZip((await entriesOf(base.good)).map((e) => ({ ...e, method: 12 })))),
    expect: {
      code: 2,
      error:
        /report\.xlsx: its part \[Content_Types\]\.xml uses a compression method \.xlsx files do not use \(only stored and deflated parts are read\)$/,
    },
  },
  {
    name: "a macro-enabled workbook (.xlsm)",
    make: async (base, dir) =>
      validate(
        dir,
        await rezip(base.good, { "xl/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }),
        "report.xlsm"
      ),
    expect: {
      code: 2,
      error:
        /report\.xlsm: is a macro-enabled workbook \(\.xlsm\); KPI Reporter does not open files that carry macros/,
    },
  },
  {
    name: "macros inside a file named .xlsx",
    make: async (base, dir) => {
      const types = await partText(base.good, "[Content_Types].xml");
      return validate(
        dir,
        await rezip(base.good, {
          "[Content_Types].xml": types.replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
          ),
        })
      );
    },
    expect: { code: 2, error: /report\.xlsx: is a macro-enabled workbook/ },
  },
  {
    name: "a folder given as the workbook",
    make: async (_, dir) => {
      const input = join(dir, "report.xlsx");
      mkdirSync(input);
      return {
        args: ["validate", input, "--out", join(dir, "checked.xlsx")],
        out: join(dir, "checked.xlsx"),
      };
    },
    expect: { code: 2, error: /report\.xlsx: is a folder, not a file$/ },
  },
  {
    name: "a workbook that is not there",
    make: async (_, dir) => ({
      args: ["validate", join(dir, "missing.xlsx"), "--out", join(dir, "checked.xlsx")],
      out: join(dir, "checked.xlsx"),
    }),
    expect: { code: 2, error: /missing\.xlsx: no such file$/ },
  },

  // Workbooks that open, but are not (or no longer) reporting workbooks this installation can read.
  {
    name: "a workbook of its own, not made by kpi-report new",
    make: async (_, dir) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Budget").addRow(["Line", "Amount"]);
      return validate(dir, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    },
    expect: {
      code: 2,
      error: /report\.xlsx: is not a KPI Reporter workbook \(it has no _kpi_meta sheet/,
    },
  },
  {
    name: "the metadata sheet deleted",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, (wb) => wb.removeWorksheet(sheet(wb, "_kpi_meta").id))),
    // Recognised from its own tables instead (docs/rules.md, metadata-rebuilt): checked, with a warning.
    expect: { code: 1, findings: ["metadata-rebuilt _kpi_meta!-"], rebuiltFromTables: true },
  },
  {
    name: "metadata naming another format",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, setMeta("format", "budget-template"))),
    // Recognised from its own tables instead (docs/rules.md, metadata-rebuilt): checked, with a warning.
    expect: { code: 1, findings: ["metadata-rebuilt _kpi_meta!-"], rebuiltFromTables: true },
  },
  {
    name: "metadata without its plan id",
    make: async (base, dir) => validate(dir, await edited(base.good, setMeta("planId", undefined))),
    // Recognised from its own tables instead (docs/rules.md, metadata-rebuilt): checked, with a warning.
    expect: { code: 1, findings: ["metadata-rebuilt _kpi_meta!-"], rebuiltFromTables: true },
  },
  {
    name: "a newer workbook format version",
    make: async (base, dir) => validate(dir, await edited(base.good, setMeta("formatVersion", 99))),
    expect: {
      code: 2,
      error:
        /report\.xlsx: has workbook format version 99, which this version of KPI Reporter cannot read \(it reads 1 to 1\)/,
    },
  },
  {
    name: "an older workbook format version (0, before the first)",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, setMeta("formatVersion", "0"))),
    // Recognised from its own tables instead (docs/rules.md, metadata-rebuilt): checked, with a warning.
    expect: { code: 1, findings: ["metadata-rebuilt _kpi_meta!-"], rebuiltFromTables: true },
  },
  {
    name: "a reporting year outside the plan's period",
    make: async (base, dir) => validate(dir, await edited(base.good, setMeta("period", 2031))),
    // Recognised from its own tables instead (docs/rules.md, metadata-rebuilt): checked, with a warning.
    expect: { code: 1, findings: ["metadata-rebuilt _kpi_meta!-"], rebuiltFromTables: true },
  },
  {
    name: "a sector the plan does not have",
    make: async (base, dir) => validate(dir, await edited(base.good, setMeta("sectors", "A,Z"))),
    // Recognised from its own tables instead (docs/rules.md, metadata-rebuilt): checked, with a warning.
    expect: { code: 1, findings: ["metadata-rebuilt _kpi_meta!-"], rebuiltFromTables: true },
  },
  {
    name: "a workbook of another plan (the real 2008-2011 plan, not installed)",
    make: async (base, dir) => validate(dir, base.itu2008, "itu-2011.xlsx", base.plans),
    expect: {
      code: 2,
      error:
        /itu-2011\.xlsx: was made for plan "itu-2008-2011", which this installation does not have/,
    },
  },
  {
    name: "a cell longer than Excel allows (40,000 characters, written by another tool)",
    make: async (base, dir) =>
      validate(
        dir,
        await sheetXml(base.good, "A KPIs", (xml) =>
          cellXml(xml, "U3", inlineString("x".repeat(40_000)))
        )
      ),
    expect: {
      code: 2,
      error:
        /report\.xlsx: sheet "A KPIs" cell U3 holds 40,000 characters, more than Excel's limit of 32,767 per cell/,
    },
  },
  {
    name: "a number past the largest Excel holds (1e309 in the sheet's XML)",
    make: async (base, dir) =>
      validate(
        dir,
        await sheetXml(base.good, "A KPIs", (xml) => cellXml(xml, "M2", "><v>1e309</v>"))
      ),
    expect: {
      code: 2,
      error: /report\.xlsx: sheet "A KPIs" cell M2 holds a number past the largest Excel can hold/,
    },
  },
  {
    name: "a sheet of a million rows",
    bin: true,
    make: async (base, dir) => {
      const part = await sheetPart(base.good, "B KPIs");
      return validate(dir, await rezip(base.good, { [part]: millionRowSheet() }));
    },
    expect: {
      code: 2,
      error:
        /report\.xlsx: its sheet "B KPIs" \(xl\/worksheets\/sheet\d+\.xml\) has more than 20,000 rows, the limit for one sheet/,
    },
  },
  {
    name: "a sheet of 1.3 million formatted empty cells",
    make: async (base, dir) => {
      const part = await sheetPart(base.good, "B KPIs");
      return validate(dir, await rezip(base.good, { [part]: emptyCellsSheet(80, 16_384) }));
    },
    expect: {
      code: 2,
      error:
        /report\.xlsx: holds more than 1,000,000 cells \(the limit for a reporting workbook\), reached on sheet "B KPIs"/,
    },
  },
  {
    name: "a table stretched to row 1,048,576 with a value typed at the bottom",
    make: async (base, dir) => {
      const table = await tablePart(base.good, "A_KPIs");
      const stretched = await rezip(base.good, {
        [table]: (await partText(base.good, table)).replace(
          /ref="A1:([A-Z]+)\d+"/g,
          'ref="A1:$11048576"'
        ),
      });
      return validate(
        dir,
        await sheetXml(stretched, "A KPIs", (xml) =>
          xml.replace(
            "</sheetData>",
            '<row r="1048576"><c r="U1048576" t="inlineStr"><is><t>end</t></is></c></row></sheetData>'
          )
        )
      );
    },
    expect: {
      code: 2,
      error:
        /report\.xlsx: table A_KPIs on sheet "A KPIs" spans 1,048,575 rows \(A1:Y1048576\), more than the limit of 20,000/,
    },
  },
  {
    name: "sheet XML cut short inside a well-formed zip",
    make: async (base, dir) =>
      validate(
        dir,
        await sheetXml(base.good, "A Outputs", (xml) => xml.slice(0, Math.floor(xml.length / 2)))
      ),
    expect: { code: 2, error: /report\.xlsx: cannot be read as an \.xlsx workbook/ },
  },

  // Readable reporting workbooks that officers changed: findings, never a crash.
  {
    name: "a renamed sheet",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, (wb) => void (sheet(wb, "A KPIs").name = "KPIs 2021"))),
    expect: { code: 1, findings: ["sheet-renamed KPIs 2021!-"] },
  },
  {
    name: "a sheet renamed in Chinese",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, (wb) => void (sheet(wb, "A Outputs").name = CHINESE))),
    expect: { code: 1, findings: [`sheet-renamed ${CHINESE}!-`] },
  },
  {
    name: "a deleted sheet",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, (wb) => wb.removeWorksheet(sheet(wb, "A Outputs").id))),
    expect: { code: 1, findings: ["sheet-missing A Outputs!-"] },
  },
  {
    name: "a sheet whose table was removed",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(base.good, (wb) => sheet(wb, "A Results").removeTable("A_Results"))
      ),
    expect: { code: 1, findings: ["table-missing A Results!-"] },
  },
  {
    name: "a renamed column header",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, setCells({ "A KPIs!Y1": "Evidence" }))),
    expect: { code: 1, findings: ["column-missing A KPIs!A1"] },
  },
  {
    name: "a deleted (emptied) column header",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, setCells({ "A KPIs!I1": null }))),
    expect: { code: 1, findings: ["column-missing A KPIs!A1"] },
  },
  {
    name: "reordered columns (Data note and Evidence swapped, values with them)",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(base.good, (wb) => {
          const ws = sheet(wb, "A KPIs");
          for (let r = 1; r <= ws.rowCount; r++) {
            const t = ws.getCell(r, 20).value;
            ws.getCell(r, 20).value = ws.getCell(r, 21).value;
            ws.getCell(r, 21).value = t;
          }
        })
      ),
    expect: { code: 1, sameAsClean: true },
  },
  {
    name: "an extra column pasted into the outputs table (read as a link column, and said so)",
    make: async (base, dir) =>
      validate(dir, await withExtraColumn(base.good, "A_Outputs", "A Outputs")),
    expect: { code: 1, findings: ["reference-exists A Outputs!F1", "link-mark A Outputs!F2"] },
  },
  {
    name: "an extra column pasted into the KPI table (ignored)",
    make: async (base, dir) => validate(dir, await withExtraColumn(base.good, "A_KPIs", "A KPIs")),
    expect: { code: 1, sameAsClean: true },
  },
  {
    name: "last year's template: year columns of another period",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(
          base.good,
          setCells({ "A KPIs!P1": "Target 2019", "A KPIs!Q1": "Actual 2019" })
        )
      ),
    expect: { code: 1, findings: ["year-out-of-period A KPIs!P1"] },
  },
  {
    name: "cells merged across a table",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, (wb) => sheet(wb, "A KPIs").mergeCells("M2:M4"))),
    // M is Target 2021: the merge empties M3 and M4, and only those two cells are reported.
    expect: {
      code: 1,
      findings: ["actual-without-target A KPIs!M3", "actual-without-target A KPIs!M4"],
    },
  },
  {
    name: "formula errors in value cells",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(
          base.good,
          setCells({
            "A KPIs!N2": { error: "#REF!" } as ExcelJS.CellErrorValue,
            "A KPIs!N3": {
              formula: "1/0",
              result: { error: "#DIV/0!" },
            } as ExcelJS.CellFormulaValue,
            "A KPIs!M4": { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue,
          })
        )
      ),
    expect: {
      code: 1,
      findings: ["formula-error A KPIs!N2", "formula-error A KPIs!N3", "formula-error A KPIs!M4"],
    },
  },
  {
    name: "text in number cells",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(base.good, setCells({ "A KPIs!N2": "about 120", "A KPIs!I3": "30 days" }))
      ),
    expect: { code: 1, findings: ["value-not-number A KPIs!N2", "value-not-number A KPIs!I3"] },
  },
  {
    name: "dates as text and as dates",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(
          base.good,
          setCells({ "A KPIs!N2": "30/06/2021", "A KPIs!H2": "2019-01-01" })
        ).then((b) =>
          edited(b, (wb) => {
            // A date typed in Excel brings its date format with it.
            const cell = sheet(wb, "A KPIs").getCell("N3");
            cell.value = new Date("2021-06-30T00:00:00Z");
            cell.numFmt = "dd/mm/yyyy";
          })
        )
      ),
    expect: {
      code: 1,
      findings: [
        "value-not-number A KPIs!N2",
        "value-not-number A KPIs!N3",
        "year-out-of-period A KPIs!H2",
      ],
    },
  },
  {
    name: "1e308 in a number cell",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, setCells({ "A KPIs!N2": 1e308, "A KPIs!M3": -1e308 }))),
    expect: {
      code: 1,
      findings: ["implausible-jump A KPIs!N2"],
      check: async (run) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(run.out ?? "");
        if (sheet(wb, "A KPIs").getCell("N2").value !== 1e308)
          throw new Error("1e308 lost in the --out copy");
      },
    },
  },
  {
    name: "32,000-character cells (evidence, and in a number cell)",
    make: async (base, dir) =>
      validate(dir, await edited(base.good, setCells({ "A KPIs!Y3": LONG, "A KPIs!N4": LONG }))),
    expect: {
      code: 1,
      findings: ["value-not-number A KPIs!N4"],
      check: async (run) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(run.out ?? "");
        const ws = sheet(wb, "A KPIs");
        if (ws.getCell("Y3").value !== LONG || ws.getCell("N4").value !== LONG)
          throw new Error("a 32,000-character value was not kept in the --out copy");
      },
    },
  },
  {
    name: "Arabic, right-to-left text on a right-to-left sheet",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(base.good, (wb) => {
          const ws = sheet(wb, "A KPIs");
          ws.views = [{ rightToLeft: true }];
          ws.getCell("Y3").value = ARABIC;
          ws.getCell("N2").value = `\u202E${ARABIC}`;
        })
      ),
    expect: {
      code: 1,
      findings: ["value-not-number A KPIs!N2"],
      check: async (run) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(run.out ?? "");
        if (sheet(wb, "A KPIs").getCell("Y3").value !== ARABIC)
          throw new Error("Arabic text not kept");
      },
    },
  },
  {
    name: "a KPI row pasted twice",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(base.good, (wb) => {
          const ws = sheet(wb, "A KPIs");
          for (let c = 1; c <= 17; c++) ws.getCell(7, c).value = ws.getCell(2, c).value;
        })
      ),
    expect: { code: 1, findings: ["duplicate-id A KPIs!A7"] },
  },
  {
    name: "a table stretched to row 1,048,576 with nothing below its data",
    make: async (base, dir) => {
      const table = await tablePart(base.good, "A_KPIs");
      return validate(
        dir,
        await rezip(base.good, {
          [table]: (await partText(base.good, table)).replace(
            /ref="A1:([A-Z]+)\d+"/g,
            'ref="A1:$11048576"'
          ),
        })
      );
    },
    expect: { code: 1, sameAsClean: true },
  },
  {
    name: "a zip entry named to escape the folder (../../evil.txt)",
    make: async (base, dir) => validate(dir, await rezip(base.good, { "../../evil.txt": "owned" })),
    expect: { code: 1, sameAsClean: true },
  },
  {
    name: "the real 2012-2015 workbook with renamed sheets and merged cells",
    make: async (base, dir) =>
      validate(
        dir,
        await edited(base.itu, (wb) => {
          sheet(wb, "ITU-R KPIs").name = "Radiocommunication";
          sheet(wb, "ITU-D Outputs").mergeCells("A2:B3");
        }),
        "itu-2013.xlsx",
        base.shippedPlans
      ),
    expect: {
      code: 1,
      findings: ["sheet-renamed Radiocommunication!-", "duplicate-id ITU-D Outputs!A3"],
    },
  },

  // Plan files.
  {
    name: "a plan file with __proto__ keys",
    make: async (_, dir) =>
      plansRun(
        planFolder(dir, {
          "test-2020-2023.json": planJson()
            .replace(
              '"formatVersion": 1,',
              '"__proto__": { "polluted": true }, "formatVersion": 1,'
            )
            .replace('"id": "A",', '"id": "A", "__proto__": { "polluted": true },'),
        })
      ),
    expect: {
      code: 2,
      lines: 2,
      error:
        /plans\/test-2020-2023\.json: \$\.sectors\[0\]: Unrecognized key: "__proto__"\n.*plans\/test-2020-2023\.json: \$: Unrecognized key: "__proto__"$/,
      check: async () => {
        if (({} as Record<string, unknown>).polluted !== undefined)
          throw new Error("prototype polluted");
      },
    },
  },
  {
    name: "a plan file with constructor and prototype keys",
    make: async (_, dir) =>
      plansRun(
        planFolder(dir, {
          "test-2020-2023.json": planJson().replace(
            '"formatVersion": 1,',
            '"constructor": { "prototype": { "polluted": true } }, "formatVersion": 1,'
          ),
        })
      ),
    expect: { code: 2, error: /plans\/test-2020-2023\.json: \$: Unrecognized key: "constructor"$/ },
  },
  {
    name: "a plan file with a broken reference",
    make: async (_, dir) => {
      const file = makePlanFile();
      const sectors = file.sectors as { outputs: { objectives: string[] }[] }[];
      const first = sectors[0]?.outputs[0];
      if (first) first.objectives = ["A.obj.9"];
      return plansRun(planFolder(dir, { "test-2020-2023.json": JSON.stringify(file) }));
    },
    expect: {
      code: 2,
      error:
        /plans\/test-2020-2023\.json: \$\.sectors\[0\]\.outputs\[0\]\.objectives\[0\]: .*A\.obj\.9/,
    },
  },
  {
    name: "a plan file with a byte-order mark (read as usual)",
    make: async (_, dir) =>
      plansRun(planFolder(dir, { "test-2020-2023.json": `\ufeff${planJson()}` })),
    expect: { code: 0, output: /^test-2020-2023\t/m },
  },
  {
    name: "a plan file that is not UTF-8",
    make: async (_, dir) =>
      plansRun(
        planFolder(dir, {
          "test-2020-2023.json": Buffer.from(
            planJson().replace("Test plan", "Plan st\u00e9 test"),
            "latin1"
          ),
        })
      ),
    expect: { code: 2, error: /plans\/test-2020-2023\.json: is not UTF-8 text$/ },
  },
  {
    name: "a plan file cut short",
    make: async (_, dir) =>
      plansRun(planFolder(dir, { "test-2020-2023.json": planJson().slice(0, 500) })),
    expect: { code: 2, error: /plans\/test-2020-2023\.json: is not valid JSON/ },
  },
  {
    name: "an empty plan file",
    make: async (_, dir) => plansRun(planFolder(dir, { "test-2020-2023.json": "" })),
    expect: { code: 2, error: /plans\/test-2020-2023\.json: is not valid JSON/ },
  },
  {
    name: "a plan file nested 100,000 deep",
    make: async (_, dir) =>
      plansRun(
        planFolder(dir, { "test-2020-2023.json": `${"[".repeat(100_000)}${"]".repeat(100_000)}` })
      ),
    expect: { code: 2, error: /plans\/test-2020-2023\.json: / },
  },
  {
    name: "a plan file whose id does not match its name",
    make: async (_, dir) =>
      plansRun(planFolder(dir, { "test-2020-2023.json": planJson({ id: "other-2020-2023" }) })),
    expect: {
      code: 2,
      error: /plans\/test-2020-2023\.json: \$\.id: "other-2020-2023" does not match the file name/,
    },
  },
  {
    name: "a plan file with 1e400 as a year",
    make: async (_, dir) =>
      plansRun(
        planFolder(dir, {
          "test-2020-2023.json": planJson().replace('"end": 2023', '"end": 1e400'),
        })
      ),
    expect: { code: 2, error: /plans\/test-2020-2023\.json: \$\.period\.end: / },
  },

  // Values files and outputs for `kpi-report new`.
  {
    name: "a values file with __proto__ keys",
    make: async (_, dir) =>
      values(
        dir,
        JSON.stringify({ plan: "test-2020-2023", entries: {} }).replace(
          '"entries":{}',
          '"entries":{"__proto__":{"baseline":1}}'
        )
      ),
    expect: { code: 2, error: /values\.json: \$\.entries\.__proto__: is not allowed as a key$/ },
  },
  {
    name: "a values file for KPIs the plan does not have",
    make: async (_, dir) =>
      values(
        dir,
        JSON.stringify({
          plan: "test-2020-2023",
          entries: { "A.kpi.9.9": { baseline: 5 }, "A.kpi.1.1": { baseline: 4 } },
        })
      ),
    expect: {
      code: 2,
      error:
        /values\.json: \$\.entries\["A\.kpi\.9\.9"\]: plan test-2020-2023 has no KPI "A\.kpi\.9\.9", and it is no officer-defined KPI of one of its objectives \(<sector>\.kpi\.<objective number>\.u<n>\); its value would be lost$/,
    },
  },
  {
    name: "a 1 GB values file (refused before it is read)",
    make: async (_, dir) => {
      const run = values(dir, "{}");
      truncateSync(run.input ?? "", 1024 * 1024 * 1024);
      return run;
    },
    expect: {
      code: 2,
      error: /values\.json: is 1 GB, more than the 10 MB a plan or values file may be$/,
    },
  },
  {
    name: "a values file that is not UTF-8",
    make: async (_, dir) =>
      values(
        dir,
        Buffer.from(
          '{"plan":"test-2020-2023","entries":{"A.kpi.1.1":{"evidence":"r\u00e9sum\u00e9"}}}',
          "latin1"
        )
      ),
    expect: { code: 2, error: /values\.json: is not UTF-8 text$/ },
  },
  {
    name: "a values file for another plan",
    make: async (_, dir) => values(dir, JSON.stringify({ plan: "itu-2012-2015", entries: {} })),
    expect: {
      code: 2,
      error: /values\.json: holds values for plan itu-2012-2015, not test-2020-2023$/,
    },
  },
  {
    name: "an output folder that does not exist",
    make: async (_, dir) => {
      const out = join(dir, "no-such-folder", "new.xlsx");
      return { args: ["new", "--plan", "test-2020-2023", "--period", "2021", "--out", out], out };
    },
    expect: { code: 2, error: /no-such-folder\/new\.xlsx: cannot be written \(no such folder\)$/ },
  },
  {
    name: "an output file that exists, without --force",
    make: async (base, dir) => {
      const input = join(dir, "report.xlsx");
      writeFileSync(input, base.good);
      return {
        args: ["new", "--plan", "test-2020-2023", "--period", "2021", "--out", input],
        input,
      };
    },
    expect: { code: 2, error: /report\.xlsx already exists; use --force to replace it$/ },
  },
];

/**
 * The largest workbook the limits accept: the test plan with 19,999 KPIs under its first objective, and a
 * KPI sheet of as many rows (20,000 with its header), made by repeating the good workbook's first KPI row
 * in the sheet's XML (ExcelJS would take far longer to write it). For the memory bound's test.
 */
export const largestAcceptedWorkbook = async (
  base: CorpusBase,
  dir: string
): Promise<{ readonly plans: string; readonly file: string; readonly kpis: number }> => {
  const kpis = WORKBOOK_LIMITS.rowsPerSheet - 1;
  const plan = makePlanFile();
  const [a, b] = plan.sectors as Record<string, unknown>[];
  const [first, second] = a?.results as Record<string, unknown>[];
  const template = ((first?.kpis as Record<string, unknown>[]) ?? [])[0];
  const ids = Array.from({ length: kpis }, (_, i) => `A.kpi.1.${i + 1}`);
  const results = [
    { ...first, kpis: ids.map((id) => ({ ...template, id })) },
    { ...second, kpis: [] },
  ];
  const plans = planFolder(dir, {
    "test-2020-2023.json": JSON.stringify({ ...plan, sectors: [{ ...a, results }, b] }),
  });
  const part = await sheetPart(base.good, "A KPIs");
  const xml = await partText(base.good, part);
  const row2 = /<row r="2"[\s\S]*?<\/row>/.exec(xml)?.[0];
  if (!row2) throw new Error("no KPI row");
  const rows = ids.map((id, i) =>
    row2
      .replace(/\b([A-Z]{1,2})2\b/g, `$1${i + 2}`)
      .replace(/<row r="\d+"/, `<row r="${i + 2}"`)
      .replace(
        /<c r="(A\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/,
        `<c r="$1" t="inlineStr"><is><t>${id}</t></is></c>`
      )
  );
  const sheet = xml.replace(/<row r="2"[\s\S]*<\/row>(?=<\/sheetData>)/, rows.join(""));
  const table = await tablePart(base.good, "A_KPIs");
  const file = join(dir, "largest.xlsx");
  writeFileSync(
    file,
    await rezip(base.good, {
      [part]: sheet,
      [table]: (await partText(base.good, table)).replace(
        /ref="A1:([A-Z]+)\d+"/g,
        `ref="A1:$1${kpis + 1}"`
      ),
    })
  );
  return { plans, file, kpis };
};
