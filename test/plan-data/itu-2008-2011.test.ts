import { SEED_2008_2011 } from "../fixtures/seed-tables";
import { goalTableRows, loadBundledPlan, outputTableRows } from "../support/plan-tables";

const plan = loadBundledPlan("itu-2008-2011");
const SECTORS = ["ITU-R", "ITU-T", "ITU-D", "GS"] as const;

describe("plan-data/itu-2008-2011.json against the strategic plan 2008-2011", () => {
  it("has the seven goals of the Union of Part I, with the short titles of the goal table", () => {
    expect(plan.goals.map((g) => [g.id, g.label, g.title, g.text])).toEqual([
      [
        "goal.1",
        "Goal 1",
        "Maintain and extend international cooperation",
        "Maintaining and extending international cooperation among all Member States and with relevant regional organizations for the improvement and rational use of telecommunications and information technology of all kinds, taking the leading role in United Nations system initiatives on information and communication technologies (ICTs).",
      ],
      [
        "goal.2",
        "Goal 2",
        "Assist in bridging the digital divide in ICTs, promote global connectivity through e.g. WSIS",
        "Assisting with bridging the international digital divide in ICTs, by facilitating development of fully interconnected and interoperable networks and services to promote global connectivity and by playing an appropriate role in the multi-stakeholder process for the follow-up and implementation of the outcomes of the World Summit on the Information Society (WSIS).",
      ],
      [
        "goal.3",
        "Goal 3",
        "Widen the Union’s membership",
        "Widening the Union's membership, extending and facilitating cooperative participation of an increasing number of administrations and organizations, as well as new actors, including representatives of civil society.",
      ],
      [
        "goal.4",
        "Goal 4",
        "Develop tools to safeguard networks (efficient operation, security, interoperability, integrity)",
        "Developing tools, based on contributions from members, to safeguard the efficient operation, integrity, interoperability and security of networks.",
      ],
      [
        "goal.5",
        "Goal 5",
        "Continue to improve the efficiency and effectiveness of ITU's structures and services and their relevance to membership",
        "Continuing to improve the efficiency and effectiveness of ITU's structures and services and their relevance to the membership and the wider global community.",
      ],
      [
        "goal.6",
        "Goal 6",
        "Disseminate information and know-how",
        "Disseminating information and know-how to provide the membership and the wider community, particularly developing countries, with capabilities to leverage the benefits, inter alia, of private sector participation, competition, globalization and technological change in their ICT sector.",
      ],
      [
        "goal.7",
        "Goal 7",
        "Promote the development of an enabling environment (e.g. to foster supportive, transparent, pro-competitive policies and regulatory frameworks)",
        "Promoting the development of an enabling environment that assists governments to foster supportive, transparent, pro-competitive and predictable policies, as well as a legal and regulatory framework that provides appropriate incentives for investment and community development in the Information Society.",
      ],
    ]);
  });

  it("holds the three Sectors and the Secretariat with the number of objectives and outputs the source has", () => {
    expect(plan.sectors.map((s) => [s.id, s.name, s.objectives.length, s.outputs.length])).toEqual([
      ["ITU-R", "Radiocommunication Sector (ITU-R)", 5, 12],
      ["ITU-T", "Telecommunication Standardization Sector (ITU-T)", 7, 12],
      ["ITU-D", "Telecommunication Development Sector (ITU-D)", 7, 12],
      ["GS", "Secretariat", 5, 14],
    ]);
  });

  it.each(SECTORS)(
    "reproduces %s's objectives and outputs table cell for cell: short titles, outputs and every X",
    (id) => {
      const seed = SEED_2008_2011.outputTables[id];
      const s = plan.sectors.find((x) => x.id === id);
      if (!seed || !s) throw new Error(`no ${id} table`);
      expect([s.outputTable.number ?? "", s.outputTable.title]).toEqual([seed.number, seed.title]);
      expect(outputTableRows(s, (o) => `${o.label}\n${o.shortTitle ?? ""}`)).toEqual(seed.rows);
    }
  );

  it("links no objective to a goal: the source's Part IV matrix is cut off, and nothing is invented", () => {
    const rows = goalTableRows(plan);
    expect(rows[0]).toEqual([
      "",
      "Goal 1",
      "Goal 2",
      "Goal 3",
      "Goal 4",
      "Goal 5",
      "Goal 6",
      "Goal 7",
    ]);
    expect(rows.slice(1).filter((row) => row.includes("X"))).toEqual([]);
    expect(rows).toHaveLength(1 + 4 + 24);
    expect([plan.goalTable.number, plan.goalTable.title]).toEqual([
      null,
      "Matching specific objectives to the overall goals of the Union",
    ]);
  });

  it("has no results tables (expected results and KPIs), as the 2008-2011 plan has none", () => {
    expect(plan.sectors.map((s) => [s.id, s.resultsTable, s.results])).toEqual([
      ["ITU-R", null, []],
      ["ITU-T", null, []],
      ["ITU-D", null, []],
      ["GS", null, []],
    ]);
  });
});
