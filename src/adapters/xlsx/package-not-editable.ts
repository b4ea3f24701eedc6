/**
 * Why a workbook's package was not edited in place (editXlsxPackage), so that the ExcelJS path writes it
 * instead: a sheet spec with something the package editor does not write (a grid, a validation, a print setup),
 * or a package it cannot change safely (a prefixed workbook part, a replaced sheet holding a drawing). Never
 * reaches a user: the ExcelJS path writes the workbook, or refuses it in its own words.
 */
export class PackageNotEditable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PackageNotEditable";
  }
}

/** Throws PackageNotEditable: the one way from the package editor to the ExcelJS path. */
export const notEditable = (reason: string): never => {
  throw new PackageNotEditable(reason);
};
