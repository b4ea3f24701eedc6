import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { CATALOGS } from "../src/core/i18n";

const ROOT = join(__dirname, "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const { withLocaleOverrides, OFFICE_LOCALES, KEYS } = createRequire(__filename)(
  join(ROOT, "scripts", "manifest-locales.js")
) as {
  withLocaleOverrides: (xml: string) => string;
  OFFICE_LOCALES: Record<string, string>;
  KEYS: Record<string, keyof typeof CATALOGS.en>;
};

const unescape = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The overrides of the element holding a DefaultValue equal to the English text, by Office locale. */
const overridesOf = (english: string): Record<string, string> => {
  const at = manifest.indexOf(`DefaultValue="${english.replace(/"/g, "&quot;")}">`);
  if (at < 0) return {};
  const body = manifest.slice(at, manifest.indexOf("</", at));
  return Object.fromEntries(
    [...body.matchAll(/<Override Locale="([^"]+)" Value="([^"]*)"\/>/g)].map((m) => [
      m[1],
      unescape(m[2] ?? ""),
    ])
  );
};

describe("the manifest in six languages", () => {
  it("is what the catalogs say (run `node scripts/manifest-locales.js` after changing them)", () => {
    expect(withLocaleOverrides(manifest)).toBe(manifest);
  });

  it.each(Object.entries(KEYS))(
    "gives %s in the five languages other than English, from the catalogs",
    (_, key) => {
      const expected = Object.fromEntries(
        Object.entries(OFFICE_LOCALES).map(([language, locale]) => [
          locale,
          CATALOGS[language as keyof typeof CATALOGS][key],
        ])
      );
      expect(overridesOf(CATALOGS.en[key])).toEqual(expected);
      expect(Object.keys(expected).sort()).toEqual(["ar-SA", "es-ES", "fr-FR", "ru-RU", "zh-CN"]);
    }
  );
});
