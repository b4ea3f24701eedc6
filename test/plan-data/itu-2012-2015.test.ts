import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sectorKpis } from "../../src/core/plan";
import { sameWording } from "../../src/core/report";
import { SEED_2012_2015 } from "../fixtures/seed-tables";
import { goalTableRows, loadBundledPlan, outputTableRows } from "../support/plan-tables";

const plan = loadBundledPlan("itu-2012-2015");
const sector = (id: string) => {
  const found = plan.sectors.find((s) => s.id === id);
  if (!found) throw new Error(`no sector ${id}`);
  return found;
};
const SECTORS = ["ITU-R", "ITU-T", "ITU-D", "GS"] as const;

describe("plan-data/itu-2012-2015.json against the Annex to Resolution 71 (Rev. Guadalajara, 2010)", () => {
  it("holds the four sectors in the source's order, with the number of objectives and outputs it has", () => {
    expect(plan.sectors.map((s) => [s.id, s.name, s.objectives.length, s.outputs.length])).toEqual([
      ["ITU-R", "Radiocommunication Sector (ITU-R)", 5, 13],
      ["ITU-T", "Telecommunication Standardization Sector (ITU-T)", 4, 13],
      ["ITU-D", "Telecommunication Development Sector (ITU-D)", 6, 33],
      ["GS", "General Secretariat", 6, 21],
    ]);
  });

  it("has one goal per sector, the columns of Table 8.1", () => {
    expect(plan.goals.map((g) => [g.id, g.label, g.sector, g.title])).toEqual([
      [
        "goal.ITU-R",
        "Goal ITU-R",
        "ITU-R",
        "Strategic Goal of the Radiocommunication Sector (ITU-R)",
      ],
      [
        "goal.ITU-T",
        "Goal ITU-T",
        "ITU-T",
        "Strategic goal of the Telecommunication Standardization Sector (ITU-T)",
      ],
      [
        "goal.ITU-D",
        "Goal ITU-D",
        "ITU-D",
        "Strategic goal of the Telecommunication Development Sector (ITU-D)",
      ],
      ["goal.GS", "Goal GS", "GS", "Strategic goal of the General Secretariat (GS)"],
    ]);
  });

  it.each(SECTORS)(
    "reproduces %s's Table X.1 cell for cell: outputs, their order and every X",
    (id) => {
      const seed = SEED_2012_2015.outputTables[id];
      const s = sector(id);
      expect([s.outputTable.number, s.outputTable.title]).toEqual([seed.number, seed.title]);
      expect(outputTableRows(s)).toEqual(seed.rows);
    }
  );

  it("reproduces Table 8.1 cell for cell: every objective-goal link", () => {
    expect([plan.goalTable.number, plan.goalTable.title]).toEqual([
      SEED_2012_2015.goalTable.number,
      SEED_2012_2015.goalTable.title,
    ]);
    expect(goalTableRows(plan)).toEqual(SEED_2012_2015.goalTable.rows);
  });

  it("has one Table X.2 row per objective, with the source's count of outputs, expected results and KPIs", () => {
    const rows = plan.sectors.flatMap((s) =>
      s.results.map((r) => [r.objective, r.outputs.length, r.expectedResults.length, r.kpis.length])
    );
    expect(rows).toEqual([
      ["ITU-R.obj.1", 5, 2, 2],
      ["ITU-R.obj.2", 3, 2, 3],
      ["ITU-R.obj.3", 1, 2, 2],
      ["ITU-R.obj.4", 1, 2, 2],
      ["ITU-R.obj.5", 3, 2, 2],
      ["ITU-T.obj.1", 4, 2, 2],
      ["ITU-T.obj.2", 1, 2, 3],
      ["ITU-T.obj.3", 2, 3, 3],
      ["ITU-T.obj.4", 6, 3, 3],
      ["ITU-D.obj.1", 4, 3, 5],
      ["ITU-D.obj.2", 5, 3, 3],
      ["ITU-D.obj.3", 4, 5, 5],
      ["ITU-D.obj.4", 3, 6, 3],
      ["ITU-D.obj.5", 9, 9, 11],
      ["ITU-D.obj.6", 9, 8, 5],
      ["GS.obj.1", 1, 4, 4],
      ["GS.obj.2", 7, 8, 9],
      ["GS.obj.3", 3, 4, 4],
      ["GS.obj.4", 4, 4, 5],
      ["GS.obj.5", 2, 5, 6],
      ["GS.obj.6", 4, 6, 10],
    ]);
  });

  it("numbers expected results and KPIs by objective and position, so ids stay stable", () => {
    const misnumbered = plan.sectors.flatMap((s) =>
      s.results.flatMap((r) => {
        const n = r.objective.split(".").pop();
        return [
          ...r.expectedResults.map((e, k) => [e.id, `${s.id}.er.${n}.${k + 1}`]),
          ...r.kpis.map((kpi, k) => [kpi.id, `${s.id}.kpi.${n}.${k + 1}`]),
        ].filter(([actual, expected]) => actual !== expected);
      })
    );
    expect(misnumbered).toEqual([]);
    expect(plan.sectors.flatMap(sectorKpis)).toHaveLength(92);
  });

  it.each(["samples/itu-2012-2015.sample.json", "samples/itu-2012-2015.corrected.json"])(
    "knows every KPI that %s reports on",
    (file) => {
      const sample = JSON.parse(readFileSync(join(__dirname, "../..", file), "utf8")) as {
        entries: Record<string, unknown>;
      };
      const ids = new Set(plan.sectors.flatMap(sectorKpis).map((k) => k.id));
      expect(Object.keys(sample.entries).filter((id) => !ids.has(id))).toEqual([]);
    }
  );

  it("keeps Table X.2's own wording of outputs, so the source's disagreements with Table X.1 stay visible", () => {
    // For each objective: the Table X.1 outputs linked to it that Table X.2 does not list (by wording), and
    // how many Table X.2 items Table X.1 does not link. The source itself disagrees; the plan keeps both.
    const disagreements = plan.sectors.flatMap((s) =>
      s.results.flatMap((r) => {
        const linked = s.outputs.filter((o) => o.objectives.includes(r.objective));
        const x1Only = linked.filter((o) => !r.outputs.some((t) => sameWording(o.name, t)));
        const x2Only = r.outputs.filter((t) => !linked.some((o) => sameWording(o.name, t)));
        return x1Only.length + x2Only.length === 0
          ? []
          : [[r.objective, x1Only.map((o) => o.id), x2Only.length]];
      })
    );
    expect(disagreements).toEqual([
      ["ITU-R.obj.2", ["ITU-R.out.8"], 1],
      ["ITU-R.obj.3", ["ITU-R.out.9"], 1],
      ["ITU-R.obj.5", ["ITU-R.out.12"], 1],
      ["ITU-T.obj.1", ["ITU-T.out.1", "ITU-T.out.2", "ITU-T.out.3"], 3],
      ["ITU-D.obj.2", ["ITU-D.out.7", "ITU-D.out.9"], 2],
      ["ITU-D.obj.3", ["ITU-D.out.10", "ITU-D.out.13"], 2],
      ["ITU-D.obj.4", ["ITU-D.out.14", "ITU-D.out.15", "ITU-D.out.16"], 3],
      ["ITU-D.obj.5", ["ITU-D.out.18", "ITU-D.out.19", "ITU-D.out.22"], 4],
      ["GS.obj.2", ["GS.out.2", "GS.out.3"], 2],
      ["GS.obj.5", ["GS.out.16"], 1],
      ["GS.obj.6", ["GS.out.20", "GS.out.21"], 2],
    ]);
  });

  it("lists GS Objective 6's outputs as Table 7.2 words them, not as Table 7.1 does", () => {
    expect(sector("GS").results[5]?.outputs).toEqual([
      "ITU TELECOM World 2013",
      "ITU TELECOM World 2015",
      "Establishing and managing relationships with the broader ICT community to build relevance and momentum towards TELECOM events",
      "Leveraging TELECOM assets to strengthen other ITU events, as required",
    ]);
  });

  it("lists ITU-D Objective 5's outputs as Table 6.2 words them, not as Table 6.1 does", () => {
    expect(sector("ITU-D").results[4]?.outputs).toEqual([
      "High-quality training resources, materials and curricula in telecommunications/ICTs",
      "Enhancement of the ITU Academy portal as a repository for telecommunication/ICT resources and training materials, as well as access to ITU training interventions",
      "Face-to-face and distance-learning training interventions",
      "Training interventions through the ITU Academy, centres of excellence and Internet training centres",
      "Raising awareness among governmental and private-sector decision-makers on the importance of digital inclusion for people with special needs",
      "Case studies, guidelines and toolkits, including the Connect a School, Connect a Community toolkit of policies and best practices and the e-Accessibility toolkit for policy-makers on persons with disabilities",
      "Sharing of training materials, applications and other tools on the use of telecommunications/ICTs for social and economic development",
      "Project development and implementation",
      "Mobilization of extrabudgetary resources and partnerships",
    ]);
  });
});
