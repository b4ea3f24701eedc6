import { promises as fs } from "node:fs";
import { join, resolve } from "node:path";
import {
  buildAnnex,
  catalogOf,
  insertWorkbook,
  submitWorkbook,
  validateWorkbook,
  verifySubmission,
} from "../app";
import { XlsxFilePort } from "../adapters/xlsx";
import { parseEntriesFile } from "../core/layout";
import { formatPlanFileError } from "../core/plan";
import type { MessageKey, MessageValues, Translator } from "../core/i18n";
import { parseReport } from "../core/report";
import { rollUpResources } from "../core/resources";
import { STATUSES } from "../core/status";
import { presentVerification } from "../app/present";
import type { Console } from "./cli-context";
import { CliError, refusalOf } from "./cli-error";
import { displayPath, readPlanById, readUtf8 } from "./plan-directory";
import {
  errorsByRule,
  resourcesByGoal,
  STATUS_WORD,
  statusCounts,
  warningLines,
} from "./demo-lines";

export { errorsByRule, resourcesByGoal, statusCounts, warningLines } from "./demo-lines";

export const SAMPLE_FILE = resolve(__dirname, "..", "..", "samples", "itu-2012-2015.sample.json");
/** The sample with its mistakes put right: what passes validation and is submitted. */
export const CORRECTED_FILE = resolve(
  __dirname,
  "..",
  "..",
  "samples",
  "itu-2012-2015.corrected.json"
);

/**
 * The demo, written to outDir: the 2012-2015 workbook filled with the sample values (deliberate mistakes included),
 * validated; then the corrected values, validated, submitted and verified.
 */
export const runDemo = async (options: {
  plansDir: string;
  outDir: string;
  io: Console;
  now: Date;
  generator: string;
  /** The words of the narration: the run's language (--lang, else the environment's). */
  tr: Translator;
}): Promise<void> => {
  const { io, tr } = options;
  const say = (key: MessageKey, values?: MessageValues): void => io.out(tr.t(key, values));
  const sample = parseEntriesFile(displayPath(SAMPLE_FILE), await readUtf8(SAMPLE_FILE));
  if (!sample.ok) throw new CliError(sample.errors.map(formatPlanFileError).join("\n"));
  const plan = await readPlanById(options.plansDir, sample.value.plan);
  await fs.mkdir(options.outDir, { recursive: true });
  const period = sample.value.period ?? plan.period.start;
  const out = join(options.outDir, `${plan.id}-${period}-sample.xlsx`);
  const result = await insertWorkbook(new XlsxFilePort(out, { force: true }), plan, {
    sectors: [],
    period,
    entries: sample.value.entries,
    resources: sample.value.resources,
    now: options.now,
    generator: options.generator,
  });
  if (!result.ok) throw new CliError(result.errors);
  const s = result.value;
  say("cli.out.demo.title", { title: plan.title, source: plan.source });
  io.out("");
  say("cli.out.demo.wrote", { file: displayPath(out) });
  const { sheets, objectives, outputs, kpis } = s;
  const sectors = s.sectors.join(", ");
  io.out(`  ${tr.t("cli.out.demo.made", { sheets, sectors, objectives, outputs, kpis })}`);
  const filled = { file: displayPath(SAMPLE_FILE), kpis: sample.value.entries.size };
  io.out(`  ${tr.t("cli.out.demo.filled", filled)}`);
  io.out("");
  say("cli.out.demo.statusHeading", { period });
  const words = STATUSES.map((st) => tr.t(STATUS_WORD[st]).padStart(16)).join("");
  io.out(`  ${tr.t("cli.out.demo.sector").padEnd(8)}${words}`);
  for (const [sector, counts] of statusCounts(plan, sample.value.entries, period)) {
    io.out(
      `  ${sector.padEnd(8)}${STATUSES.map((st) => String(counts[st]).padStart(16)).join("")}`
    );
  }
  const parsedSample = parseReport(
    await new XlsxFilePort(out, { force: false }).readSnapshot(),
    (id) => (id === plan.id ? plan : undefined)
  );
  if (parsedSample.ok) {
    io.out("");
    const currency = plan.resources.currency ?? tr.t("cli.out.demo.planCurrency");
    say("cli.out.demo.resourcesHeading", { period, currency });
    const rollup = rollUpResources(parsedSample.report, plan);
    resourcesByGoal(rollup, period, tr).forEach((l) => io.out(l));
  }
  if (sample.value.notes.length > 0) {
    io.out("");
    say("cli.out.demo.mistakes");
    sample.value.notes.forEach((note) => io.out(`  - ${note}`));
  }

  // The round trip: validate the sample (it fails), then the corrected values (they pass), submit, verify.
  const findPlan = catalogOf([plan]);
  const now = options.now;
  io.out("");
  const checkedCopy = join(options.outDir, `${plan.id}-${period}-sample-checked.xlsx`);
  const checked = await validateWorkbook(
    new XlsxFilePort(out, { force: true, saveTo: checkedCopy }),
    findPlan,
    { mark: true, now, translator: () => tr }
  );
  if (!checked.ok) throw new CliError(refusalOf(displayPath(out), checked.errors));
  const c = checked.value.summary;
  say("cli.out.demo.step1", { file: displayPath(out), errors: c.errors, warnings: c.warnings });
  errorsByRule(checked.value.findings).forEach((line) => io.out(`     ${line}`));
  if (c.warnings > 0) io.out(`   ${tr.t("cli.out.demo.warningsHeading")}`);
  warningLines(checked.value.findings).forEach((line) => io.out(`     ${line}`));
  io.out(`   ${tr.t("cli.out.demo.checkedShows", { file: displayPath(checkedCopy) })}`);

  const corrected = parseEntriesFile(displayPath(CORRECTED_FILE), await readUtf8(CORRECTED_FILE));
  if (!corrected.ok) throw new CliError(corrected.errors.map(formatPlanFileError).join("\n"));
  const fixed = join(options.outDir, `${plan.id}-${period}-corrected.xlsx`);
  const made = await insertWorkbook(new XlsxFilePort(fixed, { force: true }), plan, {
    sectors: [],
    period,
    entries: corrected.value.entries,
    resources: corrected.value.resources,
    now,
    generator: options.generator,
  });
  if (!made.ok) throw new CliError(made.errors);
  const submission = join(options.outDir, `${plan.id}-${period}-submission.xlsx`);
  const submitted = await submitWorkbook(
    new XlsxFilePort(fixed, { force: false }),
    new XlsxFilePort(fixed, { force: true, saveTo: submission }),
    findPlan,
    { preparer: "Demo officer", now, generator: options.generator, translator: () => tr }
  );
  if (!submitted.ok) throw new CliError(refusalOf(displayPath(fixed), submitted.errors));
  const v = submitted.value.validation.summary;
  const values = displayPath(CORRECTED_FILE);
  const { errors, warnings } = v;
  say("cli.out.demo.step2", { file: displayPath(fixed), values, errors, warnings });
  warningLines(submitted.value.validation.findings).forEach((line) => io.out(`     ${line}`));
  if (!submitted.value.submitted)
    throw new CliError(`${displayPath(fixed)}: did not pass validation`);
  const { stamp } = submitted.value;
  const { preparer, stampedAt: time, hashAlgorithm: algorithm, contentHash: hash } = stamp;
  say("cli.out.demo.step3", { file: displayPath(submission), preparer, time });
  const cells = stamp.canonicalCells;
  // The cell count as the stamp records it (5122), not as Intl groups it.
  const count = String(cells);
  io.out(`     ${tr.t("cli.out.demo.hash", { algorithm, hash, cells, count })}`);
  const verified = await verifySubmission(new XlsxFilePort(submission, { force: false }), findPlan);
  if (!verified.ok) throw new CliError(refusalOf(displayPath(submission), verified.errors));
  const heading = presentVerification(displayPath(submission), verified.value, {}, tr).heading;
  say("cli.out.demo.step4", { heading });
  const annex = join(options.outDir, `${plan.id}-${period}-annex.xlsx`);
  const annexed = await buildAnnex(
    new XlsxFilePort(submission, { force: false }),
    new XlsxFilePort(annex, { force: true }),
    findPlan,
    { now }
  );
  if (!annexed.ok) throw new CliError(refusalOf(displayPath(submission), annexed.errors));
  if (!annexed.value.written)
    throw new CliError(
      `${displayPath(submission)}: no annex: the verified submission has validation errors`
    );
  const annexSheets = annexed.value.sheets.join(", ");
  say("cli.out.demo.step5", { file: displayPath(annex), sheets: annexSheets });

  io.out("");
  say("cli.out.demo.files");
  const files: readonly [string, MessageKey][] = [
    [out, "cli.out.demo.fileSample"],
    [checkedCopy, "cli.out.demo.fileChecked"],
    [fixed, "cli.out.demo.fileCorrected"],
    [submission, "cli.out.demo.fileSubmission"],
    [annex, "cli.out.demo.fileAnnex"],
  ];
  for (const [file, key] of files) io.out(`  ${tr.t(key, { file: displayPath(file) })}`);
  say("cli.out.demo.open");
};
