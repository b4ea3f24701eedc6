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

/** What a file imports: a package name, or a path inside src/ for relative imports. */
const importsOf = (file: string, text: string): string[] =>
  [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|require\("([^"]+)"\)|import\("([^"]+)"\)/g
    ),
  ].map((m) => {
    const spec = m[1] ?? m[2] ?? m[3] ?? "";
    return spec.startsWith(".") ? relative(SRC, resolve(SRC, dirname(file), spec)) : spec;
  });

const layer = (path: string): string =>
  path.split("/")[0] === "adapters"
    ? path.split("/").slice(0, 2).join("/")
    : (path.split("/")[0] ?? "");

/** Who may import whom: front ends -> app -> core; adapters -> core. */
const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  app: ["app", "core"],
  "adapters/xlsx": ["adapters/xlsx", "core", "app"],
  "adapters/office": ["adapters/office", "core", "app"],
  cli: ["cli", "app", "core", "adapters/xlsx"],
  addin: ["addin", "app", "core"],
  taskpane: ["taskpane", "addin", "app", "core", "adapters/xlsx", "adapters/office"],
  commands: ["commands", "addin", "app", "core", "adapters/office"],
};
const PACKAGES: Record<string, RegExp> = {
  core: /^(zod|intl-messageformat|@formatjs\/icu-messageformat-parser)$/,
  app: /^$/,
  "adapters/xlsx": /^(exceljs|jszip|node:(fs|path|crypto))$/,
  "adapters/office": /^$/,
  cli: /^(commander|node:(fs|path|os|url))$/,
  // The add-in bundles every plan file through webpack's require.context (src/addin): no file names in code.
  addin: /^$/,
  taskpane: /^$/,
  commands: /^$/,
};

describe("architecture", () => {
  it("finds the source files", () => {
    expect(sourceFiles.length).toBeGreaterThan(20);
  });

  it.each(sourceFiles.map((f) => [f.file, f] as const))(
    "%s imports only what its layer may",
    (_, { file, text }) => {
      const own = layer(file);
      const wrong = importsOf(file, text).filter((target) =>
        target.startsWith("core") ||
        target.startsWith("app") ||
        target.startsWith("adapters") ||
        target.startsWith("cli") ||
        target.startsWith("taskpane") ||
        target.startsWith("addin") ||
        target.startsWith("commands")
          ? !(ALLOWED[own] ?? []).includes(layer(target))
          : !(PACKAGES[own] ?? /^$/).test(target)
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
            .matchAll(
              /\b(process|Buffer|__dirname|require|window|document|localStorage|fetch|Office|Excel)\b(?=\s*[.([])/g
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
