import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { headerText, labelsIn, type Language } from "../../src/core/format";
import { CATALOGS, type MessageKey } from "../../src/core/i18n";
import { kpiReport, tempDir } from "../support/cli-harness";
import { libreOfficeConvert } from "../support/libreoffice";
import { readBack } from "../support/read-sheet";
import { describeWithTool } from "../support/system-tools";

const run = promisify(execFile);
const CORRECTED = "samples/itu-2012-2015.corrected.json";

/**
 * Text as compared: Unicode-normalised (NFKC: Arabic presentation forms to letters), without spaces, format
 * characters (bidi marks), combining marks (Arabic vowel signs, which pdftotext places apart from their letter) or
 * tatweel (kashida, which justification adds); each run of lam and alef letters within a word sorted, since
 * pdftotext gives a lam-alef ligature's two letters in either order.
 */
const normal = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/[\p{Cf}\p{Mn}\u0640]/gu, "")
    .split(/\s+/)
    .map((word) =>
      word.replace(/[\u0644\u0622\u0623\u0625\u0627]+/g, (run) => [...run].sort().join(""))
    )
    .join("");

/** The words of a text: split at spaces and at the punctuation between words (which a PDF may reorder). */
const words = (text: string): string[] =>
  text
    .split(/[\s،,:;()/"“”«»：，；（）、。-]+/u)
    .map(normal)
    .filter((w) => w !== "");

/** The annex's own words that have no placeholder: headers, sheet names, headings. */
const catalogWords = (language: Language): string[] =>
  (Object.keys(CATALOGS.en) as MessageKey[])
    .filter((key) => /^annex\.(header|status\.byObjective)/.test(key))
    .map((key) => CATALOGS[language][key])
    .filter((text) => !text.includes("{"));

describeWithTool("LibreOffice Calc", "pdftotext")(
  "the Arabic and Chinese annexes printed by LibreOffice",
  () => {
    it.each(["ar", "zh"] as const)(
      "%s: every word of the titles, headers and status words is in the PDF's text, on no more pages than the English bound",
      async (language) => {
        const dir = tempDir();
        const workbook = join(dir, `${language}.xlsx`);
        const made = await kpiReport(
          ...["new", "--plan", "itu-2012-2015", "--period", "2013", "--values", CORRECTED],
          ...["--out", workbook, "--lang", language]
        );
        expect(made.code).toBe(0);
        const annex = join(dir, "annex.xlsx");
        expect((await kpiReport("annex", workbook, "--out", annex)).code).toBe(0);

        // What was written, read back by ExcelJS: every sheet's title (A1).
        const titles = (await readBack(annex)).worksheets.map((ws) =>
          String(ws.getCell("A1").value)
        );
        expect(titles).toHaveLength(13);
        const written = [
          ...titles,
          ...catalogWords(language),
          ...Object.values<string>(labelsIn("status", language)),
          ...(["sector", "target", "actual", "status", "goal"] as const).map((key) =>
            headerText(key, language, 2013)
          ),
        ];

        const pdf = await libreOfficeConvert(annex, "pdf");
        const { stdout } = await run("pdftotext", [pdf, "-"], {
          timeout: 120_000,
          maxBuffer: 64 * 1024 * 1024,
        });
        const printed = normal(stdout);
        expect(stdout).not.toContain("\uFFFD");
        const missing = [...new Set(written.flatMap(words))].filter((w) => !printed.includes(w));
        expect(missing).toEqual([]);

        if (language === "ar") {
          // Printed right to left: on the first page the Sector column (A) stands right of the KPIs column (the
          // last). pdftotext -bbox gives right-to-left words in visual order, so each is read reversed.
          const { stdout: boxes } = await run(
            "pdftotext",
            ["-f", "1", "-l", "1", "-bbox", pdf, "-"],
            {
              timeout: 60_000,
            }
          );
          const left = (word: string): number | undefined => {
            for (const m of boxes.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g))
              if (normal([...(m[2] ?? "")].reverse().join("")) === normal(word))
                return Number(m[1]);
            return undefined;
          };
          const sector = left(headerText("sector", "ar"));
          const kpis = left(CATALOGS.ar["annex.header.kpiCount"]);
          expect(sector).toBeGreaterThan(kpis ?? Infinity);
        }

        // The English annex's bound (test/e2e/libreoffice-annex.test.ts): thirteen sheets on 13 to 40 pages.
        const { stdout: info } = await run("pdfinfo", [pdf], { timeout: 60_000 });
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        expect(pages).toBeGreaterThanOrEqual(13);
        expect(pages).toBeLessThanOrEqual(40);
      },
      600_000
    );
  }
);
