import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WorkbookSpec } from "../../../src/core/layout";
import { META_SHEET } from "../../../src/core/format";
import { parsePlanFile, Plan, planFinder } from "../../../src/core/plan";
import { inferMeta } from "../../../src/core/report/infer-meta";
import { parseReport } from "../../../src/core/report";
import { specSnapshot } from "../../../src/core/submission";
import { ituPlan, ituSample, reportingSpec } from "../../support/office-port";

const plan2008 = (): Plan => {
  const file = join(__dirname, "..", "..", "..", "plan-data", "itu-2008-2011.json");
  const parsed = parsePlanFile(file, readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`cannot read ${file}`);
  return parsed.value;
};

const withoutMeta = (spec: WorkbookSpec): WorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.filter((s) => s.name !== META_SHEET),
});

/** The metadata sheet with one key's value replaced. */
const withMeta = (spec: WorkbookSpec, key: string, value: string): WorkbookSpec => ({
  ...spec,
  sheets: spec.sheets.map((s) =>
    s.name !== META_SHEET
      ? s
      : {
          ...s,
          tables: s.tables.map((t) => ({
            ...t,
            rows: t.rows.map((row) => (row[0] === key ? [key, value] : row)),
          })),
        }
  ),
});

describe("recognising a reporting workbook whose metadata is gone", () => {
  const itu = ituPlan();
  const older = plan2008();
  const sample = reportingSpec(itu, 2013, ituSample().entries);

  it("finds the plan, year, sectors and language from the tables, among the installed plans", () => {
    const inferred = inferMeta(specSnapshot(withoutMeta(sample)), [older, itu]);
    expect(inferred?.plan.id).toBe("itu-2012-2015");
    expect(inferred?.meta).toEqual({
      planId: "itu-2012-2015",
      planVersion: itu.version,
      formatVersion: 1,
      period: 2013,
      sectors: ["ITU-R", "ITU-T", "ITU-D", "GS"],
      language: "en",
    });
  });

  it("finds the sectors of a one-sector workbook, and the 2008-2011 plan by its years", () => {
    const oneSector = reportingSpec(older, 2011);
    const spec = withoutMeta({
      ...oneSector,
      sheets: oneSector.sheets.filter((s) => !/^(ITU-T|ITU-D|GS) /.test(s.name)),
    });
    const inferred = inferMeta(specSnapshot(spec), [itu, older]);
    expect(inferred?.meta.planId).toBe("itu-2008-2011");
    expect(inferred?.meta.period).toBe(2011);
    expect(inferred?.meta.sectors).toEqual(["ITU-R"]);
  });

  it("recognises nothing when no installed plan fits (other years, other KPI ids) or no tables are left", () => {
    expect(inferMeta(specSnapshot(withoutMeta(sample)), [older])).toBeUndefined();
    expect(inferMeta({ sheets: [], tables: [] }, [itu, older])).toBeUndefined();
  });

  it("reads such a workbook with one warning naming what was inferred, where a finder can list the plans", () => {
    const parsed = parseReport(specSnapshot(withoutMeta(sample)), planFinder([older, itu]));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.metadataRebuilt).toBe(true);
    expect(parsed.findings.map((f) => [f.rule, f.severity, f.sheet, f.message])).toEqual([
      [
        "metadata-rebuilt",
        "warning",
        "_kpi_meta",
        `The workbook has no metadata sheet _kpi_meta (table KPI_Meta); it was recognised from its own tables as plan itu-2012-2015 version ${itu.version}, reporting year 2013, sectors ITU-R, ITU-T, ITU-D, GS`,
      ],
    ]);
    expect(parsed.report.meta.period).toBe(2013);
  });

  it("rebuilds broken metadata too, but not metadata of a newer format or of a plan not installed", () => {
    const broken = parseReport(specSnapshot(withMeta(sample, "period", "")), planFinder([itu]));
    expect(broken.ok && broken.findings[0]?.message).toMatch(
      /^The workbook has a broken metadata sheet _kpi_meta \(reporting year ""\); it was recognised/
    );
    const newer = parseReport(
      specSnapshot(withMeta(sample, "formatVersion", "9")),
      planFinder([itu])
    );
    expect(newer.ok ? "" : newer.message).toMatch(/format version 9, which this version/);
    const other = parseReport(
      specSnapshot(withMeta(sample, "planId", "itu-2016-2019")),
      planFinder([itu])
    );
    expect(other.ok ? "" : other.message).toMatch(
      /plan "itu-2016-2019", which this installation does not have/
    );
  });

  it("still refuses a workbook without metadata when the finder cannot list plans", () => {
    const parsed = parseReport(specSnapshot(withoutMeta(sample)), (id) =>
      id === itu.id ? itu : undefined
    );
    expect(parsed.ok ? "" : parsed.message).toMatch(/^is not a KPI Reporter workbook/);
  });
});
