import type { Argument, Command, HelpConfiguration, Option } from "commander";
import { CATALOGS, type MessageKey, type Translator } from "../core/i18n";

/**
 * A help text by its catalog key, for `.description()`, `.option()` and `.argument()`: commander keeps the key,
 * and the help hooks (localisedHelp) say it in the reader's language only when help is shown, so a run that
 * shows none compiles no help message.
 * @example program.command("plans").description(helpKey("cli.plans.help"))
 */
export const helpKey = (key: MessageKey): string => key;

/** The option and command names that help texts name: code, the same in every language. */
export const HELP_NAMES = {
  out: "--out",
  force: "--force",
  inPlace: "--in-place",
  csv: "--csv",
  draft: "--draft",
  newer: "newer",
  plansCommand: "kpi-report plans",
  submitCommand: "kpi-report submit",
  codes: "ar, zh, en, fr, ru",
  last: "es",
  lcAll: "LC_ALL",
  lcMessages: "LC_MESSAGES",
  lang: "LANG",
  pseudo: "qps-ploc",
} as const;

/** commander's own words, by the text it gives them, and the key we say them with. */
const COMMANDER_WORDS: Readonly<Record<string, MessageKey>> = {
  "Usage:": "cli.help.usage",
  "Options:": "cli.help.options",
  "Arguments:": "cli.help.arguments",
  "Commands:": "cli.help.commands",
  "Global Options:": "cli.help.globalOptions",
  "display help for command": "cli.help.help",
  "output the version number": "cli.help.version",
};

const isKey = (text: string): text is MessageKey => Object.hasOwn(CATALOGS.en, text);

/**
 * The help hooks of commander that say every word of `--help` in the translator's language: the descriptions
 * registered with helpKey, commander's own titles and descriptions, "(required)" on an option that must be given,
 * and a default only where there is one worth saying (never an empty list or an empty string).
 */
export const localisedHelp = (tr: Translator): HelpConfiguration => {
  const say = (text: string): string => {
    const key = isKey(text) ? text : COMMANDER_WORDS[text];
    return key === undefined ? text : tr.t(key, HELP_NAMES);
  };
  return {
    styleTitle: (title: string) => say(title),
    commandDescription: (cmd: Command) => say(cmd.description()),
    subcommandDescription: (cmd: Command) => say(cmd.summary() || cmd.description()),
    argumentDescription: (argument: Argument) => say(argument.description),
    optionDescription: (option: Option) => {
      const description = say(option.description ?? "");
      const value = option.defaultValue as unknown;
      const shown = !(
        value === undefined ||
        value === "" ||
        (Array.isArray(value) && value.length === 0)
      );
      const defaultText = shown ? (option.defaultValueDescription ?? JSON.stringify(value)) : "";
      if (option.mandatory && shown)
        return tr.t("cli.help.requiredWithDefault", { description, value: defaultText });
      if (option.mandatory) return tr.t("cli.help.required", { description });
      if (shown) return tr.t("cli.help.withDefault", { description, value: defaultText });
      return description;
    },
  };
};
