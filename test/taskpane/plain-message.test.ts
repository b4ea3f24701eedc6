import { WorkbookReadError } from "../../src/adapters/xlsx";
import { plainMessage } from "../../src/taskpane/plain-message";

describe("failures as sentences", () => {
  it("says what is wrong with a file and what to pick instead", () => {
    expect(plainMessage(new WorkbookReadError("q3.xlsx", "is empty"), "checking q3.xlsx")).toBe(
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
});
