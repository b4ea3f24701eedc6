import { planCatalog } from "../../src/app";
import { makePlanFile } from "../support/make-plan";

describe("the catalogue of bundled plans", () => {
  it("offers every plan file that is valid", () => {
    const catalog = planCatalog({ "test-2020-2023.json": makePlanFile() });
    expect(catalog.plans.map((p) => p.id)).toEqual(["test-2020-2023"]);
    expect(catalog.problems).toEqual([]);
  });

  it("names the file and the place of anything wrong, and still offers the other plans", () => {
    const catalog = planCatalog({
      "test-2020-2023.json": makePlanFile(),
      "broken-2020-2023.json": makePlanFile({ id: "broken-2020-2023", period: { start: 2020 } }),
    });
    expect(catalog.plans.map((p) => p.id)).toEqual(["test-2020-2023"]);
    expect(catalog.problems).toEqual([
      expect.stringMatching(/^broken-2020-2023\.json: \$\.period/),
    ]);
  });
});
