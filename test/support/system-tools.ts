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
  tool("Chromium", "/usr/bin/chromium", "Chromium suites (test/e2e/taskpane-*.test.ts)"),
];

/**
 * `describe` when the tool is installed; otherwise a skipped suite, except under CI=true,
 * where a missing tool fails the run instead of passing it silently.
 */
export const describeWithTool = (name: string): jest.Describe => {
  const found = systemTools().find((t) => t.name === name);
  if (!found) throw new Error(`unknown tool ${name}`);
  if (found.available) return describe;
  if (process.env.CI === "true") {
    return ((title: string) =>
      describe(title, () => {
        it(`needs ${found.name} at ${found.path}, which CI must install`, () => {
          throw new Error(`${found.name} is missing at ${found.path}: .ci/run must install it`);
        });
      })) as unknown as jest.Describe;
  }
  return describe.skip;
};
