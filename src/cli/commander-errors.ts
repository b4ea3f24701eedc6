import { CATALOGS, type MessageKey, type Translator } from "../core/i18n";

/** commander's error sentences, each read back into the key and values we say it with. */
const PATTERNS: readonly {
  readonly pattern: RegExp;
  readonly key: MessageKey;
  readonly names: readonly string[];
}[] = [
  {
    pattern: /^error: missing required argument '(.+)'$/,
    key: "cli.error.missingArgument",
    names: ["name"],
  },
  {
    pattern: /^error: option '(.+)' argument missing$/,
    key: "cli.error.optionArgumentMissing",
    names: ["flags"],
  },
  {
    pattern: /^error: required option '(.+)' not specified$/,
    key: "cli.error.requiredOption",
    names: ["flags"],
  },
  { pattern: /^error: unknown option '(.+)'$/, key: "cli.error.unknownOption", names: ["flag"] },
  {
    pattern: /^error: unknown command '(.+)'$/,
    key: "cli.error.unknownCommand",
    names: ["name"],
  },
  {
    pattern:
      /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    key: "cli.error.tooManyArguments",
    names: ["command", "expected", "count"],
  },
  {
    pattern: /^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/,
    key: "cli.error.invalidOptionArgument",
    names: ["flags", "value", "reason"],
  },
];

const isKey = (text: string): text is MessageKey => Object.hasOwn(CATALOGS.en, text);

/**
 * One of commander's error messages (a missing option, an unknown command, an invalid value...) in the
 * translator's language, with its "Did you mean" suggestion; a message not known here is returned as it is.
 * A value's own refusal (InvalidArgumentError) is a catalog key, said with `values`.
 */
export const sayCommanderError = (
  text: string,
  tr: Translator,
  values: Readonly<Record<string, string>> = {}
): string => {
  const [first = "", ...rest] = text.replace(/\n$/, "").split("\n");
  const suggestion = /^\(Did you mean (.+)\?\)$/.exec(rest.join("\n"))?.[1];
  for (const { pattern, key, names } of PATTERNS) {
    const found = pattern.exec(first);
    if (!found) continue;
    const args = Object.fromEntries(names.map((name, i) => [name, found[i + 1] ?? ""]));
    if (args.reason !== undefined && isKey(args.reason)) args.reason = tr.t(args.reason, values);
    const said = tr.t(key, {
      ...args,
      command: args.command || "kpi-report",
      expected: Number(args.expected ?? 0),
      count: Number(args.count ?? 0),
    });
    return suggestion === undefined
      ? said
      : `${said}\n${tr.t("cli.error.didYouMean", { name: suggestion })}`;
  }
  return text.replace(/\n$/, "");
};
