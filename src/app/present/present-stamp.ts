import { translatorFor, type Translator } from "../../core/i18n";
import type { SubmissionStamp } from "../../core/submission";
import { say } from "./say";

/** A submission's stamp in words: what was stamped, who and when, the validation summary, and the hash. */
export interface StampView {
  /** "<file> stamped for submission (plan p, reporting year 2021, sectors A)". */
  readonly submitted: string;
  /** "preparer A. Officer, stamped <time>; validation: 0 errors, 1 warning, 0 info". */
  readonly detail: string;
  /** "SHA-256 <hash> over 120 cells". */
  readonly hash: string;
  /** Label and value, in the order the Submission sheet shows them (the pane lists these). */
  readonly fields: readonly (readonly [string, string])[];
}

/**
 * A stamp as every front end words it; `file` names what was stamped, `time` shows the stamp's ISO time as the
 * officer reads times (as written, by default).
 */
export const presentStamp = (
  file: string,
  stamp: SubmissionStamp,
  options: { readonly time?: (iso: string) => string } = {},
  tr: Translator = translatorFor("en")
): StampView => {
  const at = options.time ? options.time(stamp.stampedAt) : stamp.stampedAt;
  const counts = {
    errors: stamp.summary.errors,
    warnings: stamp.summary.warnings,
    info: stamp.summary.info,
  };
  const hash = say(
    "stamp.hash",
    {
      algorithm: stamp.hashAlgorithm,
      hash: stamp.contentHash,
      cells: stamp.canonicalCells,
    },
    tr
  );
  return {
    submitted: say(
      "stamp.submitted",
      {
        file,
        plan: stamp.planId,
        period: stamp.period,
        sectors: stamp.sectors.join(", "),
      },
      tr
    ),
    detail: say("stamp.detail", { preparer: stamp.preparer, at, ...counts }, tr),
    hash,
    fields: [
      [
        say("stamp.label.plan", {}, tr),
        say("stamp.value.plan", { plan: stamp.planId, version: stamp.planVersion }, tr),
      ],
      [say("stamp.label.sectors", {}, tr), stamp.sectors.join(", ")],
      [say("stamp.label.period", {}, tr), String(stamp.period)],
      [say("stamp.label.preparer", {}, tr), stamp.preparer],
      [say("stamp.label.stampedAt", {}, tr), at],
      [say("stamp.label.validation", {}, tr), say("stamp.value.validation", counts, tr)],
      [say("stamp.label.hash", { algorithm: stamp.hashAlgorithm }, tr), stamp.contentHash],
      [say("stamp.label.cells", {}, tr), String(stamp.canonicalCells)],
    ],
  };
};
