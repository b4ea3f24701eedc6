/**
 * The page script served in place of office.js in the Excel-mode e2e test (built by the test run's global setup):
 * the add-in's pages then run over the in-memory Excel, with the host reported as Excel.
 */
import { installOfficeFake } from "./install-office-fake";

installOfficeFake(globalThis as unknown as Record<string, unknown>);
