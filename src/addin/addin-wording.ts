import type { MessageKey, Translator } from "../core/i18n";

/** The pane's name for what each `kpi-report` command does, where the pane has it: its button and tab. */
const PANE_ACTIONS: Readonly<Record<string, MessageKey>> = {
  new: "pane.command.new",
  validate: "pane.command.validate",
  matrix: "pane.command.matrix",
  annex: "pane.command.annex",
  submit: "pane.command.submit",
  verify: "pane.command.verify",
  consolidate: "pane.command.consolidate",
  upgrade: "pane.command.upgrade",
};

/**
 * Phrases of the engine's messages that point to a command the pane has no button for, and the pane's words
 * (none: the phrase goes).
 */
const REWORDED: readonly (readonly [RegExp, MessageKey | undefined])[] = [
  // The pane already looked for the plan whose tables fit; what is left is to make a workbook.
  [/,? or if it lost that sheet, write it back with kpi-report repair/g, undefined],
  [
    /Write the metadata back with kpi-report repair, so that other tools find it\./g,
    "pane.reworded.metadata",
  ],
  [/\(see kpi-report plans\)/g, "pane.reworded.plans"],
];

/**
 * Rewords a message of the engine for the add-in (pane and ribbon), in the translator's language: officers in
 * Excel have buttons, not the `kpi-report` command, so each command it names becomes the pane's button for it
 * (and its tab), and advice the pane cannot act on goes.
 * @example addinWording("stamp it with kpi-report submit", translatorFor("en")) // "stamp it with Submit (Submit tab)"
 */
export const addinWording = (message: string, t: Translator): string =>
  REWORDED.reduce(
    (text, [pattern, key]) => text.replace(pattern, key === undefined ? "" : t.t(key)),
    message
  ).replace(/kpi-report ([a-z]+)(?: <[^>]+>)?/g, (_whole, command: string) => {
    const key = PANE_ACTIONS[command];
    return key === undefined ? "KPI Reporter" : t.t(key);
  });
