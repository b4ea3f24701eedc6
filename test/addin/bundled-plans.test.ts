import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bundlePlans } from "../../src/addin";

const PLAN_DATA = join(__dirname, "..", "..", "plan-data");

/** plan-data/ as webpack's require.context gives it to the add-in: every plan file but the schema, by file name. */
const planFiles = (): Record<string, unknown> =>
  Object.fromEntries(
    readdirSync(PLAN_DATA)
      .filter((n) => n.endsWith(".json") && !n.endsWith(".schema.json"))
      .map((n) => [n, JSON.parse(readFileSync(join(PLAN_DATA, n), "utf8")) as unknown])
  );

describe("the plans the add-in bundles", () => {
  it("offers every plan file, the newest period first", () => {
    const { plans, problems } = bundlePlans(planFiles());
    expect(problems).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(["itu-2012-2015", "itu-2008-2011"]);
  });

  it("finds a plan by id and lists them all, so that a workbook without its metadata is recognised", () => {
    const catalog = bundlePlans(planFiles());
    expect(catalog("itu-2008-2011")?.period).toEqual({ start: 2008, end: 2011 });
    expect(catalog.find("itu-2012-2015")?.id).toBe("itu-2012-2015");
    expect(catalog("itu-1999")).toBeUndefined();
    expect(catalog.all().map((p) => p.id)).toEqual(["itu-2012-2015", "itu-2008-2011"]);
  });

  it("names a broken plan file and still offers the others", () => {
    const files = planFiles();
    const { plans, problems } = bundlePlans({ ...files, "broken.json": { id: "broken" } });
    expect(plans).toHaveLength(2);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith("broken.json"))).toBe(true);
  });
});
