import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const ROOT = resolve(__dirname, "..");
const FIXTURE = resolve(__dirname, "fixtures", "layering");
const DEPCRUISE = resolve(
  ROOT,
  "node_modules",
  "dependency-cruiser",
  "bin",
  "dependency-cruise.mjs"
);

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

/** The violations dependency-cruiser finds in the fixture tree with the project's own rules. */
const violations = async (): Promise<string[]> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      DEPCRUISE,
      "src",
      "--config",
      resolve(ROOT, ".dependency-cruiser.cjs"),
      "--output-type",
      "json",
    ],
    { cwd: FIXTURE, maxBuffer: 16 * 1024 * 1024 }
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
  const result = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
};

describe("the dependency rules (.dependency-cruiser.cjs), on a tree with one wrong-way import for each", () => {
  let found: string[] = [];
  beforeAll(async () => {
    found = await violations();
  }, 600_000);

  it("catches core importing app, findings importing another core folder, and layout importing rules", () => {
    expect(found).toEqual(
      expect.arrayContaining([
        "core-imports-only-core: src/core/format/uses-app.ts -> src/app/use-case.ts",
        "findings-is-the-base: src/core/findings/finding.ts -> src/core/format/header.ts",
        "core-layout-imports-below: src/core/layout/build.ts -> src/core/rules/rule.ts",
      ])
    );
  });

  it("catches a front end loading another through a dynamic import with a webpack comment", () => {
    expect(found).toContain("taskpane-apart: src/taskpane/lazy.ts -> src/cli/run.ts");
  });

  it("catches an adapter running app's code, and a cycle, and lets the right-way imports be", () => {
    expect(found).toContain(
      "adapters-use-app-types-only: src/adapters/xlsx/port.ts -> src/app/use-case.ts"
    );
    expect(found.filter((v) => v.startsWith("no-circular:"))).toHaveLength(1);
    // rules -> findings, app -> core and the adapter's type-only import of the port are allowed.
    expect(
      found.filter((v) => /rules\/rule\.ts ->|app\/use-case\.ts -> src\/core/.test(v))
    ).toEqual([]);
    expect(found).toHaveLength(7);
  });
});
