import { neutraliseCell } from "./neutralise-cell";

/** Control characters, and the bidirectional controls that can make a line read other than it is. */
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's purpose
const UNSAFE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes one line of a plain-text report safe to show and to open in a spreadsheet: tabs and line breaks
 * (which a spreadsheet would split into new cells) become spaces, other control and bidi-override characters
 * are shown as \u escapes, and a line a spreadsheet would run as a formula is neutralised.
 * @example plainTextLine("x\t=HYPERLINK(\"http://evil\")") // "x =HYPERLINK(\"http://evil\")"
 */
export const plainTextLine = (line: string): string =>
  neutraliseCell(
    line.replace(UNSAFE, (ch) =>
      ch === "\t" || ch === "\r" || ch === "\n"
        ? " "
        : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`
    )
  );
