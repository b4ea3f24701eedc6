import { addinWording as reword } from "../../src/addin";
import { translatorFor } from "../../src/core/i18n";

const en = translatorFor("en");
const addinWording = (message: string): string => reword(message, en);

describe("the engine's messages in the add-in's words", () => {
  it("names the pane's button for a command instead of the command", () => {
    expect(
      addinWording(
        "has no submission stamp (no Submission sheet with table KPI_Submission); stamp it with kpi-report submit"
      )
    ).toBe(
      "has no submission stamp (no Submission sheet with table KPI_Submission); stamp it with Submit (Submit tab)"
    );
    expect(
      addinWording("changed since it was stamped (2 cells; kpi-report verify names them)")
    ).toBe("changed since it was stamped (2 cells; Verify (Submit tab) names them)");
    expect(
      addinWording("Check the workbook before sending it: kpi-report validate <file.xlsx>.")
    ).toBe("Check the workbook before sending it: Validate (Check tab).");
  });

  it("drops advice the add-in cannot act on, and says where the plans are listed", () => {
    expect(
      addinWording(
        "is not a KPI Reporter workbook (it has no _kpi_meta sheet with table KPI_Meta); make one with kpi-report new, or if it lost that sheet, write it back with kpi-report repair"
      )
    ).toBe(
      "is not a KPI Reporter workbook (it has no _kpi_meta sheet with table KPI_Meta); make one with Create workbook (Create tab)"
    );
    expect(
      addinWording(
        'was made for plan "x", which this installation does not have (see kpi-report plans)'
      )
    ).toBe(
      'was made for plan "x", which this installation does not have (the plans this add-in has are listed on the Create tab)'
    );
    expect(
      addinWording("Write the metadata back with kpi-report repair, so that other tools find it.")
    ).not.toMatch(/kpi-report/);
  });

  it("leaves no command of the CLI in any message", () => {
    expect(addinWording("run kpi-report frobnicate first")).toBe("run KPI Reporter first");
  });

  it("names the pane's button and tab in the pane's language", () => {
    const fr = translatorFor("fr");
    expect(reword("stamp it with kpi-report submit", fr)).toBe(
      "stamp it with Soumettre (onglet Soumettre)"
    );
    expect(reword('plan "x" (see kpi-report plans)', fr)).toBe(
      'plan "x" (les plans de ce complément sont listés dans l\'onglet Créer)'
    );
  });
});
