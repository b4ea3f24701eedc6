import { Kpi, Plan, planYears, Sector, SectorId } from "../plan";
import { a1, a1Range, columnLetter } from "./a1";
import { EntryValue, KpiEntries, KpiEntry, LinkMarks } from "./kpi-entry";
import {
  actualHeader,
  KPI_HEADERS,
  progressHeader,
  statusHeader,
  targetHeader,
} from "./kpi-columns";
import { DATA_NOTES, DIRECTION_LABELS, LINK_MARK, MEASURE_LABELS, YES_NO } from "./labels";
import { progressFormula, statusFormula } from "./status-formula";
import { buildResourceSheets } from "./build-resource-sheets";
import { NO_RESOURCE_ENTRIES, ResourceEntries } from "./resource-entry";
import {
  GOALS_SHEET,
  GOALS_TABLE,
  INSTRUCTIONS_SHEET,
  META_SHEET,
  META_TABLE,
  sectorSheetName,
  sectorTableName,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
} from "./workbook-names";
import {
  CellValue,
  ColumnSpec,
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

const column = (
  header: string,
  width: number,
  role: ColumnSpec["role"],
  extra: Partial<ColumnSpec> = {}
): ColumnSpec => ({
  header,
  width,
  role,
  ...extra,
});

/** An Excel table must have a data row: an empty one keeps a single blank row, which readers skip. */
const table = (
  name: string,
  columns: readonly ColumnSpec[],
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

const mark = (linked: boolean): string | null => (linked ? LINK_MARK : null);
/** The mark in a link cell: the given one where the row is in `links`, else the plan's. */
const linkValue = (
  links: LinkMarks | undefined,
  rowId: string,
  column: string,
  planLinked: boolean
): CellValue => {
  const row = links?.get(rowId);
  return row ? (row.get(column) ?? null) : mark(planLinked);
};
const linkRule: ValidationRule = {
  kind: "list",
  values: [LINK_MARK],
  prompt: `Type ${LINK_MARK} to link, leave empty to unlink.`,
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

const goalsSheet = (plan: Plan): SheetSpec =>
  sheet(GOALS_SHEET, [
    table(
      GOALS_TABLE,
      [
        column("Goal ID", 14, "plan"),
        column("Goal", 14, "plan"),
        column("Title", 40, "plan", { wrap: true }),
        column("Text", 90, "plan", { wrap: true }),
      ],
      plan.goals.map((goal) => [goal.id, goal.label, goal.title, goal.text])
    ),
  ]);

const objectivesSheet = (plan: Plan, sector: Sector, links?: LinkMarks): SheetSpec =>
  sheet(
    sectorSheetName(sector, "Objectives"),
    [
      table(
        sectorTableName(sector, "Objectives"),
        [
          column("Objective ID", 14, "plan"),
          column("No.", 6, "plan"),
          column("Objective", 14, "plan"),
          column("Short title", 30, "plan", { wrap: true }),
          column("Text", 80, "plan", { wrap: true }),
          ...plan.goals.map((goal) => column(goal.label, 11, "entry", { validation: linkRule })),
        ],
        sector.objectives.map((objective) => [
          objective.id,
          objective.number,
          objective.label,
          objective.shortTitle ?? null,
          objective.text,
          ...plan.goals.map((goal) =>
            linkValue(links, objective.id, goal.label, objective.goals.includes(goal.id))
          ),
        ])
      ),
    ],
    { freeze: { rows: 1, columns: 3 } }
  );

const outputsSheet = (sector: Sector, links?: LinkMarks): SheetSpec =>
  sheet(
    sectorSheetName(sector, "Outputs"),
    [
      table(
        sectorTableName(sector, "Outputs"),
        [
          column("Output ID", 14, "plan"),
          column("Output", 60, "plan", { wrap: true }),
          column("Note", 30, "plan", { wrap: true }),
          ...sector.objectives.map((objective) =>
            column(objective.label, 11, "entry", { validation: linkRule })
          ),
        ],
        sector.outputs.map((output) => [
          output.id,
          output.name,
          output.note ?? null,
          ...sector.objectives.map((objective) =>
            linkValue(links, output.id, objective.label, output.objectives.includes(objective.id))
          ),
        ])
      ),
    ],
    { freeze: { rows: 1, columns: 2 } }
  );

/** Table X.2's own wording: the objective, outputs and expected results as that table lists them. */
const resultsSheet = (sector: Sector): SheetSpec =>
  sheet(sectorSheetName(sector, "Results"), [
    table(
      sectorTableName(sector, "Results"),
      [
        column("Objective ID", 14, "plan"),
        column("Kind", 16, "plan"),
        column("Item ID", 14, "plan"),
        column("Text", 100, "plan", { wrap: true }),
      ],
      sector.results.flatMap((row) => [
        [row.objective, "Objective", null, row.objectiveText],
        ...row.outputs.map((text): CellValue[] => [row.objective, "Output", null, text]),
        ...row.expectedResults.map((result): CellValue[] => [
          row.objective,
          "Expected result",
          result.id,
          result.text,
        ]),
      ])
    ),
  ]);

const entry = (value: EntryValue | undefined): CellValue => (value === undefined ? null : value);

const kpisSheet = (plan: Plan, sector: Sector, period: number, entries: KpiEntries): SheetSpec => {
  const years = planYears(plan);
  const kpis = sector.results.flatMap((row) =>
    row.kpis.map((kpi) => ({ kpi, objective: row.objective }))
  );
  const objectivesSheetName = sectorSheetName(sector, "Objectives");
  const outputsSheetName = sectorSheetName(sector, "Outputs");
  const columns: ColumnSpec[] = [
    column(KPI_HEADERS.id, 15, "plan"),
    column(KPI_HEADERS.objective, 14, "entry", {
      validation: {
        kind: "listRange",
        source: absoluteColumnRange(objectivesSheetName, 0, sector.objectives.length),
      },
    }),
    column(KPI_HEADERS.output, 14, "entry", {
      validation: {
        kind: "listRange",
        source: absoluteColumnRange(outputsSheetName, 0, sector.outputs.length),
      },
    }),
    column(KPI_HEADERS.text, 50, "plan", { wrap: true }),
    column(KPI_HEADERS.measure, 12, "plan", {
      validation: { kind: "list", values: Object.values(MEASURE_LABELS) },
    }),
    column(KPI_HEADERS.direction, 15, "plan", {
      validation: { kind: "list", values: Object.values(DIRECTION_LABELS) },
    }),
    column(KPI_HEADERS.unit, 12, "plan"),
    column(KPI_HEADERS.baselineYear, 9, "entry", {
      validation: {
        kind: "whole",
        min: plan.period.start - 30,
        max: plan.period.end,
        prompt: "The year the baseline was measured.",
      },
    }),
    column(KPI_HEADERS.baseline, 11, "entry"),
    ...years.flatMap((year) => [
      column(targetHeader(year), 11, "entry"),
      column(actualHeader(year), 11, "entry"),
    ]),
    column(progressHeader(period), 11, "computed", { numFmt: "0%" }),
    column(statusHeader(period), 14, "computed"),
    column(KPI_HEADERS.dataNote, 12, "entry", { validation: { kind: "list", values: DATA_NOTES } }),
    column(KPI_HEADERS.evidence, 50, "entry", { wrap: true }),
  ];
  const at = (header: string): number => columns.findIndex((c) => c.header === header);
  const baselineCol = at(KPI_HEADERS.baseline);
  const lastActualCol = at(actualHeader(years[years.length - 1] ?? period));
  const validations: RangeValidation[] = [];

  const rows = kpis.map(({ kpi, objective }, i): CellValue[] => {
    const row = i + 1;
    const cell = (header: string): string => a1(row, at(header));
    const given: KpiEntry = entries.get(kpi.id) ?? {};
    const statusCells = {
      measure: cell(KPI_HEADERS.measure),
      direction: cell(KPI_HEADERS.direction),
      baseline: cell(KPI_HEADERS.baseline),
      target: cell(targetHeader(period)),
      actual: cell(actualHeader(period)),
      progress: cell(progressHeader(period)),
    };
    const rule = valueRule(kpi, plan);
    if (rule) validations.push({ range: a1Range(row, baselineCol, row, lastActualCol), rule });
    return [
      kpi.id,
      "objective" in given ? entry(given.objective) : objective,
      "output" in given ? entry(given.output) : (kpi.output ?? null),
      kpi.text,
      MEASURE_LABELS[kpi.measure],
      DIRECTION_LABELS[kpi.direction],
      kpi.unit === "" ? null : kpi.unit,
      entry(given.baselineYear),
      entry(given.baseline),
      ...years.flatMap((year) => [
        entry(given.targets?.[String(year)]),
        entry(given.actuals?.[String(year)]),
      ]),
      { formula: progressFormula(statusCells) },
      { formula: statusFormula(statusCells, plan.reporting) },
      entry(given.dataNote),
      entry(given.evidence),
    ];
  });

  return sheet(
    sectorSheetName(sector, "KPIs"),
    [table(sectorTableName(sector, "KPIs"), columns, rows)],
    {
      validations,
      freeze: { rows: 1, columns: 4 },
    }
  );
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
    tabColor: "FF1F4E79",
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
    [table(META_TABLE, [column("Key", 16, "plan"), column("Value", 40, "plan")], metaRows(meta))],
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
    objectives: objectivesSheet(plan, sector, options.links),
    outputs: outputsSheet(sector, options.links),
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
      goalsSheet(plan),
      ...linked.flatMap(({ sector, objectives, outputs }) => [
        objectives,
        outputs,
        ...(sector.resultsTable ? [resultsSheet(sector)] : []),
        kpisSheet(plan, sector, options.period, entries),
        ...(resources.bySector.get(sector.id) ?? []),
      ]),
      ...resources.rollUp,
      metaSheet(meta),
    ],
  };
};
