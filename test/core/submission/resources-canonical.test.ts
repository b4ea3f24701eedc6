import { parseReport } from "../../../src/core/report";
import { canonicalCells, contentHash } from "../../../src/core/submission";
import { makePlan } from "../../support/make-plan";
import { cleanSnapshot } from "../../support/rule-harness";
import type { SnapshotEdits } from "../../support/spec-snapshot";

const plan = makePlan();
const cellsOf = (edits: SnapshotEdits) => {
  const snapshot = cleanSnapshot(edits, plan);
  const parsed = parseReport(snapshot, () => plan);
  if (!parsed.ok) throw new Error(parsed.message);
  return canonicalCells(snapshot, parsed.report.meta);
};
const MONEY: SnapshotEdits = {
  "A Resources!E2": 500,
  "A Resources!F2": 480,
  "A Resources!K3": 60,
  "A Resources!L3": 40,
  "A Objective Resources!C2": 100,
};

describe("the canonical content of a workbook with resources", () => {
  it("covers every budget, expenditure and share, by output or objective id and header", () => {
    const cells = cellsOf(MONEY)
      .filter(
        (c) =>
          c.table.endsWith("Resources") &&
          /^(Budget|Expenditure|Share) /.test(c.column) &&
          c.value !== null
      )
      .map((c) => [c.table, c.row, c.column, c.value]);
    expect(cells).toEqual([
      ["A Resources", "A.out.1", "Budget 2021", 500],
      ["A Resources", "A.out.1", "Expenditure 2021", 480],
      ["A Resources", "A.out.2", "Share Objective 1", 60],
      ["A Resources", "A.out.2", "Share Objective 2", 40],
      ["A Objective Resources", "A.obj.1", "Share Goal A", 100],
    ]);
  });

  it("changes the hash when any amount or share changes", async () => {
    const hash = (edits: SnapshotEdits) => contentHash(cellsOf(edits));
    const base = await hash(MONEY);
    expect(await hash({ ...MONEY })).toBe(base);
    const edits: SnapshotEdits[] = [
      { "A Resources!E2": 501 },
      { "A Resources!J3": 1 },
      { "A Resources!K3": 61 },
      { "A Objective Resources!D3": 5 },
      { "B Resources!C2": 1 },
    ];
    for (const edit of edits)
      expect([edit, await hash({ ...MONEY, ...edit })]).not.toEqual([edit, base]);
  });
});
