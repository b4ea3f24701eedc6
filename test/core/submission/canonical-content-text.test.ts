import fc from "fast-check";
import { canonicalContent } from "../../../src/core/submission";
import {
  canonicalCells,
  canonicalText,
  coveredTables,
} from "../../../src/core/submission/canonical-content";
import { utf8Bytes } from "../../../src/core/submission/utf8-bytes";
import { Utf8Writer, utf8Text, utf8TextScript } from "../../../src/core/submission/utf8-writer";
import type { ReportMeta } from "../../../src/core/report";
import type { CellData, Snapshot, SnapshotTable } from "../../../src/core/snapshot";

// Texts that sort differently by UTF-16 unit and by code point, that JSON escapes, that look like a repeated id.
const piece = fc.constantFrom(
  "A",
  "b",
  "1",
  " ",
  '"',
  "\\",
  "\n",
  "\r\n",
  "\u0001",
  "é",
  "中",
  "\ud83d\ude00",
  "\ue000",
  "\uffff",
  "\ud800",
  "\udc00",
  " (2)",
  "Oui",
  "Yes"
);
const text = fc.array(piece, { maxLength: 5 }).map((p) => p.join(""));
const value: fc.Arbitrary<CellData> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: text, weight: 4 },
  fc.double(),
  fc.integer(),
  fc.boolean(),
  text.map((error) => ({ error })),
  fc.constantFrom({ date: "2021-05-01" })
);
// Headers of the format (a key column, a word column, a computed one, one per year) and an officer's own.
const header = fc.oneof(
  fc.constantFrom(
    "KPI ID",
    "Objective ID",
    "Output ID",
    "Goal ID",
    "Kind",
    "Item ID",
    "Measure",
    "Baseline",
    "Target 2021",
    "Actual 2021",
    "Progress 2021",
    "Status 2021",
    "Budget 2021",
    "Allocated Obj 1",
    "Share Goal 1",
    "Note"
  ),
  text
);
// Row ids repeat (and are written as a repeat would be named), so that the fallback sort is exercised too.
const id = fc.constantFrom("X", "X (2)", "Y", "é", "\ud83d\ude00", "\ue000", "", " X ");

const meta: ReportMeta = {
  planId: "p",
  planVersion: "1",
  formatVersion: 3,
  period: 2021,
  sectors: ["A", "B"],
};
const names = coveredTables(meta.sectors).map((t) => t.name);

const table: fc.Arbitrary<SnapshotTable> = fc
  .tuple(fc.constantFrom(...names), fc.array(header, { minLength: 1, maxLength: 6 }))
  .chain(([name, headers]) =>
    fc
      .array(
        fc.tuple(id, fc.array(value, { minLength: headers.length, maxLength: headers.length })),
        { maxLength: 8 }
      )
      .map((rows) => ({
        name,
        sheet: name,
        headers,
        headerAddresses: headers.map((_, i) => `${String.fromCharCode(65 + i)}1`),
        // The first column holds the row's id where it is a key column; every cell as read.
        rows: rows.map(([rowId, values], r) =>
          values.map((v, c) => ({
            sheet: name,
            cell: `${String.fromCharCode(65 + c)}${r + 2}`,
            value: c === 0 && /ID$/.test(headers[0] ?? "") ? rowId : v,
          }))
        ),
      }))
  );
const snapshot: fc.Arbitrary<Snapshot> = fc
  .uniqueArray(table, { selector: (t) => t.name, maxLength: 5 })
  .map((tables) => ({ sheets: [], tables }));

describe("canonicalContent", () => {
  it("gives byte for byte the canonical text of the cells, sorted, its UTF-8 bytes and its cell count", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const cells = canonicalCells(s, meta);
        const expected = canonicalText(cells);
        const content = canonicalContent(s, meta);
        expect(content.text).toBe(expected);
        expect(Buffer.from(content.bytes)).toEqual(Buffer.from(expected, "utf8"));
        expect(content.cells).toBe(cells.length);
      }),
      { numRuns: 300 }
    );
  });

  it("sorts a workbook's rows by id and columns by name, whatever their order in the sheet", () => {
    const s: Snapshot = {
      sheets: [],
      tables: [
        {
          name: "A_KPIs",
          sheet: "A KPIs",
          headers: ["KPI ID", "Unit", "Baseline"],
          headerAddresses: ["A1", "B1", "C1"],
          rows: [
            ["A.kpi.2", "%", 5],
            ["A.kpi.10", "", "Oui"],
          ].map((row, r) =>
            row.map((value, c) => ({ sheet: "A KPIs", cell: `${"ABC"[c]}${r + 2}`, value }))
          ),
        },
      ],
    };
    const lines = canonicalContent(s, { ...meta, sectors: ["A"] }).text.split("\n");
    expect(lines.filter((l) => l.startsWith('["A KPIs"'))).toEqual([
      '["A KPIs","A.kpi.10","Baseline","Yes"]',
      '["A KPIs","A.kpi.10","KPI ID","A.kpi.10"]',
      '["A KPIs","A.kpi.10","Unit",null]',
      '["A KPIs","A.kpi.2","Baseline",5]',
      '["A KPIs","A.kpi.2","KPI ID","A.kpi.2"]',
      '["A KPIs","A.kpi.2","Unit","%"]',
    ]);
  });
});

describe("Utf8Writer and utf8Text", () => {
  it("writes texts one after another as Node's UTF-8, lone surrogates as U+FFFD, and reads them back", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 8 }), (texts) => {
        const out = new Utf8Writer(4);
        texts.forEach((t) => out.text(t));
        const whole = texts.join("");
        expect(Buffer.from(out.bytes())).toEqual(Buffer.from(utf8Bytes(whole)));
        const decoded = Buffer.from(whole, "utf8").toString("utf8");
        expect(utf8Text(out.bytes())).toBe(decoded);
        expect(utf8TextScript(out.bytes())).toBe(decoded);
      }),
      { numRuns: 1000 }
    );
  });

  it("copies bytes already written, across a growth of its buffer", () => {
    const out = new Utf8Writer(2);
    out.text("[é,");
    const end = out.length;
    out.ascii(0x31);
    out.copy(0, end);
    out.text("中");
    expect(utf8Text(out.bytes())).toBe("[é,1[é,中");
    const long = "x".repeat(100);
    const from = out.length;
    out.text(long);
    out.copy(from, out.length);
    expect(utf8Text(out.bytes())).toBe(`[é,1[é,中${long}${long}`);
  });
});
