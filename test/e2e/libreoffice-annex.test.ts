import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { kpiReport, tempDir } from "../support/cli-harness";
import { libreOfficeConvert } from "../support/libreoffice";
import { countPixels, readPnm } from "../support/pnm";
import { describeWithTool } from "../support/system-tools";

const run = promisify(execFile);
const SAMPLE_VALUES = resolve(__dirname, "..", "..", "samples", "itu-2012-2015.sample.json");

describeWithTool("LibreOffice Calc", "pdftoppm")("the Council annex printed by LibreOffice", () => {
  it("converts to a PDF of a sensible length whose first page shows the status summary with its bars", async () => {
    const dir = tempDir();
    const workbook = join(dir, "itu-2013.xlsx");
    const made = await kpiReport(
      "new",
      "--plan",
      "itu-2012-2015",
      "--period",
      "2013",
      "--values",
      SAMPLE_VALUES,
      "--out",
      workbook
    );
    expect(made.code).toBe(0);
    const annex = join(dir, "annex.xlsx");
    expect((await kpiReport("annex", workbook, "--out", annex, "--draft")).code).toBe(0);

    const pdf = await libreOfficeConvert(annex, "pdf");
    const pages = join(dir, "pages");
    mkdirSync(pages);
    await run("pdftoppm", ["-r", "20", pdf, join(pages, "page")], { timeout: 60_000 });
    const files = readdirSync(pages)
      .filter((f) => f.endsWith(".ppm"))
      .sort();
    // Thirteen sheets, each at least a page; Table X.2's long texts and the budget execution of 80 outputs run on
    // over a few pages more, but one page width each (fit to width), so never the dozens of pages an unscaled sheet
    // would spill onto (35 pages with LibreOffice 7.4).
    expect(files.length).toBeGreaterThanOrEqual(13);
    expect(files.length).toBeLessThanOrEqual(40);

    const first = readPnm(readFileSync(join(pages, files[0] ?? "")));
    expect(first.width).toBeGreaterThan(first.height); // landscape
    const inked = countPixels(first, (r, g, b) => r + g + b < 600);
    expect(inked / (first.width * first.height)).toBeGreaterThan(0.02);
    // The "Met" data bars are green, (99, 190, 123) blurred by the low resolution; the tables' pages have none.
    const green = countPixels(first, (r, g, b) => g > 150 && r < 160 && b < 170 && g - r > 40);
    expect(green).toBeGreaterThan(10);
  });
});
