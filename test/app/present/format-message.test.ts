import { formatMessage, MESSAGES, say } from "../../../src/app/present";

describe("formatMessage", () => {
  it("fills named placeholders", () => {
    expect(formatMessage("{file}: plan {plan}", { file: "a.xlsx", plan: "p" })).toBe(
      "a.xlsx: plan p"
    );
  });

  it("picks the plural branch for the count, with # for the number", () => {
    const t = "{n, plural, =0 {no cells} one {# cell} other {# cells}} changed";
    expect([0, 1, 2].map((n) => formatMessage(t, { n }))).toEqual([
      "no cells changed",
      "1 cell changed",
      "2 cells changed",
    ]);
  });

  it("picks a select branch by word, and fills placeholders inside branches", () => {
    const t = "stamped{named, select, yes { by {who}} other {}}";
    expect(formatMessage(t, { named: "yes", who: "A. Officer" })).toBe("stamped by A. Officer");
    expect(formatMessage(t, { named: "no", who: "" })).toBe("stamped");
  });

  it("reads '' as one apostrophe, as ICU does, so a quoted placeholder is still filled", () => {
    expect(formatMessage("sheet ''{name}'', the plan's", { name: "Not placed" })).toBe(
      "sheet 'Not placed', the plan's"
    );
  });

  it("leaves braces and # inside parameter values as they are", () => {
    expect(formatMessage("{a} #", { a: "{x} #1" })).toBe("{x} #1 #");
  });

  it("throws on a parameter the caller forgot, naming it", () => {
    expect(() => formatMessage("{missing}", {})).toThrow(/"missing"/);
  });

  it("fills every English message without error given its parameters", () => {
    // Every placeholder name of every template, each given a count of 2: no template is malformed.
    for (const [key, template] of Object.entries(MESSAGES)) {
      const names = [...template.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? "");
      const params = Object.fromEntries(names.map((n) => [n, 2]));
      expect(() => say(key as keyof typeof MESSAGES, params)).not.toThrow();
    }
  });
});
