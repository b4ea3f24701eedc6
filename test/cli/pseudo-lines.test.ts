import { withoutPseudoMessages } from "../support/pseudo-text";
import { join } from "node:path";
import { isPseudoLocalised } from "../../src/core/i18n";
import { kpiReport, newWorkbook, tempDir, type CliOutcome } from "../support/cli-harness";

/**
 * What a `--lang qps-ploc` run prints outside the pseudo-locale's brackets (nested ones too), with the run's own
 * data taken out (the files it names, the test plan's id): any word left there is English the catalogs lack.
 */
const unlocalised = (r: CliOutcome, data: readonly string[]): string[] => {
  let rest = `${r.out}\n${r.err}`;
  rest = withoutPseudoMessages(rest);
  for (const d of data) rest = rest.split(d).join(" ");
  // Sector ids (A, B) and numbers are data too: a word of two letters or more is not.
  return rest.split(/[\s,:;()]+/).filter((word) => /[A-Za-z]{2}/.test(word));
};

describe("kpi-report --lang qps-ploc", () => {
  it.each([
    ["plans", () => ["plans"]],
    ["new", (dir: string) => ["new", "--plan", "test-2020-2023", "--out", join(dir, "new.xlsx")]],
    [
      "validate --out",
      (dir: string, file: string) => ["validate", file, "--out", join(dir, "v.xlsx")],
    ],
    [
      "annex --draft",
      (dir: string, file: string) => ["annex", file, "--draft", "--out", join(dir, "a.xlsx")],
    ],
    ["repair", (dir: string, file: string) => ["repair", file, "--out", join(dir, "r.xlsx")]],
  ] as const)("prints no English line from %s", async (_name, args) => {
    const { dir, plans, file } = await newWorkbook();
    const r = await kpiReport("--plans-dir", plans, "--lang", "qps-ploc", ...args(dir, file));
    expect(r.out).not.toBe("");
    expect(unlocalised(r, [file, dir, "test-2020-2023"])).toEqual([]);
  });

  it("narrates the demo from the catalogs: only the sample's and the plan's data stay as written", async () => {
    const r = await kpiReport("--lang", "qps-ploc", "demo", "--out-dir", tempDir());
    expect(r).toMatchObject({ code: 0, err: "" });
    const data = [
      /^$/,
      /^ {2}- /, // the sample file's notes on its deliberate mistakes
      /^ {2}\S+(?: \S+)? +[\d,% ]+$/, // a sector's status counts, a goal's money (its label is the plan's)
      /^ {5}[a-z0-9-]+ +\d+ {2}\S/, // a rule id, its count and its first cells
    ];
    const english = r.out
      .split("\n")
      .filter((line) => !isPseudoLocalised(line) && !data.some((d) => d.test(line)));
    expect(english).toEqual([]);
    expect(r.out).toMatch(/^［ĶÞÍ Ŕéþóŕţéŕ đéɱó: /);
  });
});
