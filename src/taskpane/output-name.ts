/**
 * The name of a file the pane offers for download, made from the picked file's: `filled.xlsx` and "checked" give
 * `filled-checked.xlsx`, so that the download never takes the picked file's own name.
 */
export const outputName = (picked: string, suffix: string): string =>
  `${picked.replace(/\.xlsx$/i, "")}-${suffix}.xlsx`;
