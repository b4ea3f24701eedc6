import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuiltZod as runBuilt } from "../support/built-cli";
import { makePlanFile } from "../support/make-plan";

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

  it("reads the catalog of the language it speaks, and no other", () => {
    expect(runBuilt("plans").catalogs).toEqual(["en"]);
    expect(runBuilt("--help").catalogs).toEqual(["en"]);
    const french = runBuilt("--lang", "fr", "plans");
    expect(french.out.split("\n")[0]?.split("\t")[0]).toBe("identifiant");
    expect(french.catalogs).toEqual(["en", "fr"]);
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
