import { existsSync } from "node:fs";

/** A program from Debian's packages that some suites need. */
export interface SystemTool {
  readonly name: string;
  readonly path: string;
  readonly suites: string;
  readonly available: boolean;
}

const tool = (name: string, path: string, suites: string): SystemTool => ({
  name,
  path,
  suites,
  available: existsSync(path),
});

export const systemTools = (): SystemTool[] => [
  tool(
    "LibreOffice Calc",
    "/usr/bin/soffice",
    "LibreOffice suites (test/e2e/libreoffice-*.test.ts)"
  ),
  tool(
    "pdftoppm",
    "/usr/bin/pdftoppm",
    "the annex PDF suite (test/e2e/libreoffice-annex.test.ts), with poppler-utils"
  ),
  tool(
    "pdftotext",
    "/usr/bin/pdftotext",
    "the printed pages suite (test/e2e/libreoffice-print.test.ts), with poppler-utils"
  ),
  tool("Chromium", "/usr/bin/chromium", "Chromium suites (test/e2e/taskpane-*.test.ts)"),
];

/**
 * `describe` when every named tool is installed; otherwise a skipped suite, except under CI=true,
 * where a missing tool fails the run instead of passing it silently.
 */
export const describeWithTool = (...names: string[]): jest.Describe => {
  const tools = names.map((name) => {
    const found = systemTools().find((t) => t.name === name);
    if (!found) throw new Error(`unknown tool ${name}`);
    return found;
  });
  const missing = tools.find((t) => !t.available);
  if (!missing) return describe;
  if (process.env.CI === "true") {
    return ((title: string) =>
      describe(title, () => {
        it(`needs ${missing.name} at ${missing.path}, which CI must install`, () => {
          throw new Error(`${missing.name} is missing at ${missing.path}: .ci/run must install it`);
        });
      })) as unknown as jest.Describe;
  }
  return describe.skip;
};
