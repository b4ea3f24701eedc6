import { sheetOrder, sheetPlace } from "../../../src/core/format";

const sheets = [
  { name: "Instructions", visible: true },
  { name: "A KPIs", visible: true },
  { name: "_kpi_meta", visible: false },
];

describe("where a sheet goes", () => {
  it("puts a new sheet after the last visible one, before the hidden metadata", () => {
    expect(sheetPlace(sheets, "Validation")).toBe(2);
  });

  it("keeps a sheet that is replaced where it was, whatever the case of its name", () => {
    expect(sheetPlace(sheets, "a kpis")).toBe(1);
  });

  it("puts a new sheet first where every sheet is hidden", () => {
    expect(sheetPlace([{ name: "_kpi_meta", visible: false }], "Validation")).toBe(0);
  });

  it("orders several added sheets one after the other, replacing those of their names", () => {
    const order = sheetOrder(sheets, [
      { name: "Part II Matrix", visible: true },
      { name: "Outputs by Goal", visible: true },
      { name: "A KPIs", visible: true },
    ]).map((s) => s.name);
    expect(order).toEqual([
      "Instructions",
      "A KPIs",
      "Part II Matrix",
      "Outputs by Goal",
      "_kpi_meta",
    ]);
  });
});
