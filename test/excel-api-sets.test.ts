/**
 * Excel's own rule for add-ins: a member of the Excel JavaScript API above the requirement set the manifest asks
 * for may be missing in an Excel that installs the add-in, so it must be used only after
 * `Office.context.requirements.isSetSupported`. The requirement set of each member is read from the
 * `[Api set: ExcelApi 1.x]` notes of @types/office-js; the manifest's from manifest.xml.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { unguardedExcelApiUses, versionAbove } from "./support/excel-api-uses";

const ROOT = join(__dirname, "..");
/** The add-in's code that talks to Excel. */
const ADDIN_FOLDERS = ["src/adapters/office", "src/taskpane", "src/commands"];

const compilerOptions = (): ts.CompilerOptions => {
  const file = join(ROOT, "tsconfig.json");
  const { config } = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
};

/** The ExcelApi version manifest.xml requires (`<Set Name="ExcelApi" MinVersion="1.9"/>`). */
const manifestRequirement = (): string => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const found = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"\s*\/>/.exec(manifest);
  if (!found?.[1]) throw new Error("manifest.xml requires no ExcelApi version");
  return found[1];
};

const sourcesOf = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(ROOT, folder, name));

describe("the Excel API requirement sets the add-in uses", () => {
  it("reads the manifest's requirement, ExcelApi 1.9", () => {
    expect(manifestRequirement()).toBe("1.9");
  });

  it("uses no member above the manifest's requirement set without checking isSetSupported first", () => {
    const files = ADDIN_FOLDERS.flatMap(sourcesOf);
    expect(files.length).toBeGreaterThan(20);
    expect(unguardedExcelApiUses(files, compilerOptions(), manifestRequirement(), ROOT)).toEqual(
      []
    );
  });

  it("finds each planted use above 1.9 that is unguarded or guarded for too low a version, and no other", () => {
    const fixture = join(ROOT, "test", "fixtures", "excel-api-sets", "planted-uses.ts");
    const uses = unguardedExcelApiUses([fixture], compilerOptions(), "1.9", ROOT);
    const planted = readFileSync(fixture, "utf8")
      .split("\n")
      .flatMap((line, i) => (line.includes("// planted") ? [i + 1] : []));
    expect(uses.map((u) => `${u.member} (${u.set})`)).toEqual([
      "Excel.Range.getSpillingToRange (ExcelApi 1.12)",
      "Excel.Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13)",
      "Excel.InsertWorksheetOptions.positionType (ExcelApi 1.13)",
      "Excel.Worksheet.clearArrows (ExcelApiDesktop 1.1)",
      "Excel.Range.getSpillingToRange (ExcelApi 1.12)",
    ]);
    expect([...new Set(uses.map((u) => Number(u.at.split(":")[1])))]).toEqual(planted);
    expect(uses[0]?.at).toMatch(/^test\/fixtures\/excel-api-sets\/planted-uses\.ts:\d+$/);
  });

  it("orders versions as numbers, 1.10 above 1.9", () => {
    expect(versionAbove("1.10", "1.9")).toBe(true);
    expect(versionAbove("1.9", "1.9")).toBe(false);
    expect(versionAbove("1.8", "1.9")).toBe(false);
    expect(versionAbove("2.0", "1.19")).toBe(true);
  });
});
