import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { kpiReport, planDir, tempDir } from "./cli-harness";
import { CLEAN_VALUES } from "./fill";
import { libreOfficeConvert } from "./libreoffice";
import { systemTools } from "./system-tools";

const run = promisify(execFile);

/** Debian's python3, whose python3-openpyxl the corpus uses (not a pyenv python3 that may be first on PATH). */
export const PYTHON = "/usr/bin/python3";
const RESAVE = resolve(__dirname, "openpyxl-resave.py");
const SHIPPED_PLANS = resolve(__dirname, "../../plan-data");

/** A cell to set before saving: sheet, address, value (null empties it). */
export type CellEdit = readonly [sheet: string, cell: string, value: string | number | null];

/** One workbook written by another tool, and what KPI Reporter must make of it. */
export interface OtherToolFile {
  /** What it is, for test names: "openpyxl: the filled test workbook, unchanged". */
  readonly name: string;
  readonly tool: "openpyxl" | "LibreOffice Calc";
  /** The file the other tool wrote. */
  readonly file: string;
  /** The plans folder to read it with (`--plans-dir`). */
  readonly plans: string;
  /** The workbook KPI Reporter wrote that the tool loaded, before the tool's edits. */
  readonly original: string;
  /** The tool's edits, made before it saved (none: loaded and saved unchanged). */
  readonly edits: readonly CellEdit[];
  /**
   * What `validate --json` finds in the original with the same edits made by ExcelJS, as `rule sheet!cell`
   * (cell `-` where a finding has none), sorted: the other tool's file must read with exactly these. For a
   * LibreOffice Calc file they include a `metadata-shown` note per record sheet (`_kpi_meta`, `_kpi_stamp`),
   * which Calc saves as hidden instead of very hidden.
   */
  readonly findings: readonly string[];
  /**
   * For a stamped submission: what `verify` must say of the tool's file: unchanged, or each edit named as
   * `sheet!cell` (the lines of `verify`'s report that name changes).
   */
  readonly verify?: { readonly unchanged: boolean; readonly changed: readonly string[] };
}

export interface OtherToolCorpus {
  readonly files: readonly OtherToolFile[];
  /** Tools that were missing, so their files are not in the corpus. */
  readonly missing: readonly string[];
}

interface Issue {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string | null;
}

/** The findings `validate --json` reports for a file, as sorted `rule sheet!cell` keys. */
export const findingKeys = async (file: string, plans: string): Promise<string[]> => {
  const r = await kpiReport("--plans-dir", plans, "validate", file, "--json");
  if (r.code === 2) throw new Error(`validate refused ${file}: ${r.err}`);
  return (JSON.parse(r.out) as { issues: Issue[] }).issues
    .map((i) => `${i.rule} ${i.sheet}!${i.cell ?? "-"}`)
    .sort();
};

/** Whether openpyxl can run here: Debian's python3 with python3-openpyxl. */
export const openpyxlAvailable = (): boolean => {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/** Loads a workbook with openpyxl, makes the edits and saves it under `out`. */
export const openpyxlResave = async (
  file: string,
  out: string,
  edits: readonly CellEdit[] = []
): Promise<string> => {
  const args = [RESAVE, file, out];
  if (edits.length > 0) {
    const editsFile = `${out}.edits.json`;
    writeFileSync(editsFile, JSON.stringify(edits));
    args.push(editsFile);
  }
  await run(PYTHON, args, { timeout: 300_000 });
  return out;
};

/** The same edits made by ExcelJS (what KPI Reporter's own tests use as an officer's edit), into `out`. */
const excelJsEdit = async (
  file: string,
  out: string,
  edits: readonly CellEdit[]
): Promise<string> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  for (const [sheet, cell, value] of edits) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
    ws.getCell(cell).value = value;
  }
  await wb.xlsx.writeFile(out);
  return out;
};

const cli = async (plans: string, ...argv: string[]): Promise<void> => {
  const r = await kpiReport("--plans-dir", plans, ...argv);
  if (r.code !== 0) throw new Error(`kpi-report ${argv.join(" ")} failed (${r.code}): ${r.err}`);
};

/** The test plan's values with a few mistakes, so that the findings to match are not only the clean ones. */
const WITH_MISTAKES = {
  ...CLEAN_VALUES,
  entries: {
    ...CLEAN_VALUES.entries,
    "A.kpi.1.2": {
      ...CLEAN_VALUES.entries["A.kpi.1.2"],
      actuals: { "2020": 27, "2021": "about 20" },
    },
    "A.kpi.2.1": { ...CLEAN_VALUES.entries["A.kpi.2.1"], evidence: undefined },
  },
};

// Edits another tool's user makes: a KPI's actual, a data note, evidence text with a line break, a link mark.
const TEST_EDITS: readonly CellEdit[] = [
  ["A KPIs", "I4", 61],
  ["A KPIs", "B3", null],
  ["A Outputs", "C2", null],
];

let made: Promise<OtherToolCorpus> | undefined;

/**
 * Workbooks written by other tools at test time, from workbooks KPI Reporter wrote: openpyxl (Debian's
 * python3-openpyxl) loading and saving them unchanged and with edits, and LibreOffice Calc converting them to
 * .xlsx again; stamped submissions among them. Each comes with what KPI Reporter must find in it (the same as
 * in the original). Made once per test process into a temporary folder; a missing tool leaves its files out
 * and is named in `missing` (suites skip with a message, or fail under CI=true).
 */
export const otherToolCorpus = (): Promise<OtherToolCorpus> => (made ??= makeCorpus());

const makeCorpus = async (): Promise<OtherToolCorpus> => {
  const dir = tempDir();
  const plans = planDir();
  const files: OtherToolFile[] = [];
  const missing: string[] = [];
  const withOpenpyxl = openpyxlAvailable();
  const withCalc = systemTools().find((t) => t.name === "LibreOffice Calc")?.available ?? false;
  if (!withOpenpyxl) missing.push(`openpyxl (${PYTHON} with python3-openpyxl)`);
  if (!withCalc) missing.push("LibreOffice Calc (/usr/bin/soffice)");

  // The originals: the test plan's workbook with mistakes, its clean twin stamped, and the real ITU workbook.
  const values = join(dir, "values.json");
  writeFileSync(values, JSON.stringify(WITH_MISTAKES));
  const filled = join(dir, "filled.xlsx");
  await cli(
    plans,
    "new",
    "--plan",
    "test-2020-2023",
    "--period",
    "2021",
    "--values",
    values,
    "--out",
    filled
  );
  const cleanValues = join(dir, "clean.json");
  writeFileSync(cleanValues, JSON.stringify(CLEAN_VALUES));
  const clean = join(dir, "clean.xlsx");
  await cli(
    plans,
    "new",
    "--plan",
    "test-2020-2023",
    "--sector",
    "A",
    "--period",
    "2021",
    "--values",
    cleanValues,
    "--out",
    clean
  );
  const submission = join(dir, "submission.xlsx");
  await cli(plans, "submit", clean, "--out", submission, "--preparer", "J. Smith");
  const itu = join(dir, "itu-2013.xlsx");
  const ituValues = resolve(__dirname, "../../samples/itu-2012-2015.sample.json");
  await cli(
    SHIPPED_PLANS,
    "new",
    "--plan",
    "itu-2012-2015",
    "--period",
    "2013",
    "--values",
    ituValues,
    "--out",
    itu
  );

  const add = async (
    tool: OtherToolFile["tool"],
    name: string,
    original: string,
    file: string,
    edits: readonly CellEdit[],
    planFolder: string,
    stamped: boolean
  ): Promise<void> => {
    const reference =
      edits.length > 0 ? await excelJsEdit(original, `${file}.exceljs.xlsx`, edits) : original;
    const shown =
      tool === "LibreOffice Calc"
        ? ["_kpi_meta", ...(stamped ? ["_kpi_stamp"] : [])].map((s) => `metadata-shown ${s}!-`)
        : [];
    files.push({
      name: `${tool}: ${name}`,
      tool,
      file,
      plans: planFolder,
      original,
      edits,
      findings: [...(await findingKeys(reference, planFolder)), ...shown].sort(),
      ...(stamped
        ? {
            verify: {
              unchanged: edits.length === 0,
              changed: edits.map(([sheet, cell]) => `${sheet}!${cell}`),
            },
          }
        : {}),
    });
  };

  if (withOpenpyxl) {
    const out = (n: string): string => join(dir, `openpyxl-${n}.xlsx`);
    await add(
      "openpyxl",
      "the filled test workbook, unchanged",
      filled,
      await openpyxlResave(filled, out("filled")),
      [],
      plans,
      false
    );
    await add(
      "openpyxl",
      "the filled test workbook, edited",
      filled,
      await openpyxlResave(filled, out("filled-edited"), TEST_EDITS),
      TEST_EDITS,
      plans,
      false
    );
    await add(
      "openpyxl",
      "a stamped submission, unchanged",
      submission,
      await openpyxlResave(submission, out("submission")),
      [],
      plans,
      true
    );
    const subEdits: CellEdit[] = [["A KPIs", "I4", 61]];
    await add(
      "openpyxl",
      "a stamped submission, one value edited",
      submission,
      await openpyxlResave(submission, out("submission-edited"), subEdits),
      subEdits,
      plans,
      true
    );
    await add(
      "openpyxl",
      "the ITU 2012-2015 workbook with the sample values, unchanged",
      itu,
      await openpyxlResave(itu, out("itu")),
      [],
      SHIPPED_PLANS,
      false
    );
  }
  if (withCalc) {
    const convert = async (file: string, name: string): Promise<string> => {
      const target = join(dir, `calc-${name}.xlsx`);
      copyFileSync(await libreOfficeConvert(file, "xlsx"), target);
      return target;
    };
    await add(
      "LibreOffice Calc",
      "the filled test workbook, saved again",
      filled,
      await convert(filled, "filled"),
      [],
      plans,
      false
    );
    await add(
      "LibreOffice Calc",
      "a stamped submission, saved again",
      submission,
      await convert(submission, "submission"),
      [],
      plans,
      true
    );
    await add(
      "LibreOffice Calc",
      "the ITU 2012-2015 workbook with the sample values, saved again",
      itu,
      await convert(itu, "itu"),
      [],
      SHIPPED_PLANS,
      false
    );
  }
  return { files, missing };
};
