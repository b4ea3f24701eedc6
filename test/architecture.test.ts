import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "..", "src");

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

const sourceFiles = filesUnder(SRC).map((path) => ({
  file: relative(SRC, path),
  text: readFileSync(path, "utf8"),
}));

/**
 * What a file imports: a package name, or a path inside src/ for relative imports; dynamic imports too, with any
 * comments before the path (`import(/* webpackChunkName: "x" *\/ "./y")`).
 */
const importsOf = (file: string, text: string): string[] =>
  [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|require\("([^"]+)"\)|import\(\s*(?:\/\*[\s\S]*?\*\/\s*)*"([^"]+)"\s*\)/g
    ),
  ].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3] ?? "";
    return spec.startsWith(".") ? relative(SRC, resolve(SRC, dirname(file), spec)) : spec;
  });

const layer = (path: string): string =>
  path.split("/")[0] === "adapters"
    ? path.split("/").slice(0, 2).join("/")
    : (path.split("/")[0] ?? "");

/** The packages each layer may import; which layer may import which is dependency-cruiser's (.dependency-cruiser.cjs). */
const PACKAGES: Record<string, RegExp> = {
  core: /^(zod|intl-messageformat|@formatjs\/icu-messageformat-parser)$/,
  app: /^$/,
  "adapters/xlsx": /^(exceljs|jszip|fflate|node:(fs|path|crypto|zlib))$/,
  "adapters/office": /^$/,
  cli: /^(commander|node:(fs|path|os|url))$/,
  // The add-in bundles every plan file through webpack's require.context (src/addin): no file names in code.
  // Its pages inflate a workbook's parts with fflate, put by webpack in place of the xlsx adapter's Node zlib.
  addin: /^fflate$/,
  taskpane: /^$/,
  commands: /^$/,
};

describe("architecture", () => {
  it("finds the source files", () => {
    expect(sourceFiles.length).toBeGreaterThan(20);
  });

  it("sees every kind of import, a dynamic one behind a webpack comment too", () => {
    const text = [
      'import { a } from "../core/format";',
      'export * from "exceljs";',
      'const b = () => import(/* webpackChunkName: "x" */ "./y");',
      'const c = () => import(\n  /* webpackChunkName: "z" */\n  "commander"\n);',
    ].join("\n");
    expect(importsOf("taskpane/t.ts", text)).toEqual([
      "core/format",
      "exceljs",
      "taskpane/y",
      "commander",
    ]);
  });

  it.each(sourceFiles.map((f) => [f.file, f] as const))(
    "%s imports only the packages its layer may",
    (_, { file, text }) => {
      const own = layer(file);
      const wrong = importsOf(file, text).filter(
        (target) =>
          !/^(core|app|adapters|cli|addin|taskpane|commands)(\/|$)/.test(target) &&
          !(PACKAGES[own] ?? /^$/).test(target)
      );
      expect(wrong).toEqual([]);
    }
  );

  it("keeps Node and DOM globals out of core and app", () => {
    const offenders = sourceFiles
      .filter((f) => /^(core|app)\//.test(f.file))
      .flatMap((f) =>
        [
          ...f.text
            .replace(/\/\/.*|\/\*[\s\S]*?\*\//g, "")
            // A module of the folder loaded when first needed (a language's catalog, a schema and with it zod): a
            // require of a relative path, which webpack bundles as it bundles an import; no other use of Node's.
            .replace(/(?<![.\w])require\("\.\/[\w/-]+(\.json)?"\)/g, "")
            // Words inside strings are text for people ("from your plan document."), not code.
            .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
            .matchAll(
              // A global, not a property of the same name (`plan.document` is the plan's Council document).
              /(?<![.\w])(process|Buffer|__dirname|require|window|document|localStorage|fetch|Office|Excel)\b(?=\s*[.([])/g
            ),
        ].map((m) => `${f.file}: ${m[1]}`)
      );
    expect(offenders).toEqual([]);
  });

  it("mentions exceljs only in the xlsx adapter, and Office.js only in its adapter and the add-in's pages", () => {
    const offenders = sourceFiles.flatMap((f) => [
      ...(/["']exceljs["']/.test(f.text) && !f.file.startsWith("adapters/xlsx/")
        ? [`${f.file}: exceljs`]
        : []),
      ...(/\b(Office|Excel)\.(run|context|onReady|RequestContext)\b/.test(f.text) &&
      !/^(adapters\/office|taskpane|commands)\//.test(f.file)
        ? [`${f.file}: Office.js`]
        : []),
    ]);
    expect(offenders).toEqual([]);
  });
});
