import { findingsOf } from "../../support/rule-harness";

describe("x2-outputs-agree", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(findingsOf("x2-outputs-agree")).toEqual([]);
  });

  it("reports Table X.2 listing an output Table X.1 does not link", () => {
    expect(findingsOf("x2-outputs-agree", { "A Results!D3": "Conferences and seminars" })).toEqual([
      'A Results!A3: Table 4.2 lists output "Conferences and seminars" for Objective 1, but Table 4.1 links no output of that name to it',
      'A Outputs!A2: Table 4.1 links output "Conference" to Objective 1, but Table 4.2 does not list it there',
    ]);
  });
});
