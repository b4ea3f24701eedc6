import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "..", "..", "src", "taskpane", "styles");
const sheets = readdirSync(DIR).filter((name) => name.endsWith(".css"));

/** A declaration that names a physical side, which dir="rtl" would not mirror. */
const PHYSICAL =
  /^\s*((margin|padding|border)-(left|right|top|bottom)[a-z-]*|left|right|top|bottom)\s*:|^\s*(text-align|float|clear)\s*:\s*(left|right)\b/;

describe("the pane's style sheets", () => {
  it("are several files by concern, none over 250 lines", () => {
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    const long = sheets
      .map((name) => [name, readFileSync(join(DIR, name), "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it("name every side logically (inline-start, block-end), so that an Arabic pane is mirrored", () => {
    const physical = sheets.flatMap((name) =>
      readFileSync(join(DIR, name), "utf8")
        .split("\n")
        .map((line, i) => [`${name}:${i + 1}`, line] as const)
        .filter(([, line]) => PHYSICAL.test(line))
        .map(([at, line]) => `${at} ${line.trim()}`)
    );
    expect(physical).toEqual([]);
  });
});
