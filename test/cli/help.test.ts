import { withoutPseudoMessages } from "../support/pseudo-text";
import { kpiReport, kpiReportIn } from "../support/cli-harness";

const COMMANDS = [
  "plans",
  "new",
  "validate",
  "submit",
  "verify",
  "consolidate",
  "matrix",
  "repair",
  "upgrade",
  "annex",
  "demo",
  "schema",
];

/** The help line of an option, as `--help` prints it (its description may wrap onto the next lines). */
const optionHelp = (help: string, flag: string): string => {
  const lines = help.split("\n");
  const at = lines.findIndex((l) => l.trimStart().startsWith(flag));
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => /^\s*-/.test(l));
  return [lines[at] ?? "", ...rest.slice(0, end < 0 ? rest.length : end)]
    .join(" ")
    .replace(/\s+/g, " ");
};

describe("kpi-report --help", () => {
  it("lists every command", async () => {
    const r = await kpiReport("--help");
    expect(r.code).toBe(0);
    for (const name of COMMANDS) expect(r.out).toMatch(new RegExp(`^  ${name}\\b`, "m"));
  });

  it.each(COMMANDS)("shows no empty default in the help of %s", async (name) => {
    const r = await kpiReport(name, "--help");
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/\(default: (\[\]|"")\)/);
  });

  it.each([
    ["new", "--plan <id>"],
    ["new", "--out <file.xlsx>"],
    ["submit", "--out <submission.xlsx>"],
    ["submit", "--preparer <name>"],
    ["annex", "--out <annex.xlsx>"],
    ["consolidate", "--out <council.xlsx>"],
  ])("marks %s's %s as required", async (name, flag) => {
    const r = await kpiReport(name, "--help");
    expect(optionHelp(r.out, flag)).toMatch(/\(required\)/);
  });

  it("does not mark an optional option as required, and keeps a default worth saying", async () => {
    const help = (await kpiReport("new", "--help")).out;
    expect(optionHelp(help, "--sector <id>")).not.toMatch(/required|default/);
    expect(optionHelp((await kpiReport("demo", "--help")).out, "--out-dir <dir>")).toMatch(
      /\(default: "demo-output"\)/
    );
  });
});

describe("kpi-report --help in other languages", () => {
  /** The help with every pseudo-localised message taken out (nested, wrapped over lines): what the catalogs lack. */
  const unlocalised = (help: string): string[] => {
    let rest = help;
    rest = withoutPseudoMessages(rest);
    // What is left must be terms only: the program, command names, options, arguments and usage syntax.
    return (
      rest
        .split(/\s+/)
        .filter(
          (word) => word !== "" && !/^(kpi-report|-|<|\[)/.test(word) && !COMMANDS.includes(word)
        )
        // An argument's name in the Arguments section: <file.xlsx> without its brackets.
        .filter((word) => word !== "help" && !/^[\w-]+\.xlsx(\.\.\.)?$/.test(word))
    );
  };

  it.each(["", ...COMMANDS])(
    "words all of the help of %s from the catalogs (pseudo-locale)",
    async (name) => {
      const r = await kpiReport("--lang", "qps-ploc", ...(name ? [name] : []), "--help");
      expect(r.code).toBe(0);
      expect(unlocalised(r.out)).toEqual([]);
    }
  );

  it("speaks French and Arabic, commander's own words too, and marks a required option in the language", async () => {
    const fr = (await kpiReport("--lang", "fr", "new", "--help")).out;
    expect(fr).toMatch(/^Utilisation : kpi-report new \[options\]/);
    expect(optionHelp(fr, "--plan <id>")).toMatch(/\(obligatoire\)/);
    const ar = (await kpiReportIn({ LANG: "ar_EG.UTF-8" }, "submit", "--help")).out;
    expect(ar).toMatch(/^الاستخدام: kpi-report submit/);
    expect(ar).toMatch(/الخيارات:/);
  });

  it("says commander's errors in the language, with the same exit code", async () => {
    const r = await kpiReport("--lang", "fr", "new", "--plan", "x");
    expect(r).toMatchObject({
      code: 2,
      err: "erreur : l’option obligatoire « --out <file.xlsx> » n’est pas donnée",
    });
    const en = await kpiReport("new", "--plan", "x");
    expect(en).toMatchObject({
      code: 2,
      err: "error: required option '--out <file.xlsx>' not specified",
    });
  });
});
