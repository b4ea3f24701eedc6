import { Kpi, Plan, planYears, Sector, SectorId } from "../plan";
import {
  a1,
  a1Range,
  columnLetter,
  ColumnContext,
  DATA_NOTES,
  DIRECTION_LABELS,
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
import { buildResourceSheets } from "./build-resource-sheets";
import { NO_RESOURCE_ENTRIES, ResourceEntries } from "./resource-entry";
import {
  CellValue,
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

/** An Excel table must have a data row: an empty one keeps a single blank row, which readers skip. */
const table = (
  name: string,
  columns: TableSpec["columns"],
  rows: readonly (readonly CellValue[])[]
): TableSpec => {
  const body = rows.length > 0 ? rows : [columns.map(() => null)];
  return { name, ref: a1Range(0, 0, body.length, columns.length - 1), columns, rows: body };
};

const sheet = (
  name: string,
  tables: readonly TableSpec[],
  extra: Partial<SheetSpec> = {}
): SheetSpec => ({
  name,
  visibility: "visible",
  tables,
  cells: [],
  validations: [],
  columnWidths: [],
  protect: true,
  freeze: { rows: 1, columns: 0 },
  ...extra,
});

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
  sheet(GOALS_SHEET, [
    formatTable(GOALS_FORMAT, "", context, plan.goals, (goal) => ({
      goalId: goal.id,
      goal: goal.label,
      title: goal.title,
      text: goal.text,
    })),
  ]);

const objectivesSheet = (
  plan: Plan,
  sector: Sector,
  context: ColumnContext,
  links?: LinkMarks
): SheetSpec =>
  sheet(
    OBJECTIVES_FORMAT.sheetName(sector.id),
    [
      formatTable(
        OBJECTIVES_FORMAT,
        sector.id,
        { ...context, links: plan.goals.map((goal) => goal.label) },
        sector.objectives,
        (objective) => ({
          objectiveId: objective.id,
          number: objective.number,
          objective: objective.label,
          shortTitle: objective.shortTitle ?? null,
          text: objective.text,
        }),
        {
          validation: linkValidation,
          link: (objective, label) => {
            const goal = plan.goals.find((g) => g.label === label);
            return linkValue(
              links,
              objective.id,
              label,
              !!goal && objective.goals.includes(goal.id)
            );
          },
        }
      ),
    ],
    { freeze: { rows: 1, columns: 3 } }
  );

const outputsSheet = (sector: Sector, context: ColumnContext, links?: LinkMarks): SheetSpec =>
  sheet(
    OUTPUTS_FORMAT.sheetName(sector.id),
    [
      formatTable(
        OUTPUTS_FORMAT,
        sector.id,
        { ...context, links: sector.objectives.map((objective) => objective.label) },
        sector.outputs,
        (output) => ({ outputId: output.id, output: output.name, note: output.note ?? null }),
        {
          validation: linkValidation,
          link: (output, label) => {
            const objective = sector.objectives.find((o) => o.label === label);
            return linkValue(
              links,
              output.id,
              label,
              !!objective && output.objectives.includes(objective.id)
            );
          },
        }
      ),
    ],
    { freeze: { rows: 1, columns: 2 } }
  );

/** Table X.2's own wording: the objective, outputs and expected results as that table lists them. */
const resultsSheet = (sector: Sector, context: ColumnContext): SheetSpec =>
  sheet(RESULTS_FORMAT.sheetName(sector.id), [
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

const kpisSheet = (
  plan: Plan,
  sector: Sector,
  context: ColumnContext,
  entries: KpiEntries
): SheetSpec => {
  const { years, reportingYear: period } = context;
  const kpis = sector.results.flatMap((row) =>
    row.kpis.map((kpi) => ({ kpi, objective: row.objective }))
  );
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
    dataNote: { kind: "list", values: DATA_NOTES },
  };
  const placed = placeColumns(KPIS_FORMAT, context);
  const at = (key: HeaderKey, year?: number): number =>
    placed.findIndex((c) => c.key === key && c.year === year);
  const baselineCol = at("baseline");
  const lastActualCol = at("actual", years[years.length - 1] ?? period);
  const rangeValidations: RangeValidation[] = [];

  const table = formatTable(
    KPIS_FORMAT,
    sector.id,
    context,
    kpis.map((k, i) => ({ ...k, row: i + 1 })),
    ({ kpi, objective, row }) => {
      const cell = (key: HeaderKey, year?: number): string => a1(row, at(key, year));
      const given: KpiEntry = entries.get(kpi.id) ?? {};
      const statusCells = {
        measure: cell("measure"),
        direction: cell("direction"),
        baseline: cell("baseline"),
        target: cell("target", period),
        actual: cell("actual", period),
        progress: cell("progress", period),
      };
      const rule = valueRule(kpi, plan);
      if (rule)
        rangeValidations.push({ range: a1Range(row, baselineCol, row, lastActualCol), rule });
      return {
        kpiId: kpi.id,
        objectiveId: "objective" in given ? entry(given.objective) : objective,
        outputId: "output" in given ? entry(given.output) : (kpi.output ?? null),
        kpi: kpi.text,
        measure: MEASURE_LABELS[kpi.measure],
        direction: DIRECTION_LABELS[kpi.direction],
        unit: kpi.unit === "" ? null : kpi.unit,
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
      yearly: ({ kpi }, key, year) => {
        const given: KpiEntry = entries.get(kpi.id) ?? {};
        if (key === "target") return entry(given.targets?.[String(year)]);
        if (key === "actual") return entry(given.actuals?.[String(year)]);
        return null;
      },
    }
  );

  return sheet(KPIS_FORMAT.sheetName(sector.id), [table], {
    validations: rangeValidations,
    freeze: { rows: 1, columns: 4 },
  });
};

const instructionsSheet = (plan: Plan, sectors: readonly Sector[], period: number): SheetSpec => {
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
      "   Numbers are plain numbers. Percentages are numbers from 0 to 100 (type 85 for 85%). Yes/No and Milestone KPIs take a value from the dropdown. Qualitative KPIs take a short narrative.",
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
  return sheet(INSTRUCTIONS_SHEET, [], {
    cells: lines.map(([style, value], i) => ({ address: a1(i, 0), value, style })),
    columnWidths: [140],
    protect: false,
    freeze: undefined,
    tabColor: PALETTE.title,
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
  sheet(
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
    objectives: objectivesSheet(plan, sector, context, options.links),
    outputs: outputsSheet(sector, context, options.links),
  }));
  const placed = (spec: SheetSpec) => ({ sheet: spec.name, table: spec.tables[0] as TableSpec });
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
        ...(sector.resultsTable ? [resultsSheet(sector, context)] : []),
        kpisSheet(plan, sector, context, entries),
        ...(resources.bySector.get(sector.id) ?? []),
      ]),
      ...resources.rollUp,
      metaSheet(meta),
    ],
  };
};
