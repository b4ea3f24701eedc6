/** The pane's name for what each `kpi-report` command does, where the pane has it. */
const PANE_ACTIONS: Readonly<Record<string, string>> = {
  new: "Create workbook (Create tab)",
  validate: "Validate (Check tab)",
  matrix: "Build matrix (Tables tab)",
  annex: "Generate annex (Tables tab)",
  submit: "Submit (Submit tab)",
  verify: "Verify (Submit tab)",
  consolidate: "Consolidate (Council tab)",
  upgrade: "Update this workbook (Create tab)",
};

/** Phrases of the engine's messages that point to a command the pane has no button for, and the pane's words. */
const REWORDED: readonly (readonly [RegExp, string])[] = [
  // The pane already looked for the plan whose tables fit; what is left is to make a workbook.
  [/,? or if it lost that sheet, write it back with kpi-report repair/g, ""],
  [
    /Write the metadata back with kpi-report repair, so that other tools find it\./g,
    "Ask the planning unit to write the metadata sheet back, so that other tools find it.",
  ],
  [/\(see kpi-report plans\)/g, "(the plans this add-in has are listed on the Create tab)"],
];

/**
 * Rewords a message of the engine for the add-in (pane and ribbon): officers in Excel have buttons, not the `kpi-report` command, so
 * each command it names becomes the pane's button for it (and its tab), and advice the pane cannot act on goes.
 * @example addinWording("stamp it with kpi-report submit") // "stamp it with Submit (Submit tab)"
 */
export const addinWording = (message: string): string =>
  REWORDED.reduce((text, [pattern, words]) => text.replace(pattern, words), message).replace(
    /kpi-report ([a-z]+)(?: <[^>]+>)?/g,
    (_whole, command: string) => PANE_ACTIONS[command] ?? "KPI Reporter"
  );
