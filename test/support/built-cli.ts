import { spawnSync } from "node:child_process";
import { join } from "node:path";

const MAIN = join(__dirname, "../../dist/cli/main.js");

/** What a run of the built CLI printed, and which packages of node_modules its process loaded. */
export interface BuiltRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly packages: readonly string[];
  /** The message catalogs it read, by language. */
  readonly catalogs: readonly string[];
}

/**
 * Runs the built CLI (dist/) in a node process of its own, as the executable does, and says what it printed
 * and which packages and catalogs it loaded: what a command loads is what it costs to start and in memory (issue #12).
 */
export const runBuilt = (...argv: string[]): BuiltRun => {
  const script = `
    const out = [], err = [];
    require(${JSON.stringify(MAIN)})
      .run(${JSON.stringify(argv)}, { out: (l) => out.push(l), err: (l) => err.push(l) }, () => new Date(), {})
      .then((code) => process.stdout.write(JSON.stringify({
        code, out: out.join("\\n"), err: err.join("\\n"),
        packages: [...new Set(Object.keys(require.cache).flatMap((f) => {
          const m = /[\\\\/]node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f);
          return m ? [m[1].replace(/\\\\/g, "/")] : [];
        }))].sort(),
        catalogs: Object.keys(require.cache).flatMap((f) => {
          const m = /[\\/]i18n[\\/]catalogs[\\/]([a-z]+)\\.json$/.exec(f);
          return m ? [m[1]] : [];
        }).sort(),
      })));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as BuiltRun;
};

/** runBuilt's outcome, with whether zod (the plan schema's library) was among the packages loaded. */
export const runBuiltZod = (...argv: string[]): BuiltRun & { readonly zod: boolean } => {
  const run = runBuilt(...argv);
  return { ...run, zod: run.packages.includes("zod") };
};
