import { join } from "node:path";
import { readFileSync } from "node:fs";
import { readWithExcelJs, readWithPort, streamed } from "../support/both-readers";
import { kpiReport, tempDir } from "../support/cli-harness";
import { findingKeys, OtherToolFile, otherToolCorpus } from "../support/other-tool-corpus";

const underCi = process.env.CI === "true";
let files: readonly OtherToolFile[] = [];
let missing: readonly string[] = [];

beforeAll(async () => {
  ({ files, missing } = await otherToolCorpus());
  if (missing.length > 0 && !underCi)
    console.warn(
      `Other-tool corpus: skipped the files of ${missing.join(" and ")}, which are not installed`
    );
}, 900_000);

const named = (f: OtherToolFile): string => f.file.split("/").pop() ?? f.file;

describe("workbooks written by other tools (openpyxl, LibreOffice Calc)", () => {
  it("holds files of both tools, or says which tool is missing (a failure under CI=true)", () => {
    if (underCi) expect(missing).toEqual([]);
    for (const tool of ["openpyxl", "LibreOffice Calc"] as const) {
      const made = files.filter((f) => f.tool === tool);
      if (missing.some((m) => m.startsWith(tool))) expect(made).toEqual([]);
      else {
        expect(made.length).toBeGreaterThanOrEqual(3);
        expect(made.some((f) => f.verify)).toBe(true);
      }
    }
  });

  it("reads each with the same findings as the original (after the same edits)", async () => {
    for (const f of files) {
      expect({ file: f.name, findings: await findingKeys(f.file, f.plans) }).toEqual({
        file: f.name,
        findings: f.findings,
      });
    }
  });

  it("reads each with the streaming reader exactly as with ExcelJS, with and without the cells outside tables", async () => {
    let read = 0;
    for (const f of files) {
      const bytes = readFileSync(f.file);
      for (const outside of [false, true]) {
        const reference = await readWithExcelJs(named(f), bytes, outside);
        expect({
          file: f.name,
          outside,
          read: await readWithPort(named(f), bytes, outside),
        }).toEqual({
          file: f.name,
          outside,
          read: reference,
        });
        if (await streamed(named(f), bytes, outside)) read++;
      }
    }
    // The streaming reader reads them itself, not by handing them to ExcelJS.
    expect(read).toBe(files.length * 2);
  });

  it("verifies each stamped submission, or names exactly the cells the other tool changed", async () => {
    for (const f of files.filter((x) => x.verify)) {
      const r = await kpiReport("--plans-dir", f.plans, "verify", f.file, "--json");
      const json = JSON.parse(r.out) as {
        unchanged: boolean;
        changes: { sheet?: string; cell?: string }[];
      };
      expect({
        file: f.name,
        code: r.code,
        unchanged: json.unchanged,
        changed: json.changes.map((c) => `${c.sheet}!${c.cell}`),
      }).toEqual({
        file: f.name,
        code: f.verify?.unchanged ? 0 : 1,
        unchanged: f.verify?.unchanged,
        changed: f.verify?.changed,
      });
    }
  });

  it("writes from each a matrix, an annex, a checked copy and an upgrade that read again", async () => {
    for (const f of files) {
      const dir = tempDir();
      const run = (...argv: string[]): ReturnType<typeof kpiReport> =>
        kpiReport("--plans-dir", f.plans, ...argv);
      const outs = {
        matrix: join(dir, "matrix.xlsx"),
        checked: join(dir, "checked.xlsx"),
        upgraded: join(dir, "upgraded.xlsx"),
        annex: join(dir, "annex.xlsx"),
      };
      const codes = {
        matrix: (await run("matrix", f.file, "--out", outs.matrix)).code,
        checked: (await run("validate", f.file, "--out", outs.checked)).code,
        upgraded: (await run("upgrade", f.file, "--out", outs.upgraded)).code,
        annex: (await run("annex", f.file, "--out", outs.annex, "--draft")).code,
      };
      expect({ file: named(f), codes }).toEqual({
        file: named(f),
        codes: { matrix: 0, checked: expect.any(Number), upgraded: 0, annex: 0 },
      });
      expect(codes.checked).not.toBe(2);
      // Matrix and upgrade make the record sheets very hidden again: the same findings, without that note.
      const valueFindings = f.findings.filter((k) => !k.startsWith("metadata-shown "));
      for (const out of [outs.matrix, outs.upgraded])
        expect({ out, findings: await findingKeys(out, f.plans) }).toEqual({
          out,
          findings: valueFindings,
        });
      expect(await findingKeys(outs.checked, f.plans)).toEqual(
        expect.arrayContaining(valueFindings)
      );
    }
  });

  it("submits and consolidates each clean file, and the results verify", async () => {
    for (const f of files.filter((x) => x.verify?.unchanged)) {
      const dir = tempDir();
      const run = (...argv: string[]): ReturnType<typeof kpiReport> =>
        kpiReport("--plans-dir", f.plans, ...argv);
      const resubmitted = join(dir, "resubmitted.xlsx");
      expect(
        (await run("submit", f.file, "--out", resubmitted, "--preparer", "R. Unit")).code
      ).toBe(0);
      expect((await run("verify", resubmitted)).code).toBe(0);
      const council = join(dir, "council.xlsx");
      const merged = await run("consolidate", f.file, "--out", council);
      expect({ file: named(f), code: merged.code, err: merged.err }).toEqual({
        file: named(f),
        code: 0,
        err: "",
      });
      expect((await run("verify", council)).code).toBe(0);
    }
  });
});
