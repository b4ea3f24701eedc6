import { choosePaneLanguage } from "../../src/taskpane/pane-language";

const chosen = (hints: Parameters<typeof choosePaneLanguage>[0]) => {
  const { translator, locale } = choosePaneLanguage(hints);
  return { language: translator.language, locale, direction: translator.direction };
};

describe("the pane's language", () => {
  it("follows Office's display language inside Excel, with its region for dates", () => {
    expect(chosen({ office: "fr-FR", browser: ["en-GB"] })).toEqual({
      language: "fr",
      locale: "fr-FR",
      direction: "ltr",
    });
    expect(chosen({ office: "ar-SA" })).toEqual({
      language: "ar",
      locale: "ar-SA",
      direction: "rtl",
    });
  });

  it("in file mode takes the language the officer picked before the browser's", () => {
    expect(chosen({ stored: "ru", browser: ["en-GB", "en"] }).language).toBe("ru");
    expect(chosen({ stored: null, browser: ["de-CH", "es-419", "en"] })).toEqual({
      language: "es",
      locale: "es-419",
      direction: "ltr",
    });
  });

  it("keeps the browser's region for an English pane (British dates in en-GB)", () => {
    expect(chosen({ browser: ["en-GB"] }).locale).toBe("en-GB");
    expect(chosen({ stored: "zh", browser: ["en-GB"] }).locale).toBe("zh-CN");
  });

  it("lets ?lang= win, the pseudo-locale included", () => {
    expect(chosen({ query: "qps-ploc", office: "fr-FR" })).toEqual({
      language: "qps-ploc",
      locale: "en",
      direction: "ltr",
    });
    expect(chosen({ query: "ar", stored: "fr" }).language).toBe("ar");
  });

  it("speaks English where nothing names one of the six", () => {
    expect(chosen({ office: "de-DE", browser: ["ja-JP"] })).toEqual({
      language: "en",
      locale: "en",
      direction: "ltr",
    });
    expect(chosen({}).language).toBe("en");
  });
});
