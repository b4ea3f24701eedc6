import { findingsOf } from "../../support/rule-harness";

describe("amount-not-number", () => {
  it("finds nothing in a cleanly filled workbook", () => {
    expect(
      findingsOf("amount-not-number", { "A Resources!E2": 1200, "A Resources!K3": 50 })
    ).toEqual([]);
  });

  it("reports text in a budget, and a date in a share, at their cells", () => {
    expect(
      findingsOf("amount-not-number", {
        "A Resources!E2": "1.2m",
        "A Objective Resources!C3": { date: "2021-03-31" },
      })
    ).toEqual([
      'A Resources!E2: Budget 2021 of A.out.1 holds "1.2m", not a number; the totals count it as 0',
      "A Objective Resources!C3: Share Goal A of A.obj.2 holds the date 2021-03-31, not a number; the totals count it as 0",
    ]);
  });
});
