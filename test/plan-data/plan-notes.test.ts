import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPlan, outputDisagreements, Plan, planNoteLines } from "../../src/core/plan";

const plan = (id: string): Plan => {
  const loaded = loadPlan(
    JSON.parse(readFileSync(join(__dirname, "../../plan-data", `${id}.json`), "utf8"))
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

describe("the plans' notes on their source", () => {
  it.each(["itu-2012-2015", "itu-2008-2011"])(
    "%s: every Table X.1/X.2 disagreement of the plan is said once, in a note of its objective that names each output",
    (id) => {
      const p = plan(id);
      for (const sector of p.sectors) {
        for (const d of outputDisagreements(sector)) {
          const notes = p.notes.filter(
            (n) => n.sector === sector.id && n.objective === d.objective
          );
          const about = notes.filter((n) => /disagree on the outputs/.test(n.text));
          expect(about).toHaveLength(1);
          for (const text of [...d.listedOnly, ...d.linkedOnly.map((o) => o.name)])
            expect(about[0]?.text).toContain(`"${text}"`);
        }
      }
    }
  );

  it("2012-2015: notes the 11 objectives whose outputs Tables X.1 and X.2 word or list differently", () => {
    const p = plan("itu-2012-2015");
    expect(p.sectors.flatMap((s) => outputDisagreements(s).map((d) => d.objective))).toEqual([
      "ITU-R.obj.2",
      "ITU-R.obj.3",
      "ITU-R.obj.5",
      "ITU-T.obj.1",
      "ITU-D.obj.2",
      "ITU-D.obj.3",
      "ITU-D.obj.4",
      "ITU-D.obj.5",
      "GS.obj.2",
      "GS.obj.5",
      "GS.obj.6",
    ]);
  });

  it("2008-2011: notes that the source has no Table X.2 and no objective-goal links", () => {
    const lines = planNoteLines(plan("itu-2008-2011"));
    expect(lines[0]).toBe("itu-2008-2011 (version 1.1.0): 2 notes on its source");
    expect(lines.slice(1).join("\n")).toMatch(/Whole plan: The source has no Table X.2/);
    expect(lines.slice(1).join("\n")).toMatch(/Part IV matrix .* is cut off/);
  });
});
