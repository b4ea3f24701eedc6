import type { WorkbookPort } from "../../src/app";
import { translatorFor } from "../../src/core/i18n";
import { portForHost } from "../../src/taskpane/port-for-host";

const en = translatorFor("en");

const port = {} as WorkbookPort;
const run = (() => Promise.resolve()) as unknown as typeof Excel.run;

describe("choosing the pane's workbook", () => {
  it("works on files outside Office", () => {
    const host = portForHost(undefined, () => port, undefined, en);
    expect(host.kind).toBe("file");
    expect(host.note).toMatch(/^Working on \.xlsx files in this browser/);
  });

  it("works on files when office.js loaded in a browser but no Office host is there", () => {
    expect(
      portForHost(
        { host: null },
        () => port,
        () => run,
        en
      ).kind
    ).toBe("file");
  });

  it("works on the open workbook inside Excel, through the Office.js adapter given Excel.run", () => {
    const given: unknown[] = [];
    const host = portForHost(
      { host: "Excel" as unknown as Office.HostType },
      (r) => {
        given.push(r);
        return port;
      },
      () => run,
      en
    );
    expect(host).toEqual({ kind: "excel", port, note: "Working on the workbook open in Excel." });
    expect(given).toEqual([run]);
  });

  it("says so and works on files inside Excel when no Office.js adapter is built in", () => {
    const host = portForHost(
      { host: "Excel" as unknown as Office.HostType },
      undefined,
      () => run,
      en
    );
    expect(host.kind).toBe("file");
    expect(host.note).toMatch(/cannot yet work on the workbook open in Excel/);
  });

  it("says where it works in the pane's language", () => {
    const host = portForHost(undefined, () => port, undefined, translatorFor("fr"));
    expect(host.note).toMatch(/^Travail sur des fichiers \.xlsx dans ce navigateur/);
  });
});
