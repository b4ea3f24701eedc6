import { META_SHEET } from "../format";
import { finding, Finding } from "../findings";
import type { Translator } from "../i18n";
import type { Snapshot } from "../snapshot";

/** The sheets of our own records, very hidden by design (docs/workbook-format.md): metadata and the stamp. */
export const METADATA_SHEETS: readonly string[] = [META_SHEET, "_kpi_stamp"];

/** The names of our record sheets in the workbook that are not very hidden, for the writing commands to hide. */
export const shownMetadataSheets = (snapshot: Snapshot): string[] =>
  snapshot.sheets
    .filter((s) => METADATA_SHEETS.includes(s.name) && s.visibility !== "veryHidden")
    .map((s) => s.name);

/**
 * A note for each metadata sheet that is no longer very hidden (LibreOffice Calc saves very hidden sheets as
 * plainly hidden, so they show in Excel's Unhide list, or someone unhid one): nothing is wrong with the
 * values, and `kpi-report submit`, `repair`, `matrix` and `upgrade` hide them again.
 */
export const metadataSheetsShown = (snapshot: Snapshot, i18n: Translator): Finding[] =>
  snapshot.sheets
    .filter((s) => METADATA_SHEETS.includes(s.name) && s.visibility !== "veryHidden")
    .map((s) =>
      finding(
        "metadata-shown",
        "info",
        { sheet: s.name, cell: null },
        i18n.t("finding.metadata-shown.message", {
          sheet: s.name,
          visibility: s.visibility === "hidden" ? "hidden" : "visible",
          calc: "LibreOffice Calc",
        }),
        {
          fix: i18n.t("finding.metadata-shown.fixLeave", {
            command: "kpi-report submit",
            repair: "repair",
            matrix: "matrix",
            upgrade: "upgrade",
          }),
        }
      )
    );
