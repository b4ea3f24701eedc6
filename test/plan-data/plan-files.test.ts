import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatPlanFileError,
  parsePlanFile,
  planJsonSchema,
  sectorKpis,
} from "../../src/core/plan";

const DIR = join(__dirname, "../../plan-data");
const planFiles = readdirSync(DIR).filter(
  (n) => n.endsWith(".json") && !n.endsWith(".schema.json")
);

describe("plan-data/", () => {
  it("holds the two ITU plans", () => {
    expect(planFiles.sort()).toEqual(["itu-2008-2011.json", "itu-2012-2015.json"]);
  });

  it.each(planFiles)("%s loads: it fits the schema and all its links resolve", (name) => {
    const result = parsePlanFile(`plan-data/${name}`, readFileSync(join(DIR, name), "utf8"));
    expect(result.ok ? [] : result.errors.map(formatPlanFileError)).toEqual([]);
  });

  it.each(planFiles)(
    "%s gives every KPI a measure, direction and a unit where it is counted",
    (name) => {
      const result = parsePlanFile(name, readFileSync(join(DIR, name), "utf8"));
      if (!result.ok) throw new Error("does not load");
      const unitless = result.value.sectors
        .flatMap(sectorKpis)
        .filter((k) => (k.measure === "number" || k.measure === "percentage") && k.unit === "")
        .map((k) => k.id);
      expect(unitless).toEqual([]);
    }
  );

  it.each(planFiles)(
    "%s holds plain text: no markup, entities, symbol-font glyphs or stray spaces from the source's rendering",
    (name) => {
      const problems: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (typeof value === "string") {
          if (/<\/?[a-z][^>]*>/i.test(value)) problems.push(`${path}: HTML tag`);
          if (/&(#\d+|[a-z]+);/i.test(value)) problems.push(`${path}: HTML entity`);
          if (/[\ue000-\uf8ff]/.test(value))
            problems.push(`${path}: private-use (symbol font) character`);
          if (/[ \u00a0]{2}|\u00a0|^\s|\s$| \n|\n /.test(value))
            problems.push(`${path}: stray space`);
        } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
        else if (value !== null && typeof value === "object")
          Object.entries(value).forEach(([k, v]) => visit(v, `${path}.${k}`));
      };
      visit(JSON.parse(readFileSync(join(DIR, name), "utf8")), "$");
      expect(problems).toEqual([]);
    }
  );

  it("ships plan.schema.json as generated from the schema in code (npm run schema refreshes it)", () => {
    const committed = JSON.parse(readFileSync(join(DIR, "plan.schema.json"), "utf8"));
    expect(committed).toEqual(planJsonSchema());
  });
});
