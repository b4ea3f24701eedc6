/**
 * The Office.js adapter's part of `npm run bench`: round trips per command and the largest request and
 * response, against the in-memory Excel fake (which counts them as Excel would see them).
 */
import { buildAnnex, buildMatrix, validateWorkbook } from "../src/app";
import { DEFAULT_PAYLOAD_BUDGET } from "../src/adapters/office";
import { buildReportingWorkbook, WorkbookSpec } from "../src/core/layout";
import type { Plan } from "../src/core/plan";
import { createExcelFake, largest } from "../test/support/excel-fake";
import { entriesFor, planWithKpis } from "../test/support/many-kpis";
import { ituPlan, ituSample, officePort, reportingSpec } from "../test/support/office-port";

const EXCEL_ON_THE_WEB_LIMIT = 5 * 1024 * 1024;
const kib = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;

interface Measured {
  readonly write: number;
  readonly read: number;
  readonly validateAndMark: number;
  /** Read, then replace the two matrix sheets. */
  readonly matrix: number;
  /** Read the workbook, and write the annex into another (syncs of both). */
  readonly annex: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly findings: number;
}

/**
 * Writes, reads, validates with highlights, rebuilds the matrix of, and makes the annex of one workbook through
 * the adapter, counting each command's syncs.
 */
const measure = async (spec: WorkbookSpec, plan: Plan): Promise<Measured> => {
  const excel = createExcelFake();
  const port = officePort(excel);
  const syncs = async (command: () => Promise<unknown>): Promise<number> => {
    const before = excel.stats.syncs;
    await command();
    return excel.stats.syncs - before;
  };
  const write = await syncs(() => port.writeWorkbook(spec));
  const read = await syncs(() => port.readSnapshot());
  let findings = 0;
  const validateAndMark = await syncs(async () => {
    const outcome = await validateWorkbook(port, () => plan, { mark: true, now: new Date() });
    if (!outcome.ok) throw new Error(outcome.errors.join("; "));
    findings = outcome.value.findings.length;
  });
  const matrix = await syncs(async () => {
    const outcome = await buildMatrix(port, () => plan);
    if (!outcome.ok) throw new Error(outcome.errors.join("; "));
  });
  const annexExcel = createExcelFake();
  const annex =
    (await syncs(async () => {
      // The big workbook carries mistakes: its annex is a draft, written all the same.
      const outcome = await buildAnnex(port, officePort(annexExcel), () => plan, {
        now: new Date(),
        draft: true,
      });
      if (!outcome.ok) throw new Error(outcome.errors.join("; "));
    })) + annexExcel.stats.syncs;
  const requests = [...excel.stats.requestBytes, ...annexExcel.stats.requestBytes];
  const responses = [...excel.stats.responseBytes, ...annexExcel.stats.responseBytes];
  return {
    write,
    read,
    validateAndMark,
    matrix,
    annex,
    largestRequest: largest(requests),
    largestResponse: largest(responses),
    findings,
  };
};

/** The report's lines. */
export const benchOffice = async (): Promise<string[]> => {
  const itu = ituPlan();
  const sample = ituSample();
  // 5,000 rows, not 50,000: the in-memory Excel keeps data validations as a list it searches for each of a
  // rule's areas (one per row), so writing a KPI sheet costs it time that grows with the square of its rows
  // (8,000 rows, 35 s; 50,000, hours). Round trips, what this part counts, grow with the rows all the same.
  const many = planWithKpis(5_000);
  const cases: [string, WorkbookSpec, Plan][] = [
    ["2012-2015 workbook, sample values", reportingSpec(itu, sample.period, sample.entries), itu],
    [
      "5,000 KPI rows",
      buildReportingWorkbook(many, {
        sectors: ["A"],
        period: 2021,
        createdAt: "2021-01-01T00:00:00Z",
        generator: "bench",
        entries: entriesFor(many),
      }),
      many,
    ],
  ];
  const lines = [
    `Office.js adapter against the in-memory Excel (payload budget ${kib(DEFAULT_PAYLOAD_BUDGET)}; Excel on the web refuses over ${kib(EXCEL_ON_THE_WEB_LIMIT)}):`,
    `  ${"workbook".padEnd(36)}${"write".padStart(7)}${"read".padStart(7)}${"validate+mark".padStart(15)}${"matrix".padStart(8)}${"annex".padStart(7)}${"largest request".padStart(17)}${"largest response".padStart(18)}`,
  ];
  let within = true;
  for (const [name, spec, plan] of cases) {
    const m = await measure(spec, plan);
    within &&=
      m.largestRequest <= DEFAULT_PAYLOAD_BUDGET && m.largestResponse <= DEFAULT_PAYLOAD_BUDGET;
    lines.push(
      `  ${name.padEnd(36)}${String(m.write).padStart(7)}${String(m.read).padStart(7)}${String(m.validateAndMark).padStart(15)}${String(m.matrix).padStart(8)}${String(m.annex).padStart(7)}${kib(m.largestRequest).padStart(17)}${kib(m.largestResponse).padStart(18)}`
    );
  }
  lines.push(
    `  round trips are syncs per command (validate+mark reads, then marks ${"findings"}; matrix reads, then replaces its two sheets; annex reads, then writes the annex workbook); every request and response within the budget: ${within ? "yes" : "NO"}`
  );
  return lines;
};
