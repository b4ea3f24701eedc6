import {
  Kpi,
  noteScope,
  Objective,
  officerKpiId,
  parseOfficerKpiId,
  Plan,
  planYears,
  Sector,
  SectorId,
} from "../plan";
import { a1, a1Range, columnLetter } from "./a1";
import { EntryValue, KpiEntries, KpiEntry, LinkMarks } from "./kpi-entry";
import {
  actualHeader,
  assessmentHeader,
  KPI_HEADERS,
  progressHeader,
  statusHeader,
  targetHeader,
} from "./kpi-columns";
import {
  DATA_NOTES,
  DIRECTION_LABELS,
  fromLabel,
  LINK_MARK,
  MEASURE_LABELS,
  YES_NO,
} from "./labels";
import { ASSESSMENTS } from "../status";
import { rowHeight } from "./row-height";
import { progressFormula, statusFormula } from "./status-formula";
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

/**
 * An Excel table must have a data row: an empty one keeps a single blank row, which readers skip. Each row is
 * as high as the text of its wrapped columns needs.
 */
const table = (
  name: string,
  columns: readonly ColumnSpec[],
  rows: readonly (readonly CellValue[])[]
): TableSpec => {
  const body = rows.length > 0 ? rows : [columns.map(() => null)];
  const widths = columns.map((c) => c.width);
  const wrapped = columns.map((c) => c.wrap === true);
  const spec: TableSpec = {
    name,
    ref: a1Range(0, 0, body.length, columns.length - 1),
    columns,
    rows: body,
  };
  if (!wrapped.includes(true)) return spec;
  return {
    ...spec,
    rowHeights: body.map((row) =>
      rowHeight(
        row.map((value, i) => (wrapped[i] ? value : null)),
        widths
      )
    ),
  };
};

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

/** A sheet officers print: as `sheet`, with the page setup of workbookSheetPrint. */
const printedSheet = (
  plan: Plan,
  period: number,
  name: string,
  tables: readonly TableSpec[],
  extra: Partial<SheetSpec> = {}
): SheetSpec => sheet(name, tables, { print: workbookSheetPrint(plan, name, period), ...extra });

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

/** The goal links of a sector whose plan source gives none: the officers mark them from their plan document. */
const GOAL_TO_MARK_RULE: ValidationRule = {
  kind: "list",
  values: [LINK_MARK],
  prompt: `The plan's source gives no goal links: type ${LINK_MARK} under each goal this objective contributes to, from your plan document.`,
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

/** The dropdown of a qualitative KPI's assessment: what its status follows from. */
const ASSESSMENT_RULE: ValidationRule = {
  kind: "list",
  values: ASSESSMENTS.map((a) => a.label),
  prompt:
    "Qualitative KPIs: your assessment of the year, with the narrative in Actual as evidence.",
};

const goalsSheet = (plan: Plan, period: number): SheetSpec =>
  printedSheet(plan, period, GOALS_SHEET, [
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

const objectivesSheet = (
  plan: Plan,
  period: number,
  sector: Sector,
  links?: LinkMarks
): SheetSpec =>
  printedSheet(
    plan,
    period,
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
          ...plan.goals.map((goal) =>
            column(goal.label, 11, "entry", {
              validation: sector.objectives.some((o) => o.goals.length === 0)
                ? GOAL_TO_MARK_RULE
                : linkRule,
            })
          ),
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

const outputsSheet = (plan: Plan, period: number, sector: Sector, links?: LinkMarks): SheetSpec =>
  printedSheet(
    plan,
    period,
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
const resultsSheet = (plan: Plan, period: number, sector: Sector): SheetSpec =>
  printedSheet(plan, period, sectorSheetName(sector, "Results"), [
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

/** How many empty rows of their own officers get under an objective that has no KPI yet (the 2008-2011 plan's). */
export const OFFICER_KPI_ROWS = 3;

/** A row of the KPI table: one of the plan's KPIs, or one defined by the officers (text and measure theirs). */
type KpiTableRow =
  | { readonly kind: "plan"; readonly kpi: Kpi; readonly objective: string }
  | { readonly kind: "officer"; readonly id: string; readonly objective: string };

/**
 * The KPI table's rows: each Table X.2 row's KPIs, then the officer-defined KPIs of the same objective; then,
 * for each objective with no KPI at all, its officer rows, or OFFICER_KPI_ROWS empty ones to fill.
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
  const rowsOf = (objective: Objective): KpiTableRow[] => {
    const planned = sector.results
      .filter((r) => r.objective === objective.id)
      .flatMap((r) =>
        r.kpis.map((kpi): KpiTableRow => ({ kind: "plan", kpi, objective: r.objective }))
      );
    const own = officer.get(objective.id) ?? [];
    // An objective the plan gives no KPI always has OFFICER_KPI_ROWS rows of the officers' own at least, so that
    // a rebuilt workbook (an upgrade) has a place for every row the officers were given, used or not.
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
          ].sort((x, y) => (parseOfficerKpiId(x)?.n ?? 0) - (parseOfficerKpiId(y)?.n ?? 0));
    return [
      ...planned,
      ...ids.map((id): KpiTableRow => ({ kind: "officer", id, objective: objective.id })),
    ];
  };
  // Table X.2's order first (the plan's KPIs as it lists them), then any objective it does not list.
  const order = [
    ...new Set([...sector.results.map((r) => r.objective), ...sector.objectives.map((o) => o.id)]),
  ];
  return order.flatMap((id) => {
    const objective = sector.objectives.find((o) => o.id === id);
    return objective ? rowsOf(objective) : [];
  });
};

const kpisSheet = (plan: Plan, sector: Sector, period: number, entries: KpiEntries): SheetSpec => {
  const years = planYears(plan);
  const kpis = kpiTableRows(sector, entries);
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
      // Wrapped: a qualitative KPI's target and actual are sentences, and a printed page shows them whole.
      column(targetHeader(year), 12, "entry", { wrap: true }),
      column(actualHeader(year), 12, "entry", { wrap: true }),
      column(assessmentHeader(year), 12, "entry", { validation: ASSESSMENT_RULE }),
    ]),
    column(progressHeader(period), 11, "computed", { numFmt: "0%" }),
    column(statusHeader(period), 14, "computed"),
    column(KPI_HEADERS.dataNote, 12, "entry", { validation: { kind: "list", values: DATA_NOTES } }),
    column(KPI_HEADERS.evidence, 50, "entry", { wrap: true }),
  ];
  const at = (header: string): number => columns.findIndex((c) => c.header === header);
  const valueBlocks: [number, number][] = years.map((year, i) => [
    i === 0 ? at(KPI_HEADERS.baseline) : at(targetHeader(year)),
    at(actualHeader(year)),
  ]);
  const validations: RangeValidation[] = [];

  const textColumn = at(KPI_HEADERS.text);
  const unitColumn = at(KPI_HEADERS.unit);
  const entryRanges: string[] = [];

  const rows = kpis.map((kpiRow, i): CellValue[] => {
    const row = i + 1;
    const cell = (header: string): string => a1(row, at(header));
    const id = kpiRow.kind === "plan" ? kpiRow.kpi.id : kpiRow.id;
    const given: KpiEntry = entries.get(id) ?? {};
    const statusCells = {
      measure: cell(KPI_HEADERS.measure),
      direction: cell(KPI_HEADERS.direction),
      baseline: cell(KPI_HEADERS.baseline),
      target: cell(targetHeader(period)),
      actual: cell(actualHeader(period)),
      progress: cell(progressHeader(period)),
      assessment: cell(assessmentHeader(period)),
    };
    const measure =
      kpiRow.kind === "plan" ? kpiRow.kpi.measure : fromLabel(MEASURE_LABELS, given.measure);
    const rule = measure ? valueRule({ measure }, plan) : undefined;
    // The value cells run from the baseline to the last actual, but each year's Assessment cell keeps its own list.
    if (rule)
      for (const [first, last] of valueBlocks)
        validations.push({ range: a1Range(row, first, row, last), rule });
    // An officer-defined KPI's text, measure, direction and unit are the officer's to write.
    if (kpiRow.kind === "officer") entryRanges.push(a1Range(row, textColumn, row, unitColumn));
    const definition: CellValue[] =
      kpiRow.kind === "plan"
        ? [
            kpiRow.kpi.text,
            MEASURE_LABELS[kpiRow.kpi.measure],
            DIRECTION_LABELS[kpiRow.kpi.direction],
            kpiRow.kpi.unit === "" ? null : kpiRow.kpi.unit,
          ]
        : [entry(given.text), entry(given.measure), entry(given.direction), entry(given.unit)];
    const planOutput = kpiRow.kind === "plan" ? (kpiRow.kpi.output ?? null) : null;
    return [
      id,
      "objective" in given ? entry(given.objective) : kpiRow.objective,
      "output" in given ? entry(given.output) : planOutput,
      ...definition,
      entry(given.baselineYear),
      entry(given.baseline),
      ...years.flatMap((year) => [
        entry(given.targets?.[String(year)]),
        entry(given.actuals?.[String(year)]),
        entry(given.assessments?.[String(year)]),
      ]),
      { formula: progressFormula(statusCells) },
      { formula: statusFormula(statusCells, plan.reporting) },
      entry(given.dataNote),
      entry(given.evidence),
    ];
  });

  return printedSheet(
    plan,
    period,
    sectorSheetName(sector, "KPIs"),
    [table(sectorTableName(sector, "KPIs"), columns, rows)],
    {
      validations,
      ...(entryRanges.length > 0 ? { entryRanges } : {}),
      freeze: { rows: 1, columns: 4 },
    }
  );
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
  return sheet(INSTRUCTIONS_SHEET, [], {
    cells: lines.map(([style, value], i) => ({ address: a1(i, 0), value, style })),
    columnWidths: [140],
    protect: false,
    freeze: undefined,
    tabColor: "FF1F4E79",
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
  return {
    properties: {
      title: `KPI report ${options.period}: ${plan.title}`,
      subject: `${plan.id} ${sectors.map((s) => s.id).join(", ")}`,
    },
    sheets: [
      instructionsSheet(plan, sectors, options.period),
      goalsSheet(plan, options.period),
      ...sectors.flatMap((sector) => [
        objectivesSheet(plan, options.period, sector, options.links),
        outputsSheet(plan, options.period, sector, options.links),
        ...(sector.resultsTable ? [resultsSheet(plan, options.period, sector)] : []),
        kpisSheet(plan, sector, options.period, entries),
      ]),
      metaSheet(meta),
    ],
  };
};
