import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import * as ts from "typescript";
import { CATALOGS, LANGUAGES } from "../../src/core/i18n";
import { CLI_ONLY, FIRST, onPages, pageCatalog } from "../../scripts/page-catalogs";

const SRC = resolve(__dirname, "..", "..", "src");

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.ts$/.test(name) ? [path] : [];
  });

const KEYS = Object.keys(CATALOGS.en);

/**
 * What the code of a file can ask a catalog for: each string literal that is a key, and each prefix a key is made
 * from (the head of a template such as `finding.${rule}.fix`, or a literal such as "rule.title." joined to an id).
 * No key is made from a template without a dot in its head (`${path}.id` is a JSON path, `A${row}` a cell).
 */
const keysReachedBy = (path: string): { keys: string[]; prefixes: string[] } => {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022);
  const keys: string[] = [];
  const prefixes: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (KEYS.includes(node.text)) keys.push(node.text);
      else if (node.text.endsWith(".") && KEYS.some((k) => k.startsWith(node.text)))
        prefixes.push(node.text);
    } else if (
      ts.isTemplateExpression(node) &&
      node.head.text.includes(".") &&
      KEYS.some((k) => k.startsWith(node.head.text))
    )
      prefixes.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, prefixes };
};

/** Every file the add-in's pages may bundle: all of src/ but the kpi-report command's own. */
const pageFiles = filesUnder(SRC).filter((path) => !relative(SRC, path).startsWith("cli/"));
const reached = pageFiles.map((path) => ({ file: relative(SRC, path), ...keysReachedBy(path) }));

describe("the catalogs the add-in's pages carry (scripts/page-catalogs.js)", () => {
  it("finds the keys the pages' code uses, and the prefixes it makes keys from", () => {
    expect(new Set(reached.flatMap((r) => r.keys)).size).toBeGreaterThan(500);
    expect(reached.flatMap((r) => r.prefixes)).toEqual(
      expect.arrayContaining(["finding.", "header.", "rule.title."])
    );
  });

  it("keeps, in every language, every key that code outside src/cli names or makes", () => {
    const missing = LANGUAGES.flatMap((language) => {
      const carried = pageCatalog(CATALOGS[language]);
      return reached.flatMap(({ file, keys, prefixes }) => [
        ...keys.filter((key) => !(key in carried)).map((key) => `${language} ${file}: ${key}`),
        ...prefixes.flatMap((prefix) =>
          KEYS.filter((key) => key.startsWith(prefix) && !(key in carried)).map(
            (key) => `${language} ${file}: ${key} (made from "${prefix}")`
          )
        ),
      ]);
    });
    expect(missing).toEqual([]);
  });

  it("leaves out the command line's help and outcome lines, which no page shows", () => {
    const carried = pageCatalog(CATALOGS.fr);
    expect(CATALOGS.fr["cli.option.forceOut"]).toBeDefined();
    expect(carried["cli.option.forceOut"]).toBeUndefined();
    expect(carried["error.cli.outMustBeNew"]).toBeUndefined();
    expect(Object.keys(carried).every(onPages)).toBe(true);
    expect(KEYS.filter((key) => !onPages(key)).length).toBeGreaterThan(100);
    expect(CLI_ONLY).toContain("cli.");
  });

  it("splits each catalog into the pane's first words and the rest, which together are all it carries", () => {
    for (const language of LANGUAGES) {
      const all = pageCatalog(CATALOGS[language]);
      const first = pageCatalog(CATALOGS[language], "first");
      const rest = pageCatalog(CATALOGS[language], "rest");
      expect(Object.keys(first).filter((key) => key in rest)).toEqual([]);
      expect({ ...first, ...rest }).toEqual(all);
      expect(Object.keys(first).every((key) => FIRST.some((p) => key.startsWith(p)))).toBe(true);
      expect(first["pane.create.button"]).toBe(CATALOGS[language]["pane.create.button"]);
      expect(rest["finding.actual-missing.fix"]).toBe(
        CATALOGS[language]["finding.actual-missing.fix"]
      );
    }
  });

  it("puts in the first part every word the pane's shell and sections say at hand (its pane.* keys)", () => {
    const paneKeys = reached
      .filter(({ file }) => /^(taskpane|commands)\//.test(file))
      .flatMap(({ keys }) => keys)
      .filter((key) => key.startsWith("pane."));
    const first = pageCatalog(CATALOGS.ru, "first");
    expect(paneKeys.length).toBeGreaterThan(100);
    expect(paneKeys.filter((key) => !(key in first))).toEqual([]);
  });

  it("names a part it does not know", () => {
    expect(() => pageCatalog(CATALOGS.en, "second" as "first")).toThrow(
      'page-catalogs: part must be all, first or rest, not "second"'
    );
  });
});
