import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makePlanFile } from "../support/make-plan";

const MAIN = join(__dirname, "../../dist/cli/main.js");

/**
 * Runs the built CLI in a node process of its own and says what it printed and whether it loaded zod, the plan
 * schema's library (95 modules): `plans` starts within 2x of a bare node start only without it (issue #12).
 */
const runBuilt = (...argv: string[]): { code: number; out: string; err: string; zod: boolean } => {
  const script = `
    const out = [], err = [];
    require(${JSON.stringify(MAIN)})
      .run(${JSON.stringify(argv)}, { out: (l) => out.push(l), err: (l) => err.push(l) }, () => new Date(), {})
      .then((code) => process.stdout.write(JSON.stringify({
        code, out: out.join("\\n"), err: err.join("\\n"),
        zod: Object.keys(require.cache).some((f) => /[\\\\/]node_modules[\\\\/]zod[\\\\/]/.test(f)),
      })));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { code: number; out: string; err: string; zod: boolean };
};

describe("kpi-report's start without the plan schema's library (the built CLI)", () => {
  it("lists the bundled plans, their notes and --help without loading zod", () => {
    const plans = runBuilt("plans");
    expect(plans).toMatchObject({ code: 0, err: "", zod: false });
    expect(plans.out.split("\n").map((l) => l.split("\t")[0])).toEqual([
      "id",
      "itu-2008-2011",
      "itu-2012-2015",
    ]);
    expect(runBuilt("plans", "--notes")).toMatchObject({ code: 0, zod: false });
    expect(runBuilt("--help")).toMatchObject({ code: 0, zod: false });
  });

  it("lists a sound --plans-dir folder without zod, and loads it to name a broken file", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-plans-start-"));
    try {
      writeFileSync(join(dir, "test-2020-2023.json"), JSON.stringify(makePlanFile()));
      const sound = runBuilt("--plans-dir", dir, "plans");
      expect(sound).toMatchObject({ code: 0, zod: false });
      expect(sound.out).toContain("test-2020-2023\t2020-2023\tA, B");
      writeFileSync(
        join(dir, "broken-2020-2023.json"),
        JSON.stringify(
          makePlanFile({ id: "broken-2020-2023", period: { start: 2020, end: "2023" } })
        )
      );
      const broken = runBuilt("--plans-dir", dir, "plans");
      expect(broken).toMatchObject({ code: 2, zod: true });
      expect(broken.err).toBe(
        `kpi-report: ${join(dir, "broken-2020-2023.json")}: $.period.end: Invalid input: expected number, received string`
      );
      expect(broken.out).toContain("test-2020-2023\t2020-2023\tA, B");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
