/**
 * npm run size: what the task pane loads first, gzipped, against its budget of 150 KB (office.js, from Microsoft's
 * CDN, is not counted). Reads the scripts that dist-addin/taskpane.html loads itself; later chunks (ExcelJS) are
 * listed apart. Reported, never asserted in tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The first-load budget of the task pane's own JavaScript, in bytes gzipped. */
export const INITIAL_BUDGET = 150 * 1024;

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipped: number;
}

export interface BundleSizes {
  readonly initial: readonly BundleFile[];
  readonly initialGzipped: number;
  /** What the ribbon's function file (commands.html) loads first. */
  readonly ribbon: readonly BundleFile[];
  readonly ribbonGzipped: number;
  readonly lazy: readonly BundleFile[];
  /**
   * The largest first part of a language's catalog: a pane in a language other than English fetches the words it
   * shows before any action (`catalog-first-<language>-json`) before it shows, so its first load is the page's
   * scripts and that chunk; the rest of the catalogs come when an action first runs (src/addin/lazy-catalogs.ts).
   */
  readonly largestCatalog: BundleFile | undefined;
}

const measure = (dir: string, file: string): BundleFile => {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
};

/** Sizes of the pane's scripts in a build folder: those its page loads first, and the chunks loaded later. */
const scriptsOf = (dir: string, page: string): string[] =>
  [...readFileSync(join(dir, page), "utf8").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));

export const bundleSizes = (dir: string): BundleSizes => {
  const initialFiles = scriptsOf(dir, "taskpane.html");
  const initial = initialFiles.map((f) => measure(dir, f));
  const ribbon = scriptsOf(dir, "commands.html").map((f) => measure(dir, f));
  const pages = new Set(["taskpane.js", "commands.js", "notice.js"]);
  const lazy = readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !pages.has(f) && !initialFiles.includes(f))
    .map((f) => measure(dir, f));
  const catalogs = lazy.filter((f) => f.file.startsWith("catalog-first-"));
  return {
    largestCatalog: catalogs.sort((a, b) => b.gzipped - a.gzipped)[0],
    initial,
    initialGzipped: initial.reduce((n, f) => n + f.gzipped, 0),
    ribbon,
    ribbonGzipped: ribbon.reduce((n, f) => n + f.gzipped, 0),
    lazy,
  };
};

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** The report's lines. */
export const formatBundleSizes = (s: BundleSizes): string[] => {
  const worst = s.initialGzipped + (s.largestCatalog?.gzipped ?? 0);
  return [
    `Task pane first load (own JavaScript, gzipped, office.js excluded): ${kb(s.initialGzipped)} in English, ${kb(worst)} at most in another language; budget ${kb(INITIAL_BUDGET)}: ${worst <= INITIAL_BUDGET ? "within" : "OVER"}`,
    ...s.initial.map((f) => `  ${f.file}: ${kb(f.bytes)}, ${kb(f.gzipped)} gzipped`),
    ...(s.largestCatalog
      ? [
          `  + ${s.largestCatalog.file} (the largest first part of a catalog): ${kb(s.largestCatalog.gzipped)} gzipped`,
        ]
      : []),
    `Ribbon page (commands.html) first load, gzipped: ${kb(s.ribbonGzipped)} in every language (it fetches catalogs when Validate is pressed); budget ${kb(INITIAL_BUDGET)}: ${s.ribbonGzipped <= INITIAL_BUDGET ? "within" : "OVER"}`,
    ...s.ribbon.map((f) => `  ${f.file}: ${kb(f.bytes)}, ${kb(f.gzipped)} gzipped`),
    "Loaded when first needed:",
    ...s.lazy.map((f) => `  ${f.file}: ${kb(f.bytes)}, ${kb(f.gzipped)} gzipped`),
  ];
};

if (require.main === module) {
  const dir = process.argv[2] ?? "dist-addin";
  try {
    console.log(formatBundleSizes(bundleSizes(dir)).join("\n"));
  } catch (error) {
    console.error(
      `${dir}: no task pane build here (${error instanceof Error ? error.message : String(error)}); run npm run build first`
    );
    process.exitCode = 2;
  }
}
