import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { buildAnnexSheets } from "../../src/core/annex";
import { buildReportingWorkbook, parseEntriesFile, SheetSpec } from "../../src/core/layout";
import { loadPlan, Plan } from "../../src/core/plan";
import { parseReport } from "../../src/core/report";
import { kpiReport, tempDir } from "../support/cli-harness";
import { libreOfficeConvert } from "../support/libreoffice";
import { snapshotOfSpec } from "../support/spec-snapshot";
import { describeWithTool } from "../support/system-tools";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "..", "..");
const CORRECTED = join(ROOT, "samples", "itu-2012-2015.corrected.json");

const plan = (): Plan => {
  const loaded = loadPlan(
    JSON.parse(readFileSync(join(ROOT, "plan-data/itu-2012-2015.json"), "utf8"))
  );
  if (!loaded.ok) throw new Error("plan");
  return loaded.value;
};

/** The PDF's pages as text, laid out as printed (pdftotext -layout), one string a page. */
const pdfPages = async (pdf: string): Promise<string[]> => {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], {
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.split("\f").filter((page) => page.trim() !== "");
};

/** A printed sheet's first and last column headers: both on every page of it when it prints one page wide. */
const edges = (sheet: SheetSpec): [string, string] | null => {
  const headers =
    sheet.tables[0]?.columns.map((c) => c.header) ?? sheet.grids?.[0]?.rows[0]?.map(String);
  const first = headers?.find((h) => h !== "" && h !== "null");
  const last = headers?.[headers.length - 1];
  return first && last ? [first, last] : null;
};

/** A header is on the page whole, or, wrapped in its cell ("Execution" over "2013"), word by word. */
const printedHeader = (page: string, header: string): boolean =>
  page.includes(header) || header.split(/\s+/).every((word) => page.includes(word));

/**
 * Which sheet each page belongs to, by a text only that sheet's pages carry (its footer, or its repeated title),
 * and whether the page shows both edge headers of it: a sheet cut into strips of columns has pages without them.
 */
const pagesCut = (
  pages: readonly string[],
  sheets: readonly SheetSpec[],
  marker: (sheet: SheetSpec) => string
): { pages: number; unmatched: number; cut: string[] } => {
  let unmatched = 0;
  const cut: string[] = [];
  pages.forEach((page, i) => {
    const text = page.replace(/[ \t]+/g, " ");
    const sheet = sheets.find((s) => text.includes(marker(s)));
    if (!sheet) {
      unmatched += 1;
      return;
    }
    const e = edges(sheet);
    if (e && !(printedHeader(text, e[0]) && printedHeader(text, e[1])))
      cut.push(`page ${i + 1} (${sheet.name})`);
  });
  return { pages: pages.length, unmatched, cut };
};

describeWithTool("LibreOffice Calc", "pdftotext")("the pages LibreOffice prints", () => {
  it("prints every sheet of the corrected demo workbook one page wide, on few pages", async () => {
    const dir = tempDir();
    const workbook = join(dir, "corrected.xlsx");
    const made = await kpiReport(
      "new",
      "--plan",
      "itu-2012-2015",
      "--period",
      "2013",
      "--values",
      CORRECTED,
      "--out",
      workbook
    );
    expect(made.code).toBe(0);
    const p = plan();
    const entries = parseEntriesFile("corrected", readFileSync(CORRECTED, "utf8"));
    if (!entries.ok) throw new Error("values");
    const spec = buildReportingWorkbook(p, {
      sectors: [],
      period: 2013,
      createdAt: "2013-01-01T00:00:00Z",
      generator: "test",
      entries: entries.value.entries,
    });
    const printed = spec.sheets.filter((s) => s.visibility === "visible");
    const pages = await pdfPages(await libreOfficeConvert(workbook, "pdf"));
    const found = pagesCut(pages, printed, (s) =>
      `${p.title} - ${s.name} - reporting year 2013`.replace(/[ \t]+/g, " ")
    );
    expect(found.cut).toEqual([]);
    expect(found.unmatched).toBe(0);
    // docs/workbook-format.md states the count (36 with LibreOffice 7.4, ten of them the resources sheets); cut
    // into strips the results sheets alone took 67. Only the long tables (Outputs, Results) take more than a page.
    expect(found.pages).toBeGreaterThanOrEqual(printed.length);
    expect(found.pages).toBeLessThanOrEqual(printed.length + 10);
  }, 600_000);

  it("prints every sheet of the Council annex one page wide", async () => {
    const dir = tempDir();
    const workbook = join(dir, "corrected.xlsx");
    await kpiReport(
      "new",
      "--plan",
      "itu-2012-2015",
      "--period",
      "2013",
      "--values",
      CORRECTED,
      "--out",
      workbook
    );
    const annex = join(dir, "annex.xlsx");
    expect((await kpiReport("annex", workbook, "--out", annex)).code).toBe(0);
    const p = plan();
    const entries = parseEntriesFile("corrected", readFileSync(CORRECTED, "utf8"));
    if (!entries.ok) throw new Error("values");
    const spec = buildReportingWorkbook(p, {
      sectors: [],
      period: 2013,
      createdAt: "2013-01-01T00:00:00Z",
      generator: "test",
      entries: entries.value.entries,
    });
    const parsed = parseReport(snapshotOfSpec(spec), () => p);
    if (!parsed.ok) throw new Error(parsed.message);
    const sheets = buildAnnexSheets(parsed.report, p, { generatedAt: "2026-01-01T00:00:00Z" });
    const pages = await pdfPages(await libreOfficeConvert(annex, "pdf"));
    // Each annex page repeats its sheet's title (row 1).
    const found = pagesCut(pages, sheets, (s) =>
      String(s.cells[0]?.value ?? "").replace(/[ \t]+/g, " ")
    );
    expect(found.cut).toEqual([]);
    expect(found.unmatched).toBe(0);
  }, 600_000);
});
