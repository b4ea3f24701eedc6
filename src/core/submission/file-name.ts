/**
 * A file's name without its folder (either slash): the Consolidation sheet travels to the Council, and the
 * folders of the machine that consolidated are nobody's business there, nor the same on the next machine.
 * @example fileName("C:\\Users\\jsmith\\ITU-R-2013.xlsx") // "ITU-R-2013.xlsx"
 */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
