import { join } from "node:path";
import { runBuilt } from "../support/built-cli";
import { tempDir } from "../support/cli-harness";

/** The libraries a command that reads a workbook has no use for: the schemas', the writer's, JS inflation's. */
const HEAVY = ["zod", "exceljs", "jszip", "fflate"];

describe("what a command that reads a workbook loads (the built CLI)", () => {
  let workbook: string;
  beforeAll(() => {
    workbook = join(tempDir(), "w.xlsx");
    const made = runBuilt("new", "--plan", "itu-2012-2015", "--period", "2013", "--out", workbook);
    expect(made.code).toBe(0);
    // Writing a new workbook is ExcelJS's job: the list below would not catch a library it could not see.
    expect(made.packages).toContain("exceljs");
  });

  it("validates loading none of zod, ExcelJS, JSZip or fflate; writing a checked copy, no zod or fflate", () => {
    const json = runBuilt("validate", workbook, "--json");
    expect([0, 1]).toContain(json.code);
    expect(JSON.parse(json.out)).toMatchObject({ file: workbook, plan: "itu-2012-2015" });
    expect(json.packages.filter((p) => HEAVY.includes(p))).toEqual([]);
    const checked = runBuilt("validate", workbook, "--out", join(tempDir(), "checked.xlsx"));
    expect(checked.err).toBe("");
    // The findings sheet is written by ExcelJS (it stays the writer), its zip by the platform's deflate.
    expect(checked.packages.filter((p) => p === "zod" || p === "fflate")).toEqual([]);
  });
});
