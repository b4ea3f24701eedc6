/**
 * The page script served in place of office.js in the Excel-mode e2e test (built by the test run's global setup):
 * the add-in's pages then run over the in-memory Excel, with the host reported as Excel. A test may set
 * `window.officeFakeOptions` (an init script) before it loads, for Office's display language.
 */
import { installOfficeFake, type OfficeFakeOptions } from "./install-office-fake";

const given = (globalThis as { officeFakeOptions?: Partial<OfficeFakeOptions> }).officeFakeOptions;
installOfficeFake(globalThis as unknown as Record<string, unknown>, {
  excelApi: "1.9",
  ...given,
});
