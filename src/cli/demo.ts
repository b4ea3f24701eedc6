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
import { KpiEntries, parseEntriesFile } from "../core/layout";
import { formatPlanFileError, Plan, sectorKpis } from "../core/plan";
import { Finding } from "../core/findings";
import { parseReport } from "../core/report";
import {
  executionRate,
  formatAmount,
  moneyIn,
  ResourceRollup,
  rollUpResources,
} from "../core/resources";
import { computeStatus, Status, STATUSES } from "../core/status";
import { presentVerification } from "../app/present";
import type { Console } from "./cli-context";
import { CliError, refusalOf } from "./cli-error";
import { displayPath, readPlanById, readUtf8 } from "./plan-directory";

export const SAMPLE_FILE = resolve(__dirname, "..", "..", "samples", "itu-2012-2015.sample.json");
/** The sample with its mistakes put right: what passes validation and is submitted. */
export const CORRECTED_FILE = resolve(
  __dirname,
  "..",
  "..",
  "samples",
  "itu-2012-2015.corrected.json"
);

/** Errors grouped by rule, one line each with the first cells: what the demo shows of a failed validation. */
export const errorsByRule = (findings: readonly Finding[]): string[] => {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings.filter((x) => x.severity === "error"))
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule].map(([rule, group]) => {
    const cells = group.slice(0, 3).map((f) => `${f.sheet}!${f.cell ?? "-"}`);
    return `${rule.padEnd(26)}${String(group.length).padStart(3)}  ${cells.join(", ")}${group.length > 3 ? ", ..." : ""}`;
  });
};

/** Each warning on a line of its own, with its cell, rule and what to do: what the demo shows besides the errors. */
export const warningLines = (findings: readonly Finding[]): string[] =>
  findings
    .filter((f) => f.severity === "warning")
    .flatMap((f) => [
      `${f.sheet}!${f.cell ?? "-"}  ${f.message}  [${f.rule}]`,
      ...(f.fix ? [`  ${f.fix}`] : []),
    ]);

/** Resources by goal for the reporting year, one line per goal and a total, as the workbook's formulas compute them. */
export const resourcesByGoal = (rollup: ResourceRollup, period: number): string[] => {
  const line = (label: string, budget: number, spent: number): string => {
    const rate = executionRate({ budget, expenditure: spent });
    return `  ${label.padEnd(16)}${formatAmount(budget, null).padStart(16)}${formatAmount(spent, null).padStart(16)}${(rate === null ? "" : `${Math.round(rate * 100)}%`).padStart(11)}`;
  };
  const money = rollup.goals.map((g) => ({ label: g.label, ...moneyIn(rollup, g, period) }));
  return [
    `  ${"goal".padEnd(16)}${"budget".padStart(16)}${"expenditure".padStart(16)}${"execution".padStart(11)}`,
    ...money.map((m) => line(m.label, m.budget, m.expenditure)),
    line(
      "all goals",
      money.reduce((n, m) => n + m.budget, 0),
      money.reduce((n, m) => n + m.expenditure, 0)
    ),
  ];
};

/** Counts of each status per sector for the reporting year, as the workbook's formulas compute them. */
export const statusCounts = (
  plan: Plan,
  entries: KpiEntries,
  period: number
): Map<string, Record<Status, number>> =>
  new Map(
    plan.sectors.map((sector) => {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      for (const kpi of sectorKpis(sector)) {
        const e = entries.get(kpi.id) ?? {};
        const status = computeStatus(
          {
            measure: kpi.measure,
            direction: kpi.direction,
            baseline: e.baseline,
            target: e.targets?.[period],
            actual: e.actuals?.[period],
            assessment: e.assessments?.[period],
          },
          plan.reporting
        );
        counts[status] += 1;
      }
      return [sector.id, counts];
    })
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
}): Promise<void> => {
  const { io } = options;
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
  io.out(`KPI Reporter demo: ${plan.title} (${plan.source})`);
  io.out("");
  io.out(`Wrote ${displayPath(out)}`);
  io.out(
    `  ${s.sheets} sheets for ${s.sectors.join(", ")}: ${s.objectives} objectives, ${s.outputs} outputs, ${s.kpis} KPIs`
  );
  io.out(
    `  filled with the sample values of ${displayPath(SAMPLE_FILE)} (${sample.value.entries.size} KPIs)`
  );
  io.out("");
  io.out(`Status ${period}, as the workbook's Status formulas compute it:`);
  io.out(`  ${"sector".padEnd(8)}${STATUSES.map((st) => st.padStart(16)).join("")}`);
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
    io.out(
      `Resources by goal ${period}, in ${plan.resources.currency ?? "the plan's currency"}, as the workbook's 'Resources by Goal' formulas compute them (illustrative figures: the plan's sources give none):`
    );
    resourcesByGoal(rollUpResources(parsedSample.report, plan), period).forEach((l) => io.out(l));
  }
  if (sample.value.notes.length > 0) {
    io.out("");
    io.out("Deliberate mistakes in the sample, for validation to catch:");
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
    { mark: true, now }
  );
  if (!checked.ok) throw new CliError(refusalOf(displayPath(out), checked.errors));
  const c = checked.value.summary;
  io.out(
    `1. Validate ${displayPath(out)}: ${c.errors} errors, ${c.warnings} warnings: it cannot be submitted`
  );
  errorsByRule(checked.value.findings).forEach((line) => io.out(`     ${line}`));
  if (c.warnings > 0) io.out(`   Warnings (they do not block submission):`);
  warningLines(checked.value.findings).forEach((line) => io.out(`     ${line}`));
  io.out(
    `   ${displayPath(checkedCopy)} shows each finding at its cell, on its Validation sheet with the fix`
  );

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
    { preparer: "Demo officer", now, generator: options.generator }
  );
  if (!submitted.ok) throw new CliError(refusalOf(displayPath(fixed), submitted.errors));
  const v = submitted.value.validation.summary;
  io.out(
    `2. Validate ${displayPath(fixed)} (the values of ${displayPath(CORRECTED_FILE)}): ${v.errors} errors, ${v.warnings} warnings: it passes`
  );
  warningLines(submitted.value.validation.findings).forEach((line) => io.out(`     ${line}`));
  if (!submitted.value.submitted)
    throw new CliError(`${displayPath(fixed)}: did not pass validation`);
  const { stamp } = submitted.value;
  io.out(
    `3. Submit: wrote ${displayPath(submission)}, stamped by ${stamp.preparer} at ${stamp.stampedAt}`
  );
  io.out(`     ${stamp.hashAlgorithm} ${stamp.contentHash} over ${stamp.canonicalCells} cells`);
  const verified = await verifySubmission(new XlsxFilePort(submission, { force: false }), findPlan);
  if (!verified.ok) throw new CliError(refusalOf(displayPath(submission), verified.errors));
  io.out(`4. Verify: ${presentVerification(displayPath(submission), verified.value).heading}`);
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
  io.out(
    `5. Annex for the Council: wrote ${displayPath(annex)} (${annexed.value.sheets.join(", ")})`
  );

  io.out("");
  io.out("Files:");
  io.out(`  ${displayPath(out)}  the sample, with its mistakes`);
  io.out(`  ${displayPath(checkedCopy)}  the sample checked: its mistakes highlighted`);
  io.out(`  ${displayPath(fixed)}  the corrected workbook`);
  io.out(`  ${displayPath(submission)}  the stamped submission (see its Submission sheet)`);
  io.out(`  ${displayPath(annex)}  the Council annex tables, print-ready`);
  io.out("Open them in Excel or LibreOffice Calc to see them.");
};
