import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAddin, buildOfficeFake } from "./build-addin";
import { systemTools } from "./system-tools";

/**
 * Where global setup tells the suites (jest's workers inherit its environment) the pages were built. Set it
 * before running jest to reuse pages built earlier (by an earlier run's `buildAddin` and `buildOfficeFake`):
 * they are then neither built nor removed.
 */
const ENV = "KPI_REPORTER_E2E_PAGES";
/** Set when global setup built the pages itself, so that global teardown removes them. */
const BUILT_HERE = "KPI_REPORTER_E2E_PAGES_BUILT";

/** The suites that load the add-in's pages in Chromium. */
const BROWSER_SUITE = /^taskpane-.*\.test\.ts$/;

/** The built pages: the add-in as shipped, and the in-memory Excel built to stand in for office.js. */
export interface BrowserPages {
  /** The add-in's pages (taskpane.html, commands.html, ...), built in production mode. */
  readonly addin: string;
  /** The folder holding office.js, the fake Office.js over the in-memory Excel. */
  readonly officeFake: string;
}

/**
 * Builds the add-in and the browser fake of Office.js once per test run, into a temporary folder, when a browser
 * suite is among the tests this run selects and Chromium is here to run it (webpack takes minutes on a loaded
 * 2-CPU machine: built once here, with no timeout, rather than in each suite's beforeAll).
 */
export const buildBrowserPages = async (
  rootDir: string,
  patterns: readonly string[]
): Promise<void> => {
  if (process.env[ENV] || !systemTools().find((t) => t.name === "Chromium")?.available) return;
  const folder = join(rootDir, "test", "e2e");
  const suites = readdirSync(folder)
    .filter((name) => BROWSER_SUITE.test(name))
    .map((name) => join(folder, name));
  const selected = suites.filter(
    (file) => patterns.length === 0 || patterns.some((p) => new RegExp(p, "i").test(file))
  );
  if (selected.length === 0) return;
  const dir = mkdtempSync(join(tmpdir(), "kpi-reporter-pages-"));
  const started = Date.now();
  process.stdout.write("\nBuilding the add-in's pages once for the browser suites…\n");
  await buildAddin(join(dir, "addin"));
  await buildOfficeFake(join(dir, "office-fake"));
  process.stdout.write(`Built them in ${Math.round((Date.now() - started) / 1000)} s.\n`);
  process.env[ENV] = dir;
  process.env[BUILT_HERE] = "1";
};

/** The pages global setup built, for a browser suite. */
export const builtPages = (): BrowserPages => {
  const dir = process.env[ENV];
  if (!dir)
    throw new Error(
      "the add-in's pages were not built: jest's global setup (test/support/global-setup.ts) builds them when a test/e2e/taskpane-*.test.ts suite is selected"
    );
  return { addin: join(dir, "addin"), officeFake: join(dir, "office-fake") };
};

/** Removes the built pages at the end of the run. */
export const removeBrowserPages = async (): Promise<void> => {
  const dir = process.env[ENV];
  if (dir && process.env[BUILT_HERE] === "1") rmSync(dir, { recursive: true, force: true });
};
