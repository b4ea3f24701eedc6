// The manifest's words in the six languages, taken from the message catalogs (the only place text lives):
// `node scripts/manifest-locales.js` writes each localisable element's English DefaultValue and an <Override> per
// other language into manifest.xml; test/manifest-locales.test.ts fails when the manifest and the catalogs differ.
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const CATALOG_DIR = join(__dirname, "..", "src", "core", "i18n", "catalogs");

/** The Office locale each language's override names (Office matches the UI language's ll-CC tag). */
const OFFICE_LOCALES = { ar: "ar-SA", zh: "zh-CN", fr: "fr-FR", ru: "ru-RU", es: "es-ES" };

/** Which catalog key gives the text of each localisable manifest element (by tag, or bt:String id). */
const KEYS = {
  DisplayName: "addin.name",
  Description: "addin.description",
  "GetStarted.Title": "ribbon.getStarted.title",
  "Group.Label": "ribbon.group.label",
  "OpenPane.Label": "ribbon.openPane.label",
  "Validate.Label": "ribbon.validate.label",
  "GetStarted.Description": "ribbon.getStarted.description",
  "OpenPane.Tooltip": "ribbon.openPane.tooltip",
  "Validate.Tooltip": "ribbon.validate.tooltip",
};

const escape = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const catalogs = () =>
  Object.fromEntries(
    ["en", ...Object.keys(OFFICE_LOCALES)].map((language) => [
      language,
      JSON.parse(readFileSync(join(CATALOG_DIR, `${language}.json`), "utf8")),
    ])
  );

/** One element with its English default and an override per other language, indented as the manifest is. */
const element = (open, indent, key, texts) => {
  const overrides = Object.entries(OFFICE_LOCALES).map(
    ([language, locale]) =>
      `${indent}  <Override Locale="${locale}" Value="${escape(texts[language][key])}"/>`
  );
  const tag = open.slice(1).split(/\s/)[0];
  return `${open} DefaultValue="${escape(texts.en[key])}">\n${overrides.join("\n")}\n${indent}</${tag}>`;
};

/** The manifest's text with every localisable element rewritten from the catalogs (the same text when in sync). */
const withLocaleOverrides = (manifest, texts = catalogs()) =>
  manifest
    .replace(
      /^( *)<(DisplayName|Description)( DefaultValue="[^"]*")(?:\/>|>[\s\S]*?<\/\2>)/gm,
      (_, indent, tag) => `${indent}${element(`<${tag}`, indent, KEYS[tag], texts)}`
    )
    .replace(
      /^( *)<bt:String id="([^"]+)"( DefaultValue="[^"]*")(?:\/>|>[\s\S]*?<\/bt:String>)/gm,
      (whole, indent, id) =>
        KEYS[id] === undefined
          ? whole
          : `${indent}${element(`<bt:String id="${id}"`, indent, KEYS[id], texts)}`
    );

module.exports = { withLocaleOverrides, OFFICE_LOCALES, KEYS };

if (require.main === module) {
  const path = join(__dirname, "..", "manifest.xml");
  const before = readFileSync(path, "utf8");
  const after = withLocaleOverrides(before);
  if (after !== before) writeFileSync(path, after);
  process.stdout.write(after === before ? "manifest.xml is in sync\n" : "manifest.xml rewritten\n");
}
