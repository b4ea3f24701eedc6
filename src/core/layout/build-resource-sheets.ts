import type { Plan, Sector } from "../plan";
import { planYears } from "../plan";
import { a1, a1Range, columnLetter, DEFAULT_LANGUAGE, type Language, PALETTE } from "../format";
import { translatorFor } from "../i18n";
import type { EntryValue } from "./kpi-entry";
import type { ResourceEntries } from "./resource-entry";
import {
  allocatedHeader as allocatedHeaderIn,
  AMOUNT_FORMAT,
  budgetHeader as budgetHeaderIn,
  executionHeader,
  expenditureHeader as expenditureHeaderIn,
  objectiveResourcesSheetName,
  objectiveResourcesTableName,
  resourceHeaders,
  resourcesByGoalSheetName,
  RESOURCES_BY_GOAL_TABLE,
  resourcesBySectorSheetName,
  RESOURCES_BY_SECTOR_TABLE,
  resourcesSheetName,
  resourcesTableName,
  shareHeader as shareHeaderIn,
} from "./resource-columns";
import { tableSheet, tableSpec as table } from "./table-sheet";
import type {
  CellValue,
  ChartSpec,
  ColumnSpec,
  DataBarSpec,
  SheetSpec,
  TableSpec,
  ValidationRule,
} from "./workbook-spec";

/**
 * A resources sheet: its table, with its id (and name) columns kept in view when scrolling right; right to left
 * in Arabic, as every sheet of an Arabic workbook.
 */
const sheet = (
  name: string,
  tables: readonly TableSpec[],
  freezeColumns: number,
  language: Language
): SheetSpec =>
  tableSheet(name, tables, {
    freeze: { rows: 1, columns: freezeColumns },
    ...(language === "ar" ? { rightToLeft: true } : {}),
  });

/** A table already laid out on its sheet: where the resources formulas find ids and link marks. */
export interface PlacedTable {
  readonly sheet: string;
  readonly table: TableSpec;
}

/** The sector tables the resources formulas read: its Objectives (goal links) and Outputs (objective links). */
export interface SectorLinkTables {
  readonly objectives: PlacedTable;
  readonly outputs: PlacedTable;
}

const amountRule = (language: Language): ValidationRule => ({
  kind: "decimal",
  min: 0,
  prompt: translatorFor(language).t("resourceSheet.amountPrompt"),
});
const shareRule = (language: Language): ValidationRule => ({
  kind: "decimal",
  min: 0,
  max: 100,
  prompt: translatorFor(language).t("resourceSheet.sharePrompt"),
});

const column = (
  header: string,
  width: number,
  role: ColumnSpec["role"],
  extra: Partial<ColumnSpec> = {}
): ColumnSpec => ({ header, width, role, ...extra });

const quoted = (sheetName: string): string => `'${sheetName.replace(/'/g, "''")}'`;
/** The data cells of columns `first`..`last` of a placed table, absolute: 'ITU-R Outputs'!$D$2:$F$14. */
const block = (placed: PlacedTable, first: number, last = first): string => {
  const rows = Math.max(placed.table.rows.length, 1);
  return `${quoted(placed.sheet)}!$${columnLetter(first)}$2:$${columnLetter(last)}$${rows + 1}`;
};
const indexOf = (placed: PlacedTable, header: string): number =>
  placed.table.columns.findIndex((c) => c.header === header);

/**
 * The `Allocated <label>` formula of a row: its entered share where it entered any, else an equal split over
 * the link cells that its id's row marks on the link table; nothing for a column it is not linked to.
 */
const allocatedFormula = (
  idCell: string,
  links: PlacedTable,
  linkColumn: number,
  linkColumns: readonly [number, number],
  shareRow: string,
  shareCell: string
): string => {
  const ids = block(links, 0);
  const linked = `SUMPRODUCT((${ids}=${idCell})*(${block(links, linkColumn)}<>""))>0`;
  const count = `SUMPRODUCT((${ids}=${idCell})*(${block(links, ...linkColumns)}<>""))`;
  return `IF(${linked},IF(COUNT(${shareRow})>0,N(${shareCell})/100,1/${count}),0)`;
};

/** Expenditure over budget, blank without a positive budget (the engine's executionRate). */
const executionFormula = (budget: string, expenditure: string): string =>
  `IF(N(${budget})>0,N(${expenditure})/N(${budget}),"")`;

const entry = (value: EntryValue | undefined): CellValue => (value === undefined ? null : value);

/** The ids' labels of a link table's columns, in order, with the first and last link column. */
const linkColumnsOf = (
  placed: PlacedTable,
  labels: readonly string[]
): { at: number[]; span: [number, number] } => {
  const at = labels.map((label) => indexOf(placed, label));
  return { at, span: [Math.min(...at), Math.max(...at)] };
};

/** Per year, a budget and an expenditure column, then the reporting year's execution: the roll-up tables' columns. */
const amountColumns = (
  years: readonly number[],
  period: number,
  language: Language
): ColumnSpec[] => [
  ...years.flatMap((year) => [
    column(budgetHeaderIn(year, language), 13, "computed", { numFmt: AMOUNT_FORMAT }),
    column(expenditureHeaderIn(year, language), 13, "computed", { numFmt: AMOUNT_FORMAT }),
  ]),
  column(executionHeader(period, language), 12, "computed", { numFmt: "0%" }),
];

/** A sector's Resources table: money per output and year, shares over objectives, and what they allocate. */
const resourcesSheet = (
  plan: Plan,
  sector: Sector,
  period: number,
  links: SectorLinkTables,
  entries: ResourceEntries,
  language: Language
): SheetSpec => {
  const years = planYears(plan);
  const objectives = sector.objectives;
  const headers = resourceHeaders(language);
  const shareHeader = (label: string): string => shareHeaderIn(label, language);
  const budgetHeader = (year: number): string => budgetHeaderIn(year, language);
  const expenditureHeader = (year: number): string => expenditureHeaderIn(year, language);
  const columns: ColumnSpec[] = [
    column(headers.output, 14, "plan"),
    column(headers.outputName, 50, "plan", { wrap: true }),
    ...years.flatMap((year) => [
      column(budgetHeader(year), 13, "entry", {
        numFmt: AMOUNT_FORMAT,
        validation: amountRule(language),
      }),
      column(expenditureHeader(year), 13, "entry", {
        numFmt: AMOUNT_FORMAT,
        validation: amountRule(language),
      }),
    ]),
    ...objectives.map((o) =>
      column(shareHeader(o.label), 11, "entry", { validation: shareRule(language) })
    ),
    ...objectives.map((o) =>
      column(allocatedHeaderIn(o.label, language), 11, "computed", { numFmt: "0%" })
    ),
    column(executionHeader(period, language), 12, "computed", { numFmt: "0%" }),
  ];
  const at = (header: string): number => columns.findIndex((c) => c.header === header);
  const linkCols = linkColumnsOf(
    links.outputs,
    objectives.map((o) => o.label)
  );
  const firstShare = at(shareHeader(objectives[0]?.label ?? ""));
  const rows = sector.outputs.map((output, i): CellValue[] => {
    const row = i + 1;
    const given = entries.outputs.get(output.id) ?? {};
    const shareRow = `${a1(row, firstShare)}:${a1(row, firstShare + objectives.length - 1)}`;
    return [
      output.id,
      output.name,
      ...years.flatMap((year) => [
        entry(given.budget?.[String(year)]),
        entry(given.expenditure?.[String(year)]),
      ]),
      ...objectives.map((o) => entry(given.shares?.[o.id])),
      ...objectives.map((o, j) => ({
        formula: allocatedFormula(
          `$A${row + 1}`,
          links.outputs,
          linkCols.at[j] as number,
          linkCols.span,
          shareRow,
          a1(row, at(shareHeader(o.label)))
        ),
      })),
      {
        formula: executionFormula(
          a1(row, at(budgetHeader(period))),
          a1(row, at(expenditureHeader(period)))
        ),
      },
    ];
  });
  return sheet(
    resourcesSheetName(sector, language),
    [table(resourcesTableName(sector), columns, rows)],
    2,
    language
  );
};

/** A sector's Objective Resources table: shares over goals, and each objective's money rolled up from outputs. */
const objectiveResourcesSheet = (
  plan: Plan,
  sector: Sector,
  period: number,
  links: SectorLinkTables,
  resources: PlacedTable,
  entries: ResourceEntries,
  language: Language
): SheetSpec => {
  const years = planYears(plan);
  const goals = plan.goals;
  const headers = resourceHeaders(language);
  const shareHeader = (label: string): string => shareHeaderIn(label, language);
  const allocatedHeader = (label: string): string => allocatedHeaderIn(label, language);
  const budgetHeader = (year: number): string => budgetHeaderIn(year, language);
  const expenditureHeader = (year: number): string => expenditureHeaderIn(year, language);
  const columns: ColumnSpec[] = [
    column(headers.objective, 14, "plan"),
    column(headers.objectiveName, 14, "plan"),
    ...goals.map((g) =>
      column(shareHeader(g.label), 11, "entry", { validation: shareRule(language) })
    ),
    ...goals.map((g) => column(allocatedHeader(g.label), 11, "computed", { numFmt: "0%" })),
    ...amountColumns(years, period, language),
  ];
  const at = (header: string): number => columns.findIndex((c) => c.header === header);
  const linkCols = linkColumnsOf(
    links.objectives,
    goals.map((g) => g.label)
  );
  const firstShare = at(shareHeader(goals[0]?.label ?? ""));
  const rows = sector.objectives.map((objective, i): CellValue[] => {
    const row = i + 1;
    const given = entries.objectives.get(objective.id) ?? {};
    const shareRow = `${a1(row, firstShare)}:${a1(row, firstShare + goals.length - 1)}`;
    const allocated = block(resources, indexOf(resources, allocatedHeader(objective.label)));
    return [
      objective.id,
      objective.label,
      ...goals.map((g) => entry(given.shares?.[g.id])),
      ...goals.map((g, j) => ({
        formula: allocatedFormula(
          `$A${row + 1}`,
          links.objectives,
          linkCols.at[j] as number,
          linkCols.span,
          shareRow,
          a1(row, at(shareHeader(g.label)))
        ),
      })),
      ...years.flatMap((year) =>
        [budgetHeader(year), expenditureHeader(year)].map((header) => ({
          formula: `SUMPRODUCT(${block(resources, indexOf(resources, header))},${allocated})`,
        }))
      ),
      {
        formula: executionFormula(
          a1(row, at(budgetHeader(period))),
          a1(row, at(expenditureHeader(period)))
        ),
      },
    ];
  });
  return sheet(
    objectiveResourcesSheetName(sector, language),
    [table(objectiveResourcesTableName(sector), columns, rows)],
    2,
    language
  );
};

const placed = (spec: SheetSpec): PlacedTable => ({
  sheet: spec.name,
  table: spec.tables[0] as TableSpec,
});

/** How many rows the goals' chart spans, below their table. */
const CHART_ROWS = 16;

/**
 * What the goals' table shows at a glance, for the reporting year: data bars on its execution column (in every
 * host: an .xlsx file cannot hold a chart) and, drawn by Excel, a chart of budget against expenditure per goal,
 * below the table, its categories the goals' labels and its series the year's two amount columns.
 */
const goalGraphics = (
  goals: number,
  years: readonly number[],
  period: number,
  language: Language
): { dataBars: DataBarSpec[]; charts: ChartSpec[] } => {
  const { t } = translatorFor(language);
  if (goals === 0) return { dataBars: [], charts: [] };
  const budget = 2 + 2 * years.indexOf(period);
  const execution = 2 + 2 * years.length;
  const chartTop = goals + 2; // 0-based: one empty row after the table
  return {
    dataBars: [{ range: a1Range(1, execution, goals, execution), color: PALETTE.onTrack }],
    charts: [
      {
        kind: "barClustered",
        name: t("resourceSheet.chart"),
        dataRange: a1Range(0, budget, goals, budget + 1),
        categories: a1Range(1, 1, goals, 1),
        title: t("resourceSheet.chartTitle", { period: String(period) }),
        at: a1(chartTop, 0),
        to: a1(chartTop + CHART_ROWS - 1, 6),
      },
    ],
  };
};

/**
 * The resources sheets of a reporting workbook (docs/workbook-format.md, "Resources"): per sector its Resources
 * table (money per output, entered) and Objective Resources table (rolled up, formulas), then the roll-up over
 * the workbook's sectors by sector and by goal, all live formulas over the tables.
 */
export const buildResourceSheets = (
  plan: Plan,
  sectors: readonly { readonly sector: Sector; readonly links: SectorLinkTables }[],
  period: number,
  entries: ResourceEntries,
  language: Language = DEFAULT_LANGUAGE
): {
  readonly bySector: ReadonlyMap<string, readonly SheetSpec[]>;
  readonly rollUp: readonly SheetSpec[];
} => {
  const years = planYears(plan);
  const headers = resourceHeaders(language);
  const amountHeaders = (year: number): string[] => [
    budgetHeaderIn(year, language),
    expenditureHeaderIn(year, language),
  ];
  const built = sectors.map(({ sector, links }) => {
    const resources = resourcesSheet(plan, sector, period, links, entries, language);
    const objectives = objectiveResourcesSheet(
      plan,
      sector,
      period,
      links,
      placed(resources),
      entries,
      language
    );
    return { sector, resources, objectives };
  });
  const execution = (row: number, first: number): CellValue => {
    const y = years.indexOf(period);
    return { formula: executionFormula(a1(row, first + 2 * y), a1(row, first + 2 * y + 1)) };
  };

  const sectorRows = built.map(({ sector, resources }, i): CellValue[] => {
    const res = placed(resources);
    return [
      sector.id,
      ...years.flatMap((year) =>
        amountHeaders(year).map((header) => ({
          formula: `SUM(${block(res, indexOf(res, header))})`,
        }))
      ),
      execution(i + 1, 1),
    ];
  });
  const goalRows = plan.goals.map((goal, i): CellValue[] => [
    goal.id,
    goal.label,
    ...years.flatMap((year) =>
      amountHeaders(year).map((header) => {
        const terms = built.map(({ objectives }) => {
          const obj = placed(objectives);
          return `SUMPRODUCT(${block(obj, indexOf(obj, header))},${block(obj, indexOf(obj, allocatedHeaderIn(goal.label, language)))})`;
        });
        return { formula: terms.length > 0 ? terms.join("+") : "0" };
      })
    ),
    execution(i + 1, 2),
  ]);
  return {
    bySector: new Map(built.map((b) => [b.sector.id, [b.resources, b.objectives]])),
    rollUp: [
      sheet(
        resourcesBySectorSheetName(language),
        [
          table(
            RESOURCES_BY_SECTOR_TABLE,
            [column(headers.sector, 12, "plan"), ...amountColumns(years, period, language)],
            sectorRows
          ),
        ],
        1,
        language
      ),
      {
        ...sheet(
          resourcesByGoalSheetName(language),
          [
            table(
              RESOURCES_BY_GOAL_TABLE,
              [
                column(headers.goal, 14, "plan"),
                column(headers.goalName, 14, "plan"),
                ...amountColumns(years, period, language),
              ],
              goalRows
            ),
          ],
          2,
          language
        ),
        ...goalGraphics(goalRows.length, years, period, language),
      },
    ],
  };
};
