import { render, translatorFor } from "../../src/core/i18n";
import { catalogOf, openReport, planCatalog, validateWorkbook, WorkbookPort } from "../../src/app";
import type { Snapshot } from "../../src/core/snapshot";
import { makePlan, makePlanFile } from "../support/make-plan";
import { reportingSpec } from "../support/office-port";
import { snapshotOfSpec } from "../support/spec-snapshot";

/** A port that only reads: this snapshot. */
const readOnly = (snapshot: Snapshot): WorkbookPort => ({
  readSnapshot: () => Promise.resolve(snapshot),
  writeWorkbook: () => Promise.reject(new Error("read only")),
  markFindings: () => Promise.reject(new Error("read only")),
  clearFindings: () => Promise.reject(new Error("read only")),
  replaceSheets: () => Promise.reject(new Error("read only")),
});

const withoutMeta = (): WorkbookPort =>
  readOnly(snapshotOfSpec(reportingSpec(makePlan(), 2021), {}, { sheets: ["_kpi_meta"] }));

describe("the catalogue of plans", () => {
  it("offers every plan file that is valid, lists them, and finds one by id", () => {
    const catalog = planCatalog({ "test-2020-2023.json": makePlanFile() });
    expect(catalog.all().map((p) => p.id)).toEqual(["test-2020-2023"]);
    expect(catalog.plans).toEqual(catalog.all());
    expect(catalog.find("test-2020-2023")?.title).toBe("Test plan 2020-2023");
    expect(catalog("test-2020-2023")).toBe(catalog.find("test-2020-2023"));
    expect(catalog.find("nope")).toBeUndefined();
    expect(catalog.problems).toEqual([]);
  });

  it("names the file and the place of anything wrong, and still offers the other plans", () => {
    const catalog = planCatalog({
      "test-2020-2023.json": makePlanFile(),
      "broken-2020-2023.json": makePlanFile({ id: "broken-2020-2023", period: { start: 2020 } }),
    });
    expect(catalog.all().map((p) => p.id)).toEqual(["test-2020-2023"]);
    expect(catalog.problems).toEqual([
      expect.stringMatching(/^broken-2020-2023\.json: \$\.period/),
    ]);
  });

  it("recognises a workbook whose metadata sheet was lost, as every front end then does", async () => {
    const opened = await openReport(withoutMeta(), catalogOf([makePlan()]));
    expect(opened.ok && opened.value.metadataRebuilt).toBe(true);
    const validated = await validateWorkbook(withoutMeta(), catalogOf([makePlan()]), {
      mark: false,
      now: new Date(),
    });
    expect(validated.ok && validated.value.findings.map((f) => f.rule)).toContain(
      "metadata-rebuilt"
    );
  });

  it("refuses that workbook, in one sentence, with a finder that cannot list its plans", async () => {
    const plan = makePlan();
    const opened = await openReport(withoutMeta(), (id) => (id === plan.id ? plan : undefined));
    expect(opened.ok).toBe(false);
    expect(opened.ok ? [] : opened.errors.map((e) => render(translatorFor("en"), e))).toEqual([
      expect.stringMatching(/_kpi_meta/),
    ]);
  });
});
