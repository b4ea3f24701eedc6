import { kpiReport } from "../support/cli-harness";

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
