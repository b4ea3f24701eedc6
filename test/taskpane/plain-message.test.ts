import { message } from "../../src/core/i18n";
import { WorkbookReadError } from "../../src/adapters/xlsx";
import { translatorFor } from "../../src/core/i18n";
import { plainMessage as sentence } from "../../src/taskpane/plain-message";

const en = translatorFor("en");
const plainMessage = (error: unknown, action: string): string => sentence(error, action, en);

describe("failures as sentences", () => {
  it("says what is wrong with a file and what to pick instead", () => {
    expect(
      plainMessage(
        new WorkbookReadError("q3.xlsx", message("error.xlsx.empty")),
        "checking q3.xlsx"
      )
    ).toBe(
      "q3.xlsx: is empty. Pick a reporting workbook saved as .xlsx (in Excel: File, Save As, Excel Workbook) and try again."
    );
  });

  it("tells the user to reload when part of the pane could not be loaded", () => {
    const error = new Error("Loading chunk 974 failed.");
    error.name = "ChunkLoadError";
    expect(plainMessage(error, "checking q3.xlsx")).toBe(
      "Part of KPI Reporter could not be loaded, so checking q3.xlsx did not start. Check your connection, reload the pane, and try again."
    );
  });

  it("names the action and the cause of anything else", () => {
    expect(plainMessage(new Error("out of memory"), "creating the workbook")).toBe(
      "Creating the workbook did not finish: out of memory. Try again; if it fails again, send this message to the planning unit."
    );
  });

  it("says it in the pane's language, naming the action as its catalog does", () => {
    const fr = translatorFor("fr");
    expect(sentence(new Error("out of memory"), fr.t("pane.action.create"), fr)).toBe(
      "L'opération « création du classeur » n'a pas abouti (out of memory). Réessayez ; si l'échec se répète, envoyez ce message au service de planification."
    );
  });
});
