import {
  englishResourceHeader,
  LANGUAGES,
  recogniseResourceHeader,
  resourceHeader,
  type ResourceHeaderKind,
} from "../../../src/core/format";

const PER_YEAR: readonly ResourceHeaderKind[] = ["budget", "expenditure", "execution"];
const PER_LABEL: readonly ResourceHeaderKind[] = ["share", "allocated"];

describe("the resources tables' headers in six languages", () => {
  it.each(LANGUAGES)("%s: each header is read back as its kind and year or label", (language) => {
    for (const kind of PER_YEAR)
      expect(recogniseResourceHeader(resourceHeader(kind, 2013, language))).toEqual({
        kind,
        year: 2013,
      });
    for (const kind of PER_LABEL)
      for (const label of ["Objective 2", "Goal ITU-R", "Budget 2013"])
        expect(recogniseResourceHeader(resourceHeader(kind, label, language))).toEqual({
          kind,
          label,
        });
  });

  it("reads a header as an officer may retype it: other case, extra spaces", () => {
    expect(recogniseResourceHeader("  dépenses   2014 ")).toEqual({
      kind: "expenditure",
      year: 2014,
    });
    expect(recogniseResourceHeader("PART  Objective 1")).toEqual({
      kind: "share",
      label: "Objective 1",
    });
    expect(recogniseResourceHeader("ДОЛЯ Goal GS")).toEqual({ kind: "share", label: "Goal GS" });
  });

  it("names every header in English for the hash, whatever its language; any other header as written", () => {
    expect(englishResourceHeader("الميزانية 2013")).toBe("Budget 2013");
    expect(englishResourceHeader("2013 年支出")).toBe("Expenditure 2013");
    expect(englishResourceHeader("Asignado Objective 3")).toBe("Allocated Objective 3");
    expect(englishResourceHeader(" Output ID ")).toBe("Output ID");
    expect(englishResourceHeader("My own column")).toBe("My own column");
  });

  it("keeps a year's header a year's: a header with a non-year where the year goes is none of them", () => {
    expect(recogniseResourceHeader("Budget next year")).toBeUndefined();
    expect(recogniseResourceHeader("Budget 13")).toBeUndefined();
  });
});
