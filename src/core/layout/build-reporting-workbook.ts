import {
  Goal,
  Kpi,
  noteScope,
  Objective,
  officerKpiId,
  Output,
  parseOfficerKpiId,
  Plan,
  planYears,
  Sector,
  SectorId,
} from "../plan";
import { ASSESSMENTS } from "../status";
import {
  a1,
  a1Range,
  columnLetter,
  ColumnContext,
  DATA_NOTES,
  DIRECTION_LABELS,
  fromLabel,
  GOALS_FORMAT,
  GOALS_SHEET,
  HeaderKey,
  INSTRUCTIONS_SHEET,
  KPIS_FORMAT,
  LINK_MARK,
  MEASURE_LABELS,
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
  YES_NO,
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
}

const ENTRY_FILL_NOTE =
  "Pale yellow cells are yours to fill; the others come from the plan or are computed.";

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
  titleRows: PrintSpec["titleRows"] = { first: 1, last: 1 }
): PrintSpec => ({
  orientation: "landscape",
  paperSize: plan.document.paperSize,
  fitToWidth: true,
  ...(titleRows ? { titleRows } : {}),
  footerLeft: `${plan.title} - ${sheetName} - reporting year ${period}`,
  pageNumbers: true,
});

/** A sheet officers print: as `sheet`, with the page setup of workbookSheetPrint. */
const printedSheet = (
  plan: Plan,
  period: number,
  name: string,
  tables: readonly TableSpec[],
  extra: Partial<SheetSpec> = {}
): SheetSpec =>
  tableSheet(name, tables, { print: workbookSheetPrint(plan, name, period), ...extra });

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
const linkRule: ValidationRule = {
  kind: "list",
  values: [LINK_MARK],
  prompt: `Type ${LINK_MARK} to link, leave empty to unlink.`,
};
const linkValidation = (column: PlacedColumn): ValidationRule | undefined =>
  column.link === undefined ? undefined : linkRule;
/** The goal links of a sector whose plan source gives none: the officers mark them from their plan document. */
const goalToMarkRule: ValidationRule = {
  kind: "list",
  values: [LINK_MARK],
  prompt: `The plan's source gives no goal links: type ${LINK_MARK} under each goal this objective contributes to, from your plan document.`,
};

/** The dropdown of a qualitative KPI's assessment: what its status follows from. */
const ASSESSMENT_RULE: ValidationRule = {
  kind: "list",
  values: ASSESSMENTS.map((a) => a.label),
  prompt:
    "Qualitative KPIs: your assessment of the year, with the narrative in Actual as evidence.",
};

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
const valueRule = (kpi: Pick<Kpi, "measure">, plan: Plan): ValidationRule | undefined => {
  switch (kpi.measure) {
    case "number":
      return { kind: "decimal", prompt: "A number." };
    case "percentage":
      return {
        kind: "decimal",
        min: 0,
        max: 100,
        prompt: "A percentage from 0 to 100 (type 85 for 85%).",
      };
    case "yes-no":
      return { kind: "list", values: YES_NO };
    case "milestone":
      return { kind: "list", values: plan.reporting.milestoneStages };
    case "qualitative":
      return undefined;
  }
};

const goalsSheet = (plan: Plan, context: ColumnContext): SheetSpec =>
  printedSheet(plan, context.reportingYear, GOALS_SHEET, [
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
  readonly validation: (column: PlacedColumn) => ValidationRule | undefined;
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
    context.reportingYear,
    spec.format.sheetName(sector.id),
    [
      formatTable(
        spec.format,
        sector.id,
        { ...context, links: spec.columns.map((c) => c.label) },
        spec.rows,
        spec.values,
        {
          validation: spec.validation,
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
  validation: (column) =>
    column.link !== undefined && sector.objectives.some((o) => o.goals.length === 0)
      ? goalToMarkRule
      : linkValidation(column),
  frozenColumns: 3,
});

/** The Outputs sheet's links: each output to the objectives it serves (Table X.1). */
const outputLinks = (sector: Sector): LinkTable<Output, Objective> => ({
  format: OUTPUTS_FORMAT,
  rows: sector.outputs,
  values: (output) => ({ outputId: output.id, output: output.name, note: output.note ?? null }),
  columns: sector.objectives,
  linkedIds: (output) => output.objectives,
  validation: linkValidation,
  frozenColumns: 2,
});

/** Table X.2's own wording: the objective, outputs and expected results as that table lists them. */
const resultsSheet = (plan: Plan, sector: Sector, context: ColumnContext): SheetSpec =>
  printedSheet(plan, context.reportingYear, RESULTS_FORMAT.sheetName(sector.id), [
    formatTable(
      RESULTS_FORMAT,
      sector.id,
      context,
      sector.results.flatMap((row): RowValues[] => [
        { objectiveId: row.objective, kind: "Objective", text: row.objectiveText },
        ...row.outputs.map((text) => ({ objectiveId: row.objective, kind: "Output", text })),
        ...row.expectedResults.map((result) => ({
          objectiveId: row.objective,
          kind: "Expected result",
          itemId: result.id,
          text: result.text,
        })),
      ]),
      (values) => values
    ),
  ]);

const entry = (value: EntryValue | undefined): CellValue => (value === undefined ? null : value);

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
  const objectivesSheetName = OBJECTIVES_FORMAT.sheetName(sector.id);
  const outputsSheetName = OUTPUTS_FORMAT.sheetName(sector.id);
  const validations: Partial<Record<HeaderKey, ValidationRule>> = {
    objectiveId: {
      kind: "listRange",
      source: absoluteColumnRange(objectivesSheetName, 0, sector.objectives.length),
    },
    outputId: {
      kind: "listRange",
      source: absoluteColumnRange(outputsSheetName, 0, sector.outputs.length),
    },
    measure: { kind: "list", values: Object.values(MEASURE_LABELS) },
    direction: { kind: "list", values: Object.values(DIRECTION_LABELS) },
    baselineYear: {
      kind: "whole",
      min: plan.period.start - 30,
      max: plan.period.end,
      prompt: "The year the baseline was measured.",
    },
    assessment: ASSESSMENT_RULE,
    dataNote: { kind: "list", values: DATA_NOTES },
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
        kpiRow.kind === "plan" ? kpiRow.kpi.measure : fromLabel(MEASURE_LABELS, given.measure);
      const rule = measure ? valueRule({ measure }, plan) : undefined;
      if (rule)
        for (const [first, last] of valueBlocks)
          rangeValidations.push({ range: a1Range(row, first, row, last), rule });
      // An officer-defined KPI's text, measure, direction and unit are the officer's to write.
      if (kpiRow.kind === "officer") entryRanges.push(a1Range(row, textColumn, row, unitColumn));
      const definition =
        kpiRow.kind === "plan"
          ? {
              kpi: kpiRow.kpi.text,
              measure: MEASURE_LABELS[kpiRow.kpi.measure],
              direction: DIRECTION_LABELS[kpiRow.kpi.direction],
              unit: kpiRow.kpi.unit === "" ? null : kpiRow.kpi.unit,
            }
          : {
              kpi: entry(given.text),
              measure: entry(given.measure),
              direction: entry(given.direction),
              unit: entry(given.unit),
            };
      const planOutput = kpiRow.kind === "plan" ? (kpiRow.kpi.output ?? null) : null;
      return {
        kpiId: idOf(kpiRow),
        objectiveId: "objective" in given ? entry(given.objective) : kpiRow.objective,
        outputId: "output" in given ? entry(given.output) : planOutput,
        ...definition,
        baselineYear: entry(given.baselineYear),
        baseline: entry(given.baseline),
        progress: { formula: progressFormula(statusCells) },
        status: { formula: statusFormula(statusCells, plan.reporting) },
        dataNote: entry(given.dataNote),
        evidence: entry(given.evidence),
      };
    },
    {
      validation: (c) => (c.key === null ? undefined : validations[c.key]),
      yearly: (kpiRow, key, year) => {
        const given: KpiEntry = entries.get(idOf(kpiRow)) ?? {};
        if (key === "target") return entry(given.targets?.[String(year)]);
        if (key === "actual") return entry(given.actuals?.[String(year)]);
        if (key === "assessment") return entry(given.assessments?.[String(year)]);
        return null;
      },
    }
  );

  return printedSheet(plan, period, KPIS_FORMAT.sheetName(sector.id), [table], {
    validations: rangeValidations,
    ...(entryRanges.length > 0 ? { entryRanges } : {}),
    freeze: { rows: 1, columns: 4 },
  });
};

const instructionsSheet = (plan: Plan, sectors: readonly Sector[], period: number): SheetSpec => {
  const goalsMissing = sectors.some((s) => s.objectives.some((o) => o.goals.length === 0));
  const lines: [TextCell["style"], string][] = [
    ["title", `KPI report: ${plan.title}`],
    [
      "body",
      `Reporting year ${period}. Sectors: ${sectors.map((s) => s.id).join(", ")}. Plan data: ${plan.id} version ${plan.version} (${plan.source}).`,
    ],
    ["heading", "What to fill"],
    ["body", ENTRY_FILL_NOTE],
    [
      "body",
      "1. On each '<sector> KPIs' sheet, for every KPI: the baseline year and baseline value, then a target and an actual for each year of the plan.",
    ],
    [
      "body",
      "   Numbers are plain numbers. Percentages are numbers from 0 to 100 (type 85 for 85%). Yes/No and Milestone KPIs take a value from the dropdown. Qualitative KPIs take a short narrative in Actual, and your assessment of the year in the Assessment column beside it (Achieved, Partly achieved, Not achieved): their status follows from it, and the narrative is its evidence.",
    ],
    [
      "body",
      "   KPIs of your own: rows whose id ends in .u1, .u2, ... (<sector>.kpi.<objective number>.u<n>) are yours to define: write the KPI, choose its measure and direction, give its unit, then fill it as the others. An unused row is ignored. To add more, unprotect the sheet, add a row inside the table with the next id, and protect it again.",
    ],
    [
      "body",
      "2. Where an actual cannot be reported, leave it empty, choose 'No data' in 'Data note' and say why in 'Evidence / comment'.",
    ],
    [
      "body",
      "3. When a KPI is met, give the evidence (a document symbol, a link, a figure's source) in 'Evidence / comment'.",
    ],
    [
      "body",
      `4. 'Progress ${period}' and 'Status ${period}' are computed: progress is the share of the way from baseline to target that the actual covers, in the KPI's better direction.`,
    ],
    [
      "body",
      `   Status: Met at ${Math.round(plan.reporting.statusBands.met * 100)}% or more, On track at ${Math.round(plan.reporting.statusBands.onTrack * 100)}% or more, Off track below; Not assessable when a value is missing or the target is no improvement on the baseline.`,
    ],
    ["heading", "Links between objectives, outputs and goals"],
    [
      "body",
      `'<sector> Outputs' links each output to its objectives, and '<sector> Objectives' links each objective to the goals of the Union: an ${LINK_MARK} marks a link. Change them only where the plan's structure changed.`,
    ],
    ...(goalsMissing
      ? [
          [
            "body",
            `This plan's source gives no links between objectives and goals: on each '<sector> Objectives' sheet, put an ${LINK_MARK} under each goal of the Union an objective contributes to, from your plan document. Validation asks for at least one per objective.`,
          ] as [TextCell["style"], string],
        ]
      : []),
    ...(plan.notes.length > 0
      ? [
          ["heading", "Notes on the plan's source"] as [TextCell["style"], string],
          ...plan.notes.map((note): [TextCell["style"], string] => [
            "body",
            `${noteScope(plan, note)}: ${note.text}`,
          ]),
        ]
      : []),
    ["heading", "Good to know"],
    [
      "body",
      "Sheets are protected without a password so that plan text is not changed by accident. To add a row, use Review > Unprotect Sheet, add it inside the table, and protect the sheet again.",
    ],
    [
      "body",
      "Do not rename sheets, tables or column headers, and keep the ID columns: KPI Reporter finds every value by these names and ids.",
    ],
    [
      "body",
      "Check the workbook before sending it: kpi-report validate <file.xlsx>, or Validate in the KPI Reporter add-in.",
    ],
  ];
  return tableSheet(INSTRUCTIONS_SHEET, [], {
    cells: lines.map(([style, value], i) => ({ address: a1(i, 0), value, style })),
    columnWidths: [140],
    protect: false,
    freeze: undefined,
    tabColor: PALETTE.title,
    print: workbookSheetPrint(plan, INSTRUCTIONS_SHEET, period, undefined),
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
  plan: Plan,
  options: ReportingWorkbookOptions
): WorkbookSpec => {
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
  const context: ColumnContext = { years: planYears(plan), reportingYear: options.period };
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
    print: spec.print ?? workbookSheetPrint(plan, spec.name, options.period),
  });
  const resources = buildResourceSheets(
    plan,
    linked.map(({ sector, objectives, outputs }) => ({
      sector,
      links: { objectives: placed(objectives), outputs: placed(outputs) },
    })),
    options.period,
    options.resources ?? NO_RESOURCE_ENTRIES
  );
  return {
    properties: {
      title: `KPI report ${options.period}: ${plan.title}`,
      subject: `${plan.id} ${sectors.map((s) => s.id).join(", ")}`,
    },
    sheets: [
      instructionsSheet(plan, sectors, options.period),
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
