import fc from "fast-check";
import { IntlMessageFormat } from "intl-messageformat";
import {
  LANGUAGES,
  isPseudoLocalised,
  languageFromEnvironment,
  languageOfTag,
  translatorFor,
  CATALOGS,
  fillPlainMessage,
  type MessageKey,
} from "../../../src/core/i18n";

describe("translatorFor", () => {
  it("chooses each language's plural form", () => {
    expect(translatorFor("en").t("severity.errorCount", { count: 1 })).toBe("1 error");
    expect(translatorFor("en").t("severity.errorCount", { count: 3 })).toBe("3 errors");
    expect(translatorFor("fr").t("severity.errorCount", { count: 0 })).toBe("0 erreur");
    expect(translatorFor("fr").t("severity.errorCount", { count: 2 })).toBe("2 erreurs");
    expect(translatorFor("ru").t("severity.errorCount", { count: 3 })).toBe("3 ошибки");
    expect(translatorFor("ru").t("severity.errorCount", { count: 5 })).toBe("5 ошибок");
    expect(translatorFor("ru").t("severity.errorCount", { count: 21 })).toBe("21 ошибка");
    expect(translatorFor("ar").t("severity.errorCount", { count: 2 })).toBe("خطآن");
    expect(translatorFor("zh").t("severity.errorCount", { count: 2 })).toBe("2 个错误");
  });

  it("fills placeholders", () => {
    expect(translatorFor("fr").t("language.fallbackNote", { language: "français" })).toContain(
      "en français"
    );
  });

  it("writes numbers and dates as each language does", () => {
    expect(translatorFor("en").number(1234567.5)).toBe("1,234,567.5");
    expect(translatorFor("fr").number(1234567.5)).toMatch(/^1\s234\s567,5$/u);
    expect(translatorFor("es").number(1234567.5)).toBe("1.234.567,5");
    const moment = new Date(Date.UTC(2026, 11, 2, 9, 30));
    expect(translatorFor("en").dateTime(moment, { dateStyle: "long", timeZone: "UTC" })).toBe(
      "December 2, 2026"
    );
    expect(translatorFor("fr").dateTime(moment, { dateStyle: "long", timeZone: "UTC" })).toBe(
      "2 décembre 2026"
    );
  });

  it("mirrors Arabic and only Arabic", () => {
    expect(translatorFor("ar").direction).toBe("rtl");
    expect(translatorFor("fr").direction).toBe("ltr");
  });

  it("pseudo-localises every message, keeping its placeholders working", () => {
    const pseudo = translatorFor("qps-ploc");
    const keys = Object.keys(CATALOGS.en) as MessageKey[];
    // Every placeholder filled with 2, whatever its name: it fits text, number and plural placeholders alike.
    const anyValues = new Proxy({}, { get: () => 2, has: () => true });
    const plain = keys.filter((key) => !isPseudoLocalised(pseudo.t(key, anyValues)));
    expect(plain).toEqual([]);
    expect(pseudo.t("severity.errorCount", { count: 2 })).toBe("［2 éŕŕóŕš］");
    expect(isPseudoLocalised("3 errors")).toBe(false);
  });
});

describe("messages filled without ICU MessageFormat", () => {
  /** Every message of every catalog, in its language, with the names of its placeholders. */
  const messages = LANGUAGES.flatMap((language) =>
    (Object.entries(CATALOGS[language]) as [MessageKey, string][]).map(([key, text]) => ({
      language,
      key,
      text,
      names: [
        ...new Set([...text.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? "")),
      ],
    }))
  );

  it("fills every message of the six catalogs exactly as the library does, whatever the values", () => {
    // Texts with the characters ICU gives a meaning to, numbers of every kind (a plain placeholder writes a
    // number as String() does; a plural or a number format writes it in the language's digits).
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("{x}", "'", "''", "<b>", "#", "}", "Objectif « 1 »"),
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, -0, 1, 2, 5, 21, 1e21, NaN)
    );
    const libraries = new Map<string, IntlMessageFormat>();
    fc.assert(
      fc.property(
        fc.constantFrom(...messages),
        fc.array(value, { minLength: 8, maxLength: 8 }),
        (m, vs) => {
          const values = Object.fromEntries(
            m.names.map((name, i) => [name, vs[i % vs.length] ?? ""])
          );
          const library =
            libraries.get(`${m.language} ${m.key}`) ??
            new IntlMessageFormat(m.text, translatorFor(m.language).locale);
          libraries.set(`${m.language} ${m.key}`, library);
          expect(translatorFor(m.language).t(m.key, values)).toBe(String(library.format(values)));
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("takes only what ICU reads as text and plain placeholders, and reads it as ICU does (random templates)", () => {
    const template = fc
      .array(
        fc.constantFrom(
          "'",
          "''",
          "{",
          "}",
          "<",
          ">",
          "#",
          "a",
          " ",
          "é",
          "{x}",
          "{ x }",
          "{x, number}"
        ),
        {
          maxLength: 12,
        }
      )
      .map((tokens) => tokens.join(""));
    let filled = 0;
    fc.assert(
      fc.property(template, fc.oneof(fc.string(), fc.integer()), (text, x) => {
        const ours = fillPlainMessage(text)?.({ x });
        if (ours === undefined) return;
        filled++;
        expect(String(new IntlMessageFormat(text, "en").format({ x }))).toBe(ours);
      }),
      { numRuns: 5000 }
    );
    expect(filled).toBeGreaterThan(500);
  });

  it("leaves to the library a message given a date, and refuses one missing a value as it does", () => {
    const plainKey = messages.find(
      (m) => m.language === "en" && m.names.length === 1 && !/[{]\s*\w+\s*,/.test(m.text)
    );
    if (!plainKey) throw new Error("no plain message with one placeholder in the English catalog");
    const name = plainKey.names[0] ?? "";
    const moment = new Date(Date.UTC(2026, 11, 3));
    expect(translatorFor("en").t(plainKey.key, { [name]: moment })).toBe(
      String(new IntlMessageFormat(plainKey.text, "en").format({ [name]: moment }))
    );
    expect(() => translatorFor("en").t(plainKey.key, {})).toThrow(name);
  });
});

describe("the language asked for", () => {
  it("reads locale tags as Office, browsers and POSIX write them", () => {
    expect(languageOfTag("fr-FR")).toBe("fr");
    expect(languageOfTag("zh-Hans-CN")).toBe("zh");
    expect(languageOfTag("ar_EG.UTF-8")).toBe("ar");
    expect(languageOfTag("de-DE")).toBeUndefined();
    expect(languageOfTag("C")).toBeUndefined();
  });

  it("follows the environment as gettext does, English by default", () => {
    expect(languageFromEnvironment({ LANG: "es_ES.UTF-8" })).toBe("es");
    expect(languageFromEnvironment({ LC_ALL: "ru_RU.UTF-8", LANG: "fr_FR.UTF-8" })).toBe("ru");
    expect(languageFromEnvironment({ LANGUAGE: "zh_CN:en", LANG: "en_US.UTF-8" })).toBe("zh");
    expect(languageFromEnvironment({ LC_ALL: "C", LANGUAGE: "fr" })).toBe("en");
    expect(languageFromEnvironment({ LANG: "de_DE.UTF-8" })).toBe("en");
    expect(languageFromEnvironment({})).toBe("en");
  });
});
