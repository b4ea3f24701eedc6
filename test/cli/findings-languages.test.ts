import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { CATALOGS, isPseudoLocalised, type Language } from "../../src/core/i18n";
import { kpiReport, tempDir } from "../support/cli-harness";

interface Issue {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly message: string;
  readonly fix: string | null;
}

const OTHERS = ["fr", "ar", "zh", "ru", "es"] as const;
const SAMPLE = "samples/itu-2012-2015.sample.json";

/** `new --lang` on the whole 2012-2015 plan filled with the sample (its deliberate mistakes), into a new folder. */
const newWorkbook = async (language: string): Promise<string> => {
  const file = join(tempDir(), `${language}.xlsx`);
  const made = await kpiReport(
    ...["new", "--plan", "itu-2012-2015", "--period", "2013", "--values", SAMPLE],
    ...["--out", file, "--lang", language]
  );
  expect(made).toMatchObject({ code: 0, err: "" });
  return file;
};

const issuesOf = async (file: string, ...options: string[]): Promise<Issue[]> => {
  const checked = await kpiReport("validate", file, "--json", ...options);
  expect(checked.err).toBe("");
  return (JSON.parse(checked.out) as { issues: Issue[] }).issues;
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern matching every text a parsed message can format to: its literals as written, anything for a placeholder. */
const patternOf = (elements: readonly MessageFormatElement[]): string =>
  elements
    .map((element) => {
      if (element.type === TYPE.literal) return escape(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        return `(?:${Object.values(element.options)
          .map((option) => patternOf(option.value))
          .join("|")})`;
      return "[\\s\\S]*?";
    })
    .join("");

/** Every finding message and fix of a language's catalog, as patterns a text from it matches whole. */
const findingPatterns = (language: Language): RegExp[] =>
  Object.entries(CATALOGS[language])
    .filter(([key]) => key.startsWith("finding."))
    .map(([, message]) => new RegExp(`^${patternOf(parse(message))}$`));

const fromCatalog = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((p) => p.test(text));

describe("findings in the six languages", () => {
  let english: Issue[] = [];

  beforeAll(async () => {
    english = await issuesOf(await newWorkbook("en"));
  }, 120_000);

  it("English findings are the catalog's English messages", () => {
    const patterns = findingPatterns("en");
    expect(english.length).toBeGreaterThan(5);
    expect(english.filter((i) => !fromCatalog(patterns, i.message))).toEqual([]);
    expect(english.filter((i) => i.fix !== null && !fromCatalog(patterns, i.fix))).toEqual([]);
  });

  it.each(OTHERS)(
    "%s: the sample's mistakes give the English rule ids and cells, each message and fix the language's own",
    async (language) => {
      const issues = await issuesOf(await newWorkbook(language));
      // Stable keys: the same rules at the same cells, severities as codes.
      expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual(
        english.map((i) => [i.rule, i.severity, i.cell])
      );
      const patterns = findingPatterns(language);
      issues.forEach((issue, n) => {
        const theirs = english[n] as Issue;
        expect(issue.message).not.toBe(theirs.message);
        expect(fromCatalog(patterns, issue.message)).toBe(true);
        if (issue.fix !== null) {
          expect(issue.fix).not.toBe(theirs.fix);
          expect(fromCatalog(patterns, issue.fix)).toBe(true);
        }
      });
    },
    240_000
  );

  it("quotes the words the workbook shows: a French workbook's headers and dropdown words, in a Spanish report", async () => {
    const file = await newWorkbook("fr");
    const own = await issuesOf(file);
    const missing = own.find((i) => i.rule === "actual-missing");
    expect(missing?.fix).toBe(
      "Saisissez la valeur réalisée, ou choisissez « Aucune donnée » dans « Note sur les données » et expliquez pourquoi dans « Justificatif / commentaire »."
    );
    const spanish = await issuesOf(file, "--lang", "es");
    expect(spanish.find((i) => i.rule === "actual-missing")?.fix).toBe(
      "Introduzca el valor real, o elija «Aucune donnée» en «Note sur les données» y explique el motivo en «Justificatif / commentaire»."
    );
  }, 120_000);

  it("--lang qps-ploc pseudo-localises every message and fix, so hard-coded English shows", async () => {
    const issues = await issuesOf(await newWorkbook("en"), "--lang", "qps-ploc");
    expect(issues.map((i) => [i.rule, i.cell])).toEqual(english.map((i) => [i.rule, i.cell]));
    expect(issues.filter((i) => !isPseudoLocalised(i.message))).toEqual([]);
    expect(issues.filter((i) => i.fix === null || !isPseudoLocalised(i.fix))).toEqual([]);
  }, 120_000);

  it("writes the Validation sheet of an Arabic workbook in Arabic, right to left, and replaces it in another language", async () => {
    const dir = tempDir();
    const file = await newWorkbook("ar");
    const checked = join(dir, "checked.xlsx");
    const csv = join(dir, "findings.csv");
    const r = await kpiReport("validate", file, "--out", checked, "--csv", csv);
    expect(r.code).toBe(1);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(checked);
    const ws = wb.getWorksheet("التحقق");
    expect(ws).toBeDefined();
    expect(wb.getWorksheet("Validation")).toBeUndefined();
    expect(ws?.views[0]?.rightToLeft).toBe(true);
    // The title as read, without the invisible Unicode isolates that keep its runs in order.
    expect(String(ws?.getCell("A1").value).replace(/[\u2066-\u2069]/g, "")).toMatch(
      /^التحقق: 6 أخطاء، /
    );
    const headers = (ws?.getRow(4).values as unknown[]).slice(1);
    expect(headers).toEqual([
      CATALOGS.ar["header.severity"],
      CATALOGS.ar["header.rule"],
      CATALOGS.ar["header.sector"],
      CATALOGS.ar["header.sheet"],
      CATALOGS.ar["header.cell"],
      CATALOGS.ar["header.message"],
      CATALOGS.ar["header.fix"],
    ]);
    const first = ws?.getRow(5);
    expect(first?.getCell(1).value).toBe(CATALOGS.ar["findingsSheet.severity.error"]);
    expect(String(first?.getCell(6).value)).toMatch(/[\u0600-\u06ff]/);

    // The CSV speaks Arabic too; rule ids and severities stay codes for the receiving unit's tools.
    const lines = readFileSync(csv, "utf8")
      .replace(/^\ufeff/, "")
      .split(/\r?\n/);
    expect(lines[0]?.split(",").slice(0, 3)).toEqual([
      CATALOGS.ar["findingsSheet.csv.file"],
      CATALOGS.ar["findingsSheet.csv.plan"],
      CATALOGS.ar["findingsSheet.csv.year"],
    ]);
    expect(lines[1]).toContain(",error,");

    // Validated again in English, the copy gets an English Validation sheet in place of the Arabic one.
    const again = join(dir, "again.xlsx");
    await kpiReport("validate", checked, "--lang", "en", "--out", again);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(again);
    const names = wb2.worksheets.map((w) => w.name);
    expect(names).toContain("Validation");
    expect(names).not.toContain("التحقق");
    expect(wb2.getWorksheet("Validation")?.views[0]?.rightToLeft ?? false).toBe(false);
  }, 240_000);
});
