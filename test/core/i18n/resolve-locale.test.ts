import { LANGUAGES, translatorFor } from "../../../src/core/i18n";
import { IntlMessageFormat } from "../../../src/core/i18n/message-format";

// message-format.ts (which the translator loads for the messages that need ICU) resolves a message's locale
// without Intl.NumberFormat.supportedLocalesOf (a start-up cost): each language must still resolve, and format
// numbers and plurals, exactly as the library's own lookup does.
describe("message locales resolved without the number-format lookup", () => {
  it.each(LANGUAGES)("resolves %s's locale as Intl's supported-locales lookup does", (language) => {
    const { locale } = translatorFor(language);
    const format = new IntlMessageFormat(
      "{n, number} {n, plural, one {# item} other {# items}}",
      locale
    );
    expect(format.resolvedOptions().locale).toBe(Intl.NumberFormat.supportedLocalesOf(locale)[0]);
    expect(format.format({ n: 1234.5 })).toBe(
      `${new Intl.NumberFormat(locale).format(1234.5)} ${new Intl.NumberFormat(locale).format(1234.5)} items`
    );
  });

  it("leaves a list of locales to the library's lookup", () => {
    expect(new IntlMessageFormat("x", ["tlh", "fr"]).resolvedOptions().locale).toBe("fr");
  });
});
