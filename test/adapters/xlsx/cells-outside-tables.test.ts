import { XlsxFilePort } from "../../../src/adapters/xlsx";
import { newWorkbook } from "../../support/cli-harness";
import { editWorkbook } from "../../support/fill";

describe("reading the cells outside the tables of a workbook file", () => {
  it("gives every cell that holds something outside a table, with its sheet and address, and only when asked", async () => {
    const { file } = await newWorkbook();
    await editWorkbook(file, {
      "A KPIs!A9": "Checked by the director",
      "A KPIs!AB3": 42,
      "A KPIs!N2": 121,
      "Goals!F1": true,
      "Goals!G2": "",
    });
    const port = new XlsxFilePort(file, { force: false });
    const snapshot = await port.readSnapshot({ outsideTables: true });
    const ours = (snapshot.cells ?? []).filter((c) => c.sheet !== "Instructions");
    expect(ours).toEqual([
      { sheet: "Goals", cell: "F1", value: true },
      { sheet: "Goals", cell: "G2", value: "" },
      { sheet: "A KPIs", cell: "AB3", value: 42 },
      { sheet: "A KPIs", cell: "A9", value: "Checked by the director" },
    ]);
    expect(snapshot.cells?.find((c) => c.sheet === "Instructions")?.cell).toBe("A1");
    expect((await port.readSnapshot()).cells).toBeUndefined();
  });
});
