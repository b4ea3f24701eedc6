import {
  Goal,
  Kpi,
  noteScope,
  Objective,
  officerKpiId,
  Output,
  parseOfficerKpiId,
  Plan,
  planIn,
  planYears,
  Sector,
  SectorId,
} from "../plan";
import { translatorFor, type Translator } from "../i18n";
import {
  a1,
  a1Range,
  columnLetter,
  ColumnContext,
  DEFAULT_LANGUAGE,
  GOALS_FORMAT,
  goalsSheetName,
  headerText,
  HeaderKey,
  instructionsSheetName,
  KPIS_FORMAT,
  labelCode,
  labelsIn,
  Language,
  LINK_MARK,
  META_FORMAT,
  META_SHEET,
  META_TABLE,
  OBJECTIVES_FORMAT,
  OUTPUTS_FORMAT,
  PALETTE,
  PlacedColumn,
  placeColumns,
  RESULTS_FORMAT,
  TableFormat,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
} from "../format";
import { EntryValue, KpiEntries, KpiEntry, LinkMarks } from "./kpi-entry";
import { progressFormula, statusFormula } from "./status-formula";
import { columnSpec, tableColumns } from "./table-columns";
import { tableSheet, tableSpec } from "./table-sheet";
import { buildResourceSheets } from "./build-resource-sheets";
import { NO_RESOURCE_ENTRIES, ResourceEntries } from "./resource-entry";
import {
  CellValue,
  PrintSpec,
  RangeValidation,
  SheetSpec,
  TableSpec,
  TextCell,
  ValidationRule,
  WorkbookSpec,
} from "./workbook-spec";

export interface ReportingWorkbookOptions {
  /** Sectors to include, in plan order whatever the order given; all of them when empty. */
  readonly sectors: readonly SectorId[];
  /** The reporting year: the year whose progress and status the workbook computes. */
  readonly period: number;
  /** When the workbook was made (ISO 8601), recorded in its metadata. */
  readonly createdAt: string;
  /** The program and version that made it, recorded in its metadata. */
  readonly generator: string;
  /** Values to pre-fill, by KPI id. */
  readonly entries?: KpiEntries;
  /** Link marks to write instead of the plan's, for the rows it names. */
  readonly links?: LinkMarks;
  /** Budgets, expenditure and shares to pre-fill, by output and objective id. */
  readonly resources?: ResourceEntries;
  /** The language of the workbook's own words (sheet names, headers, dropdowns, instructions); English by default. */
  readonly language?: Language;
}

/** The metadata rows of a reporting workbook, by key (docs/workbook-format.md, sheet _kpi_meta). */
export interface WorkbookMeta {
  readonly format: string;
  readonly formatVersion: number;
  readonly planId: string;
  readonly planVersion: string;
  readonly planTitle: string;
  readonly period: number;
  readonly sectors: readonly SectorId[];
  readonly createdAt: string;
  readonly generator: string;
  /** The language the workbook is written in; a workbook made before languages has none (English). */
  readonly language?: Language;
}

/** A table of the reporting workbook: each row as high as the text of its wrapped columns needs. */
const table = (
  name: string,
  columns: TableSpec["columns"],
  rows: readonly (readonly CellValue[])[]
): TableSpec => tableSpec(name, columns, rows, { fitRows: true });

/**
 * How a sheet of the reporting workbook prints: landscape on the plan's paper, one page wide, its table's
 * header row (row 1) repeated on every page, a footer naming the plan, the sheet and the reporting year.
 */
export const workbookSheetPrint = (
  plan: Pick<Plan, "title" | "document">,
  sheetName: string,
  period: number,
  titleRows: PrintSpec["titleRows"] = { first: 1, last: 1 },
  language: Language = DEFAULT_LANGUAGE
): PrintSpec => ({
  orientation: "landscape",
  paperSize: plan.document.paperSize,
  fitToWidth: true,
  ...(titleRows ? { titleRows } : {}),
  footerLeft: translatorFor(language).t("workbook.footer", {
    title: plan.title,
    sheet: sheetName,
    period: String(period),
  }),
  pageNumbers: true,
});

/** A sheet officers print: as `sheet`, with the page setup of workbookSheetPrint. */
const printedSheet = (
  plan: Plan,
  context: ColumnContext,
  name: string,
  tables: readonly TableSpec[],
  extra: Partial<SheetSpec> = {}
): SheetSpec => {
  const language = context.language ?? DEFAULT_LANGUAGE;
  return tableSheet(name, tables, {
    print: workbookSheetPrint(plan, name, context.reportingYear, undefined, language),
    ...(language === "ar" ? { rightToLeft: true } : {}),
    ...extra,
  });
};

/** A range reference usable in another sheet's formula or dropdown: 'ITU-R Outputs'!$A$2:$A$14. */
const absoluteColumnRange = (sheetName: string, columnIndex: number, rows: number): string => {
  const col = columnLetter(columnIndex);
  return `'${sheetName.replace(/'/g, "''")}'!$${col}$2:$${col}$${Math.max(rows, 1) + 1}`;
};

/** The mark in a link cell: the given one where the row is in `links`, else the plan's. */
const linkValue = (
  links: LinkMarks | undefined,
  rowId: string,
  column: string,
  planLinked: boolean
): CellValue => {
  const row = links?.get(rowId);
  return row ? (row.get(column) ?? null) : planLinked ? LINK_MARK : null;
};
const linkRule = (tr: Translator): ValidationRule => ({
  kind: "list",
  values: [LINK_MARK],
  prompt: tr.t("prompt.link", { mark: LINK_MARK }),
});
const linkValidation =
  (tr: Translator) =>
  (column: PlacedColumn): ValidationRule | undefined =>
    column.link === undefined ? undefined : linkRule(tr);
/** The goal links of a sector whose plan source gives none: the officers mark them from their plan document. */
const goalToMarkRule = (tr: Translator): ValidationRule => ({
  kind: "list",
  values: [LINK_MARK],
  prompt: tr.t("prompt.goalLinksMissing", { mark: LINK_MARK }),
});

/** The dropdown of a qualitative KPI's assessment: what its status follows from. */
const assessmentRule = (tr: Translator, language: Language): ValidationRule => ({
  kind: "list",
  values: Object.values(labelsIn("assessment", language)),
  prompt: tr.t("prompt.assessment"),
});

/** The translator of the workbook's language. */
const translatorOf = (context: ColumnContext): Translator =>
  translatorFor(context.language ?? DEFAULT_LANGUAGE);

/** A row's cell values by column key; a key it does not give leaves its cell empty. */
type RowValues = Partial<Record<HeaderKey, CellValue>>;

/**
 * A table of the format for these rows: the format decides the columns and their order, each row gives its
 * values by key, its link marks by label and its per-year values by key and year.
 */
const formatTable = <R>(
  format: TableFormat,
  sectorId: string,
  context: ColumnContext,
  rows: readonly R[],
  values: (row: R) => RowValues,
  extra: {
    readonly link?: (row: R, label: string) => CellValue;
    readonly yearly?: (row: R, key: HeaderKey, year: number) => CellValue;
    readonly validation?: (column: PlacedColumn) => ValidationRule | undefined;
  } = {}
): TableSpec => {
  const placed = placeColumns(format, context);
  return table(
    format.tableName(sectorId),
    placed.map((c) => columnSpec(c, extra.validation?.(c))),
    rows.map((row) => {
      const byKey = values(row);
      return placed.map((c) => {
        if (c.key === null)
          return c.link === undefined ? null : (extra.link?.(row, c.link) ?? null);
        if (c.year !== undefined && !(c.key in byKey))
          return extra.yearly?.(row, c.key, c.year) ?? null;
        return byKey[c.key] ?? null;
      });
    })
  );
};

/** The validation a KPI's baseline, target and actual cells get, from its measure. */
const valueRule = (
  kpi: Pick<Kpi, "measure">,
  plan: Plan,
  context: ColumnContext
): ValidationRule | undefined => {
  const tr = translatorOf(context);
  switch (kpi.measure) {
    case "number":
      return { kind: "decimal", prompt: tr.t("prompt.number") };
    case "percentage":
      return {
        kind: "decimal",
        min: 0,
        max: 100,
        prompt: tr.t("prompt.percentage"),
      };
    case "yes-no":
      return {
        kind: "list",
        values: Object.values(labelsIn("answer", context.language ?? DEFAULT_LANGUAGE)),
      };
    case "milestone":
      return { kind: "list", values: plan.reporting.milestoneStages };
    case "qualitative":
      return undefined;
  }
};

const goalsSheet = (plan: Plan, context: ColumnContext): SheetSpec =>
  printedSheet(plan, context, goalsSheetName(context.language), [
    formatTable(GOALS_FORMAT, "", context, plan.goals, (goal) => ({
      goalId: goal.id,
      goal: goal.label,
      title: goal.title,
      text: goal.text,
    })),
  ]);

/**
 * What a sheet of link marks holds, as Table 8.1 and Table X.1 do: one row per item, then a column per item it
 * may link to (headed by its label), marked where the plan links them.
 */
interface LinkTable<R, C> {
  readonly format: TableFormat;
  readonly rows: readonly R[];
  readonly values: (row: R) => RowValues;
  readonly columns: readonly C[];
  /** The ids of the column items the plan links the row to. */
  readonly linkedIds: (row: R) => readonly string[];
  readonly validation: (column: PlacedColumn, tr: Translator) => ValidationRule | undefined;
  /** The id and text columns kept in view when scrolling right. */
  readonly frozenColumns: number;
}

/** A sector's sheet of link marks: the plan's, or those `links` gives for the rows it names. */
const linkSheet = <
  R extends { readonly id: string },
  C extends { readonly id: string; readonly label: string },
>(
  plan: Plan,
  sector: Sector,
  context: ColumnContext,
  links: LinkMarks | undefined,
  spec: LinkTable<R, C>
): SheetSpec =>
  printedSheet(
    plan,
    context,
    spec.format.sheetName(sector.id, context.language),
    [
      formatTable(
        spec.format,
        sector.id,
        { ...context, links: spec.columns.map((c) => c.label) },
        spec.rows,
        spec.values,
        {
          validation: (column) => spec.validation(column, translatorOf(context)),
          link: (row, label) => {
            const column = spec.columns.find((c) => c.label === label);
            return linkValue(
              links,
              row.id,
              label,
              !!column && spec.linkedIds(row).includes(column.id)
            );
          },
        }
      ),
    ],
    { freeze: { rows: 1, columns: spec.frozenColumns } }
  );

/** The Objectives sheet's links: each objective to the goals of the Union it contributes to (Table 8.1). */
const objectiveLinks = (plan: Plan, sector: Sector): LinkTable<Objective, Goal> => ({
  format: OBJECTIVES_FORMAT,
  rows: sector.objectives,
  values: (objective) => ({
    objectiveId: objective.id,
    number: objective.number,
    objective: objective.label,
    shortTitle: objective.shortTitle ?? null,
    text: objective.text,
  }),
  columns: plan.goals,
  linkedIds: (objective) => objective.goals,
  validation: (column, tr) =>
    column.link !== undefined && sector.objectives.some((o) => o.goals.length === 0)
      ? goalToMarkRule(tr)
      : linkValidation(tr)(column),
  frozenColumns: 3,
});

/** The Outputs sheet's links: each output to the objectives it serves (Table X.1). */
const outputLinks = (sector: Sector): LinkTable<Output, Objective> => ({
  format: OUTPUTS_FORMAT,
  rows: sector.outputs,
  values: (output) => ({ outputId: output.id, output: output.name, note: output.note ?? null }),
  columns: sector.objectives,
  linkedIds: (output) => output.objectives,
  validation: (column, tr) => linkValidation(tr)(column),
  frozenColumns: 2,
});

/** Table X.2's own wording: the objective, outputs and expected results as that table lists them. */
const resultsSheet = (plan: Plan, sector: Sector, context: ColumnContext): SheetSpec => {
  const kinds = labelsIn("kind", context.language ?? DEFAULT_LANGUAGE);
  return printedSheet(plan, context, RESULTS_FORMAT.sheetName(sector.id, context.language), [
    formatTable(
      RESULTS_FORMAT,
      sector.id,
      context,
      sector.results.flatMap((row): RowValues[] => [
        { objectiveId: row.objective, kind: kinds.Objective, text: row.objectiveText },
        ...row.outputs.map((text) => ({ objectiveId: row.objective, kind: kinds.Output, text })),
        ...row.expectedResults.map((result) => ({
          objectiveId: row.objective,
          kind: kinds["Expected result"],
          itemId: result.id,
          text: result.text,
        })),
      ]),
      (values) => values
    ),
  ]);
};

const entry = (value: EntryValue | undefined): CellValue => (value === undefined ? null : value);

/**
 * An entered word of a dropdown (a data note, an assessment, Yes or No), given in any of the six languages, as
 * the workbook's language writes it, so that a values file fills a workbook of any language; any other value
 * as given.
 */
const localWord = (
  set: "answer" | "dataNote" | "assessment" | "measure" | "direction",
  value: EntryValue | undefined,
  language: Language
): CellValue => {
  const code = labelCode(set, value);
  return code === undefined
    ? entry(value)
    : ((labelsIn(set, language) as Readonly<Record<string, string>>)[code] ?? entry(value));
};

/** How many empty rows of their own officers get under an objective that has no KPI yet (the 2008-2011 plan's). */
export const OFFICER_KPI_ROWS = 3;

/** A row of the KPI table: one of the plan's KPIs, or one defined by the officers (text and measure theirs). */
type KpiTableRow =
  | { readonly kind: "plan"; readonly kpi: Kpi; readonly objective: string }
  | { readonly kind: "officer"; readonly id: string; readonly objective: string };

/**
 * The KPI table's rows, objective by objective in Table X.2's order: the plan's KPIs, then the KPIs the officers
 * defined for the objective (in the entries); an objective the plan gives no KPI has OFFICER_KPI_ROWS rows of the
 * officers' own at least, so that a rebuilt workbook (an upgrade) has a place for every row they were given.
 */
const kpiTableRows = (sector: Sector, entries: KpiEntries): KpiTableRow[] => {
  const officer = new Map<string, string[]>();
  for (const [id, given] of entries) {
    const parsed = parseOfficerKpiId(id);
    if (!parsed || parsed.sector !== sector.id) continue;
    const objective =
      typeof given.objective === "string" && given.objective.trim() !== ""
        ? given.objective.trim()
        : sector.objectives.find((o) => o.number === parsed.objective)?.id;
    if (objective === undefined) continue;
    officer.set(objective, [...(officer.get(objective) ?? []), id]);
  }
  const number = (id: string): number => parseOfficerKpiId(id)?.n ?? 0;
  const rowsOf = (objective: Objective): KpiTableRow[] => {
    const planned = sector.results
      .filter((r) => r.objective === objective.id)
      .flatMap((r) =>
        r.kpis.map((kpi): KpiTableRow => ({ kind: "plan", kpi, objective: r.objective }))
      );
    const own = officer.get(objective.id) ?? [];
    const ids =
      planned.length > 0
        ? own
        : [
            ...new Set([
              ...Array.from({ length: OFFICER_KPI_ROWS }, (_, i) =>
                officerKpiId(sector.id, objective, i + 1)
              ),
              ...own,
            ]),
          ].sort((x, y) => number(x) - number(y));
    return [
      ...planned,
      ...ids.map((id): KpiTableRow => ({ kind: "officer", id, objective: objective.id })),
    ];
  };
  const order = [
    ...new Set([...sector.results.map((r) => r.objective), ...sector.objectives.map((o) => o.id)]),
  ];
  return order.flatMap((id) => {
    const objective = sector.objectives.find((o) => o.id === id);
    return objective ? rowsOf(objective) : [];
  });
};

const kpisSheet = (
  plan: Plan,
  sector: Sector,
  context: ColumnContext,
  entries: KpiEntries
): SheetSpec => {
  const { years, reportingYear: period } = context;
  const kpis = kpiTableRows(sector, entries);
  const language = context.language ?? DEFAULT_LANGUAGE;
  const tr = translatorOf(context);
  const measures = labelsIn("measure", language);
  const directions = labelsIn("direction", language);
  const objectivesSheetName = OBJECTIVES_FORMAT.sheetName(sector.id, language);
  const outputsSheetName = OUTPUTS_FORMAT.sheetName(sector.id, language);
  const validations: Partial<Record<HeaderKey, ValidationRule>> = {
    objectiveId: {
      kind: "listRange",
      source: absoluteColumnRange(objectivesSheetName, 0, sector.objectives.length),
    },
    outputId: {
      kind: "listRange",
      source: absoluteColumnRange(outputsSheetName, 0, sector.outputs.length),
    },
    measure: { kind: "list", values: Object.values(measures) },
    direction: { kind: "list", values: Object.values(directions) },
    baselineYear: {
      kind: "whole",
      min: plan.period.start - 30,
      max: plan.period.end,
      prompt: tr.t("prompt.baselineYear"),
    },
    assessment: assessmentRule(tr, language),
    dataNote: { kind: "list", values: Object.values(labelsIn("dataNote", language)) },
  };
  const placed = placeColumns(KPIS_FORMAT, context);
  const at = (key: HeaderKey, year?: number): number =>
    placed.findIndex((c) => c.key === key && c.year === year);
  // The value cells run from the baseline to the last actual, but each year's Assessment cell keeps its own list.
  const valueBlocks: [number, number][] = years.map((year, i) => [
    i === 0 ? at("baseline") : at("target", year),
    at("actual", year),
  ]);
  const textColumn = at("kpi");
  const unitColumn = at("unit");
  const rangeValidations: RangeValidation[] = [];
  const entryRanges: string[] = [];
  const idOf = (row: KpiTableRow): string => (row.kind === "plan" ? row.kpi.id : row.id);

  const table = formatTable(
    KPIS_FORMAT,
    sector.id,
    context,
    kpis.map((k, i) => ({ ...k, row: i + 1 })),
    (kpiRow) => {
      const { row } = kpiRow;
      const cell = (key: HeaderKey, year?: number): string => a1(row, at(key, year));
      const given: KpiEntry = entries.get(idOf(kpiRow)) ?? {};
      const statusCells = {
        measure: cell("measure"),
        direction: cell("direction"),
        baseline: cell("baseline"),
        target: cell("target", period),
        actual: cell("actual", period),
        progress: cell("progress", period),
        assessment: cell("assessment", period),
      };
      const measure =
        kpiRow.kind === "plan" ? kpiRow.kpi.measure : labelCode("measure", given.measure);
      const rule = measure ? valueRule({ measure }, plan, context) : undefined;
      if (rule)
        for (const [first, last] of valueBlocks)
          rangeValidations.push({ range: a1Range(row, first, row, last), rule });
      // An officer-defined KPI's text, measure, direction and unit are the officer's to write.
      if (kpiRow.kind === "officer") entryRanges.push(a1Range(row, textColumn, row, unitColumn));
      const definition =
        kpiRow.kind === "plan"
          ? {
              kpi: kpiRow.kpi.text,
              measure: measures[kpiRow.kpi.measure],
              direction: directions[kpiRow.kpi.direction],
              unit: kpiRow.kpi.unit === "" ? null : kpiRow.kpi.unit,
            }
          : {
              kpi: entry(given.text),
              measure: localWord("measure", given.measure, language),
              direction: localWord("direction", given.direction, language),
              unit: entry(given.unit),
            };
      const planOutput = kpiRow.kind === "plan" ? (kpiRow.kpi.output ?? null) : null;
      return {
        kpiId: idOf(kpiRow),
        objectiveId: "objective" in given ? entry(given.objective) : kpiRow.objective,
        outputId: "output" in given ? entry(given.output) : planOutput,
        ...definition,
        baselineYear: entry(given.baselineYear),
        baseline: localWord("answer", given.baseline, language),
        progress: { formula: progressFormula(statusCells, language) },
        status: { formula: statusFormula(statusCells, plan.reporting, language) },
        dataNote: localWord("dataNote", given.dataNote, language),
        evidence: entry(given.evidence),
      };
    },
    {
      validation: (c) => (c.key === null ? undefined : validations[c.key]),
      yearly: (kpiRow, key, year) => {
        const given: KpiEntry = entries.get(idOf(kpiRow)) ?? {};
        if (key === "target") return localWord("answer", given.targets?.[String(year)], language);
        if (key === "actual") return localWord("answer", given.actuals?.[String(year)], language);
        if (key === "assessment")
          return localWord("assessment", given.assessments?.[String(year)], language);
        return null;
      },
    }
  );

  return printedSheet(plan, context, KPIS_FORMAT.sheetName(sector.id, language), [table], {
    validations: rangeValidations,
    ...(entryRanges.length > 0 ? { entryRanges } : {}),
    freeze: { rows: 1, columns: 4 },
  });
};

const instructionsSheet = (
  plan: Plan,
  sectors: readonly Sector[],
  context: ColumnContext,
  englishWhereMissing: boolean
): SheetSpec => {
  const language = context.language ?? DEFAULT_LANGUAGE;
  const period = context.reportingYear;
  const { t } = translatorFor(language);
  const sheetOf = (kind: "Objectives" | "Outputs" | "KPIs"): string =>
    t(`sheet.${kind === "KPIs" ? "kpis" : kind === "Outputs" ? "outputs" : "objectives"}`, {
      sector: "<sector>",
    });
  const statuses = labelsIn("status", language);
  const firstSector = sectors[0]?.id ?? "";
  const goalsMissing = sectors.some((s) => s.objectives.some((o) => o.goals.length === 0));
  const body = (text: string): [TextCell["style"], string] => ["body", text];
  const heading = (text: string): [TextCell["style"], string] => ["heading", text];
  const lines: [TextCell["style"], string][] = [
    ["title", t("instructions.title", { title: plan.title })],
    body(
      t("instructions.about", {
        period: String(period),
        sectors: sectors.map((s) => s.id).join(", "),
        plan: plan.id,
        version: plan.version,
        source: plan.source,
      })
    ),
    ...(englishWhereMissing && language !== "en" ? [body(t("planText.englishWhereMissing"))] : []),
    heading(t("instructions.whatToFill")),
    body(t("instructions.entryCells")),
    body(t("instructions.kpis", { sheet: sheetOf("KPIs") })),
    body(t("instructions.values")),
    body(
      t("instructions.ownKpis", {
        suffixes: ".u1, .u2, ...",
        example: officerKpiId(firstSector, sectors[0]?.objectives[0] ?? { number: 1 }, 1),
      })
    ),
    body(
      t("instructions.noData", {
        noData: labelsIn("dataNote", language)["No data"],
        dataNote: headerText("dataNote", language),
        evidence: headerText("evidence", language),
      })
    ),
    body(t("instructions.evidence", { evidence: headerText("evidence", language) })),
    body(
      t("instructions.computed", {
        progress: headerText("progress", language, period),
        status: headerText("status", language, period),
      })
    ),
    body(
      t("instructions.bands", {
        met: statuses.Met,
        onTrack: statuses["On track"],
        offTrack: statuses["Off track"],
        notAssessable: statuses["Not assessable"],
        metPercent: Math.round(plan.reporting.statusBands.met * 100),
        onTrackPercent: Math.round(plan.reporting.statusBands.onTrack * 100),
      })
    ),
    heading(t("instructions.linksHeading")),
    body(
      t("instructions.links", {
        outputs: sheetOf("Outputs"),
        objectives: sheetOf("Objectives"),
        mark: LINK_MARK,
      })
    ),
    ...(goalsMissing
      ? [
          body(
            t("instructions.goalsMissing", { objectives: sheetOf("Objectives"), mark: LINK_MARK })
          ),
        ]
      : []),
    ...(plan.notes.length > 0
      ? [
          heading(t("instructions.notesHeading")),
          ...plan.notes.map((note) => body(`${noteScope(plan, note)}: ${note.text}`)),
        ]
      : []),
    heading(t("instructions.goodToKnow")),
    body(t("instructions.protected")),
    body(t("instructions.doNotRename")),
    body(
      t("instructions.check", {
        command: "kpi-report validate <file.xlsx>",
        validate: t("ribbon.validate.label"),
      })
    ),
  ];
  const name = instructionsSheetName(language);
  return tableSheet(name, [], {
    cells: lines.map(([style, value], i) => ({ address: a1(i, 0), value, style })),
    columnWidths: [140],
    protect: false,
    freeze: undefined,
    tabColor: PALETTE.title,
    print: workbookSheetPrint(plan, name, period, undefined, language),
    ...(language === "ar" ? { rightToLeft: true } : {}),
  });
};

/** The key/value rows of the metadata sheet. */
export const metaRows = (meta: WorkbookMeta): [string, string | number][] => [
  ["format", meta.format],
  ["formatVersion", meta.formatVersion],
  ["planId", meta.planId],
  ["planVersion", meta.planVersion],
  ["planTitle", meta.planTitle],
  ["period", meta.period],
  ["sectors", meta.sectors.join(",")],
  ["createdAt", meta.createdAt],
  ["generator", meta.generator],
  ["language", meta.language ?? DEFAULT_LANGUAGE],
];

/** The very hidden metadata sheet: how a workbook is recognised, written again by a repair when Excel lost it. */
export const metaSheet = (meta: WorkbookMeta): SheetSpec =>
  tableSheet(
    META_SHEET,
    [
      table(
        META_TABLE,
        tableColumns(META_FORMAT, { years: [], reportingYear: meta.period }),
        metaRows(meta)
      ),
    ],
    {
      visibility: "veryHidden",
      freeze: undefined,
    }
  );

/**
 * The reporting workbook for a plan: instructions, the goals, then per sector its objectives (linked to goals),
 * outputs (linked to objectives), Table X.2 text and KPIs with live progress and status formulas, then the
 * hidden metadata. Options must already be checked (sectors of this plan, period within it).
 */
export const buildReportingWorkbook = (
  anyLanguagePlan: Plan,
  options: ReportingWorkbookOptions
): WorkbookSpec => {
  // The plan's texts in the workbook's language, English where the plan gives none (the Instructions say so).
  const { plan, fellBack } = planIn(anyLanguagePlan, options.language ?? DEFAULT_LANGUAGE);
  if (!planYears(plan).includes(options.period)) {
    throw new RangeError(
      `period ${options.period} is outside plan ${plan.id} (${plan.period.start}-${plan.period.end})`
    );
  }
  const wanted = new Set(options.sectors);
  const sectors = plan.sectors.filter((s) => wanted.size === 0 || wanted.has(s.id));
  if (sectors.length !== (wanted.size === 0 ? plan.sectors.length : wanted.size)) {
    throw new RangeError(`unknown sector in ${options.sectors.join(", ")} for plan ${plan.id}`);
  }
  const entries = options.entries ?? new Map<string, KpiEntry>();
  const language = options.language ?? DEFAULT_LANGUAGE;
  const context: ColumnContext = {
    years: planYears(plan),
    reportingYear: options.period,
    language,
  };
  const meta: WorkbookMeta = {
    format: WORKBOOK_FORMAT,
    formatVersion: WORKBOOK_FORMAT_VERSION,
    planId: plan.id,
    planVersion: plan.version,
    planTitle: plan.title,
    period: options.period,
    sectors: sectors.map((s) => s.id),
    createdAt: options.createdAt,
    generator: options.generator,
    language,
  };
  const linked = sectors.map((sector) => ({
    sector,
    objectives: linkSheet(plan, sector, context, options.links, objectiveLinks(plan, sector)),
    outputs: linkSheet(plan, sector, context, options.links, outputLinks(sector)),
  }));
  const placed = (spec: SheetSpec) => ({ sheet: spec.name, table: spec.tables[0] as TableSpec });
  // The resources sheets print as every other sheet of the workbook (docs/workbook-format.md, "Printing").
  const printed = (spec: SheetSpec): SheetSpec => ({
    ...spec,
    print: spec.print ?? workbookSheetPrint(plan, spec.name, options.period, undefined, language),
  });
  const resources = buildResourceSheets(
    plan,
    linked.map(({ sector, objectives, outputs }) => ({
      sector,
      links: { objectives: placed(objectives), outputs: placed(outputs) },
    })),
    options.period,
    options.resources ?? NO_RESOURCE_ENTRIES,
    language
  );
  return {
    properties: {
      title: translatorFor(language).t("workbook.title", {
        period: String(options.period),
        title: plan.title,
      }),
      subject: `${plan.id} ${sectors.map((s) => s.id).join(", ")}`,
    },
    sheets: [
      instructionsSheet(plan, sectors, context, fellBack),
      goalsSheet(plan, context),
      ...linked.flatMap(({ sector, objectives, outputs }) => [
        objectives,
        outputs,
        ...(sector.resultsTable ? [resultsSheet(plan, sector, context)] : []),
        kpisSheet(plan, sector, context, entries),
        ...(resources.bySector.get(sector.id) ?? []).map(printed),
      ]),
      ...resources.rollUp.map(printed),
      metaSheet(meta),
    ],
  };
};
