import {
  buildReportingWorkbook,
  EntryValue,
  KpiEntry,
  LinkMarks,
  SheetSpec,
  WorkbookSpec,
} from "../layout";
import {
  a1,
  a1Range,
  DEFAULT_LANGUAGE,
  headerText,
  instructionsSheetName,
  type Language,
  PALETTE,
  sheetPlace,
} from "../format";
import { CATALOGS, translatorFor, type MessageKey } from "../i18n";
import { buildAnnexSheets } from "../annex";
import { buildAmountMatrixSheets, buildGoalMatrix, buildMatrixSheets } from "../matrix";
import { labelKey, rollUpResources } from "../resources";
import { isOfficerKpiId, planIn, type Plan } from "../plan";
import { parseReport } from "../report";
import type { Field, LinkCell, Report, SectorReport } from "../report";
import { ruleContext, runRules, withFix } from "../rules";
import { summarize } from "../findings";
import type { Finding } from "../findings";
import type { CellData, Snapshot } from "../snapshot";
import { buildStampSheets } from "./build-stamp-sheets";
import { digestSha256 } from "./digest-sha256";
import { canonicalContent } from "./canonical-content-text";
import type { Consolidation, Trust } from "./choose-submissions";
import { fileName } from "./file-name";
import { specSnapshot } from "./spec-snapshot";
import { makeStamp } from "./submission-stamp";
import { mergeResources, sectorResources } from "./sector-resources";
import type { SubmissionStamp } from "./submission-stamp";

/** The Consolidation sheet's name in a language; its table's name is the same in all. */
export const consolidationSheetName = (language: Language = DEFAULT_LANGUAGE): string =>
  CATALOGS[language]["consolidation.sheet"];
export const CONSOLIDATION_SHEET = consolidationSheetName(DEFAULT_LANGUAGE);
export const CONSOLIDATION_TABLE = "KPI_Consolidation";
/** Tab colour of the sheets of a sector that was not verified (red). */
export const UNVERIFIED_TAB_COLOR = PALETTE.alarm;

/** A cell's content as an entry to write back: errors and dates as their text. */
export const entryValue = (value: CellData): EntryValue =>
  value === null || typeof value !== "object" ? value : "error" in value ? value.error : value.date;
const entryOf = (field: Field): EntryValue => entryValue(field.value);

/** The officer's entries of a sector's KPI table, by KPI id, as `buildReportingWorkbook` takes them. */
export const sectorEntries = (sector: SectorReport): [string, KpiEntry][] =>
  (sector.kpis ?? []).map((kpi) => [
    kpi.id,
    {
      ...(isOfficerKpiId(kpi.id)
        ? {
            text: entryOf(kpi.textField),
            measure: entryOf(kpi.measureCell),
            direction: entryOf(kpi.directionCell),
            unit: entryOf(kpi.unitField),
          }
        : {}),
      objective: entryOf(kpi.objective),
      output: entryOf(kpi.output),
      baselineYear: entryOf(kpi.baselineYear),
      baseline: entryOf(kpi.baseline),
      targets: Object.fromEntries(kpi.years.map((y) => [String(y.year), entryOf(y.target)])),
      actuals: Object.fromEntries(kpi.years.map((y) => [String(y.year), entryOf(y.actual)])),
      assessments: Object.fromEntries(
        kpi.years.map((y) => [String(y.year), entryOf(y.assessment)])
      ),
      dataNote: entryOf(kpi.dataNote),
      evidence: entryOf(kpi.evidence),
    },
  ]);

const marks = (cells: readonly LinkCell[]): Map<string, EntryValue> =>
  new Map(cells.map((c) => [c.column, entryOf(c)]));

/** The officer's own link marks of a sector: objectives x goals and outputs x objectives. */
export const sectorLinks = (sector: SectorReport): [string, Map<string, EntryValue>][] => [
  ...(sector.objectives ?? []).map((o): [string, Map<string, EntryValue>] => [
    o.id,
    marks(o.goals),
  ]),
  ...(sector.outputs ?? []).map((o): [string, Map<string, EntryValue>] => [
    o.id,
    marks(o.objectives),
  ]),
];

/**
 * A submission's link marks under the consolidated workbook's column labels: each mark's column is the goal or
 * objective the submission's own label names (in the submission's language), labelled as `plan` labels it; a
 * column whose label names nothing keeps its label (and a rule reports it, as in the submission).
 */
const relabelledLinks = (
  source: Report,
  sector: SectorReport,
  plan: Plan
): [string, Map<string, EntryValue>][] => {
  const planSector = plan.sectors.find((s) => s.id === sector.id);
  const relabel = (
    rows: readonly { readonly id: string; readonly label: string }[],
    now: readonly { readonly id: string; readonly label: string }[]
  ) =>
    new Map(rows.map((r) => [labelKey(r.label), now.find((n) => n.id === r.id)?.label ?? r.label]));
  const goals = relabel(source.goals ?? [], plan.goals);
  const objectives = relabel(sector.objectives ?? [], planSector?.objectives ?? []);
  const objectiveRows = new Set((sector.objectives ?? []).map((o) => o.id));
  return sectorLinks(sector).map(([rowId, marks]) => {
    const labels = objectiveRows.has(rowId) ? goals : objectives;
    return [
      rowId,
      new Map([...marks].map(([label, mark]) => [labels.get(labelKey(label)) ?? label, mark])),
    ];
  });
};

const TRUST_KEYS: Readonly<Record<Trust, MessageKey>> = {
  verified: "consolidation.trust.verified",
  unverified: "consolidation.trust.unverified",
  changed: "consolidation.trust.changed",
};

const consolidationSheet = (consolidation: Consolidation, language: Language): SheetSpec => {
  const { t } = translatorFor(language);
  const rows = [
    ...consolidation.chosen.map((c) => {
      const stamp = c.source.verification?.stamp;
      return [
        c.sector.id,
        fileName(c.source.file),
        stamp?.preparer ?? null,
        stamp?.stampedAt ?? null,
        stamp?.contentHash ?? null,
        t(TRUST_KEYS[c.trust]),
      ];
    }),
    ...consolidation.skipped.map((s) => [
      s.sector,
      fileName(s.file),
      null,
      null,
      null,
      t("consolidation.leftOutLater", {
        file: s.keptInstead.file,
        at: s.keptInstead.stampedAt,
      }),
    ]),
  ];
  const headers: [string, number][] = [
    [headerText("sector", language), 10],
    [t("consolidation.header.sourceFile"), 40],
    [t("consolidation.header.preparer"), 24],
    [t("consolidation.header.stampedAt"), 26],
    [t("consolidation.header.contentHash"), 68],
    [t("consolidation.header.verification"), 44],
  ];
  const unverified = consolidation.chosen.filter((c) => c.trust !== "verified");
  return {
    name: consolidationSheetName(language),
    visibility: "visible",
    ...(language === "ar" ? { rightToLeft: true } : {}),
    tables: [
      {
        name: CONSOLIDATION_TABLE,
        ref: a1Range(0, 0, rows.length, headers.length - 1),
        columns: headers.map(([header, width]) => ({ header, width, role: "plan" as const })),
        rows,
      },
    ],
    cells: [
      {
        address: a1(rows.length + 2, 0),
        value:
          unverified.length === 0
            ? t("consolidation.allVerified")
            : t("consolidation.someUnverified", {
                sectors: unverified.map((c) => c.sector.id).join(", "),
              }),
        style: "note",
      },
    ],
    validations: [],
    columnWidths: [],
    protect: true,
    tabColor: unverified.length === 0 ? PALETTE.stamped : UNVERIFIED_TAB_COLOR,
  };
};

/**
 * The Council's workbook: the reporting workbook of every sector submitted, filled with each sector's entries
 * and its officers' own link marks, plus a Consolidation sheet naming each sector's source and whether it
 * verified (sheets of unverified sectors have red tabs), stamped like a submission so the Council's copy can be
 * verified too, then the Part II matrix and the annex tables built from that content (the stamp covers only
 * the reported cells, so these sheets, or any added later, leave it valid). Returns the stamp it made with it,
 * so nobody reads it back from the sheets.
 */
export const buildConsolidatedWorkbook = async (
  anyLanguagePlan: Plan,
  consolidation: Consolidation,
  options: {
    readonly createdAt: string;
    readonly generator: string;
    readonly preparer: string;
    /** The language of its words (sheets, headers, the Consolidation and Submission sheets); English by default. */
    readonly language?: Language;
  }
): Promise<{ readonly workbook: WorkbookSpec; readonly stamp: SubmissionStamp }> => {
  const language = options.language ?? DEFAULT_LANGUAGE;
  // The plan's texts (labels, annex wording) in the consolidated workbook's language.
  const plan = planIn(anyLanguagePlan, language).plan;
  const entries = new Map(consolidation.chosen.flatMap((c) => sectorEntries(c.sector)));
  const links: LinkMarks = new Map(
    consolidation.chosen.flatMap((c) => relabelledLinks(c.source.report, c.sector, plan))
  );
  const base = buildReportingWorkbook(plan, {
    sectors: consolidation.chosen.map((c) => c.sector.id),
    period: consolidation.period,
    createdAt: options.createdAt,
    generator: options.generator,
    language,
    entries,
    links,
    resources: mergeResources(
      consolidation.chosen.map((c) =>
        sectorResources(c.sector, c.source.report.goals ?? plan.goals)
      )
    ),
  });
  const unverified = new Set(
    consolidation.chosen.filter((c) => c.trust !== "verified").map((c) => `${c.sector.id} `)
  );
  const sheets = base.sheets.map((s) =>
    [...unverified].some((prefix) => s.name.startsWith(prefix))
      ? { ...s, tabColor: UNVERIFIED_TAB_COLOR }
      : s
  );
  const at = sheets.findIndex((s) => s.name === instructionsSheetName(language)) + 1;
  const reporting: WorkbookSpec = {
    properties: {
      ...base.properties,
      title: translatorFor(language).t("consolidation.title", { title: base.properties.title }),
    },
    sheets: [
      ...sheets.slice(0, at),
      consolidationSheet(consolidation, language),
      ...sheets.slice(at),
    ],
  };
  const { report, findings, snapshot } = readBack(plan, reporting);
  const derived = [
    ...buildMatrixSheets(buildGoalMatrix(report), plan),
    ...buildAmountMatrixSheets(plan, rollUpResources(report, plan), report.meta.period),
    ...buildAnnexSheets(report, plan, { generatedAt: options.createdAt }),
  ];
  // Where `kpi-report matrix` places its sheets: after the last visible sheet, before the hidden metadata.
  const end = sheetPlace(
    reporting.sheets.map((s) => ({ name: s.name, visible: s.visibility === "visible" })),
    derived[0]?.name ?? ""
  );
  const workbook: WorkbookSpec = {
    ...reporting,
    sheets: [...reporting.sheets.slice(0, end), ...derived, ...reporting.sheets.slice(end)],
  };
  const { stamp, sheets: stamped } = await stampSheets(
    plan,
    { report, snapshot },
    findings,
    consolidation,
    options
  );
  return { workbook: { ...workbook, sheets: [...workbook.sheets, ...stamped] }, stamp };
};

/** The consolidated workbook's content as a reader will find it once written. */
const readBack = (
  plan: Plan,
  workbook: WorkbookSpec
): {
  readonly report: Report;
  readonly findings: readonly Finding[];
  readonly snapshot: Snapshot;
} => {
  const snapshot = specSnapshot(workbook);
  const parsed = parseReport(snapshot, (id) => (id === plan.id ? plan : undefined));
  if (!parsed.ok)
    throw new Error(`the consolidated workbook cannot be read back: ${parsed.message}`);
  return { ...parsed, snapshot };
};

/** The consolidated workbook's own stamp, computed from its content as a reader will find it once written. */
const stampSheets = async (
  plan: Plan,
  { report, snapshot }: { readonly report: Report; readonly snapshot: Snapshot },
  structural: readonly Finding[],
  consolidation: Consolidation,
  options: {
    readonly createdAt: string;
    readonly generator: string;
    readonly preparer: string;
    readonly language?: Language;
  }
): Promise<{ readonly stamp: SubmissionStamp; readonly sheets: SheetSpec[] }> => {
  const findings = withFix([
    ...structural,
    ...runRules(report, { ...ruleContext(report, plan), period: consolidation.period }),
  ]);
  const { text, bytes, cells } = canonicalContent(snapshot, report.meta);
  const stamp = makeStamp(
    report.meta,
    { cells, hash: await digestSha256(bytes) },
    {
      preparer: options.preparer,
      stampedAt: options.createdAt,
      generator: options.generator,
      summary: summarize(findings),
      unverifiedSectors: consolidation.chosen
        .filter((c) => c.trust !== "verified")
        .map((c) => c.sector.id),
    }
  );
  return { stamp, sheets: buildStampSheets(stamp, text, options.language) };
};
