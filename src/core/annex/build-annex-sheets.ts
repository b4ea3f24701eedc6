import {
  Alignment,
  captionText,
  CellValue,
  ChartSpec,
  DataBarSpec,
  GridSpec,
  GRID_FIRST_ROW,
  printableSheet,
  rowHeight,
  SheetSpec,
} from "../layout";
import { a1, a1Range, PALETTE } from "../format";
import { buildGoalMatrix, goalTableRows } from "../matrix";
import type { Plan, Sector, TableCaption } from "../plan";
import type { Report } from "../report";
import { STATUSES } from "../status";
import { kpiPeriodValues, PeriodValues } from "./kpi-period-values";
import { outputTableRows } from "./output-table-rows";
import { resultsTableHeader, resultsTableRows } from "./results-table-rows";
import { statusCounts } from "./status-counts";
import { resourcesAnnexSheets } from "./resources-annex-sheets";
import { rollUpResources } from "../resources";

export interface AnnexOptions {
  /** When the annex was made (ISO 8601): its date goes in every page's footer. */
  readonly generatedAt: string;
}

export const STATUS_SUMMARY_SHEET = "Status summary";
export const STATUS_CHART = "KPI status by sector";

/** How many rows the status chart spans, below the per-sector counts it draws. */
const CHART_ROWS = 18;

/** The colour of each status's data bar, in STATUSES order: green, blue, red, grey. */
const STATUS_BAR_COLORS: readonly string[] = [
  PALETTE.met,
  PALETTE.onTrack,
  PALETTE.offTrack,
  PALETTE.notAssessable,
];

const SHEET_NAME_MAX = 31;

/** "Table 4.1", or where the plan numbers no table, the fallback ("ITU-R outputs"), as a valid sheet name. */
export const annexSheetName = (caption: TableCaption | null, fallback: string): string =>
  (caption?.number ? `Table ${caption.number}` : fallback)
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, SHEET_NAME_MAX);

/** The sectors the workbook reports on, in plan order. */
const reportedSectors = (report: Report, plan: Plan): Sector[] =>
  plan.sectors.filter((s) => report.meta.sectors.includes(s.id));

const centered = (width: number): Alignment[] => Array.from({ length: width }, () => "center");

interface Context {
  readonly report: Report;
  readonly plan: Plan;
  readonly footer: string;
  readonly subtitle: string;
}

/** Table X.1: outputs x objectives, an X where the workbook links them. */
const outputTableSheet = (ctx: Context, sector: Sector): SheetSpec => {
  const sectorReport = ctx.report.sectors.find((s) => s.id === sector.id);
  const rows = sectorReport
    ? outputTableRows(sector, sectorReport)
    : [[sector.outputTable.outputsHeader]];
  const width = rows[0]?.length ?? 1;
  return printableSheet({
    name: annexSheetName(sector.outputTable, `${sector.id} outputs`),
    title: captionText(sector.outputTable),
    subtitle: ctx.subtitle,
    grid: { rows, headerRows: 1, borders: "all", align: ["left", ...centered(width - 1)] },
    columnWidths: [60, ...Array.from({ length: width - 1 }, () => 12)],
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
  });
};

/** Table X.2: the source's objectives, outputs, expected results and KPIs, with the year's target, actual and status. */
const resultsTableSheet = (
  ctx: Context,
  sector: Sector,
  caption: TableCaption,
  values: ReadonlyMap<string, PeriodValues>
): SheetSpec =>
  printableSheet({
    name: annexSheetName(caption, `${sector.id} results`),
    title: captionText(caption),
    subtitle: ctx.subtitle,
    grid: {
      rows: [resultsTableHeader(ctx.report.meta.period), ...resultsTableRows(sector, values)],
      headerRows: 1,
      borders: "all",
      align: ["left", "left", "left", "left", "center", "center", "center"],
    },
    columnWidths: [34, 28, 38, 38, 14, 18, 14],
    footer: ctx.footer,
    frozenColumns: 0,
    protect: false,
  });

/** Table 8.1: each sector's objectives against the goals of the Union, from the workbook's links. */
const goalTableSheet = (ctx: Context): SheetSpec => {
  const matrix = buildGoalMatrix(ctx.report);
  const rows = goalTableRows(matrix);
  return printableSheet({
    name: annexSheetName(ctx.plan.goalTable, "Goals and objectives"),
    title: captionText(ctx.plan.goalTable),
    subtitle: ctx.subtitle,
    grid: {
      rows: [
        [ctx.plan.goalTable.rowHeader, ...matrix.goals.map((g) => g.label)],
        ...rows.map((r) => r.cells),
      ],
      headerRows: 1,
      borders: "all",
      align: ["left", ...centered(matrix.goals.length)],
      groupRows: rows.flatMap((r, i) => (r.kind === "sector" ? [i + 1] : [])),
    },
    columnWidths: [26, ...matrix.goals.map(() => 14)],
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
  });
};

/**
 * Per sector and objective, KPIs by status, with a data bar in each count so the picture reads at a glance;
 * below, the counts per sector alone and a stacked bar chart of them (drawn in Excel; a file keeps the counts).
 */
const statusSummarySheet = (
  ctx: Context,
  sectors: readonly Sector[],
  values: ReadonlyMap<string, PeriodValues>
): SheetSpec => {
  const counts = statusCounts(sectors, values);
  const header: CellValue[] = ["Sector / objective", ...STATUSES, "KPIs"];
  const body: CellValue[][] = [];
  const groupRows: number[] = [];
  for (const sector of counts) {
    groupRows.push(body.length + 1);
    body.push([sector.label, ...sector.counts, sector.total]);
    for (const o of sector.objectives) body.push([o.label, ...o.counts, o.total]);
  }
  const total: CellValue[] = [
    "All sectors",
    ...STATUSES.map((_, i) => counts.reduce((n, s) => n + (s.counts[i] ?? 0), 0)),
    counts.reduce((n, s) => n + s.total, 0),
  ];
  const rows = [header, ...body, total];
  const firstBodyRow = GRID_FIRST_ROW; // 0-based sheet row of the grid's first body row
  const dataBars: DataBarSpec[] =
    body.length === 0
      ? []
      : STATUSES.map((_, i) => ({
          range: a1Range(firstBodyRow, i + 1, firstBodyRow + body.length - 1, i + 1),
          color: STATUS_BAR_COLORS[i] ?? PALETTE.notAssessable,
        }));
  const columnWidths = [50, 16, 16, 16, 16, 10];
  // The chart's data: one row per sector (the sector rows above are interleaved with their objectives).
  const bySectorTop = GRID_FIRST_ROW + rows.length + 1; // 1-based: one empty row after the grid
  const bySectorRows: CellValue[][] = [
    ["Sector", ...STATUSES],
    ...counts.map((sector) => [sector.label, ...sector.counts]),
  ];
  const bySector: GridSpec = {
    at: `A${bySectorTop}`,
    rows: bySectorRows,
    headerRows: 1,
    borders: "all",
    align: ["left", ...centered(STATUSES.length)],
    rowHeights: bySectorRows.map((row) => rowHeight(row, columnWidths)),
  };
  const chartTop = bySectorTop + bySectorRows.length + 1;
  const charts: ChartSpec[] =
    counts.length === 0
      ? []
      : [
          {
            kind: "barStacked",
            name: STATUS_CHART,
            dataRange: a1Range(
              bySectorTop - 1,
              0,
              bySectorTop - 2 + bySectorRows.length,
              STATUSES.length
            ),
            title: `KPIs by status and sector, ${ctx.report.meta.period}`,
            at: `A${chartTop}`,
            to: a1(chartTop - 2 + CHART_ROWS, STATUSES.length + 1),
          },
        ];
  const { met, onTrack } = ctx.plan.reporting.statusBands;
  const sheet = printableSheet({
    name: STATUS_SUMMARY_SHEET,
    title: `Status of the key performance indicators, ${ctx.report.meta.period}`,
    subtitle: `${ctx.subtitle}. Met: ${Math.round(met * 100)}% or more of the way from baseline to target; on track: ${Math.round(onTrack * 100)}% or more; not assessable: a value missing, or a qualitative KPI.`,
    grid: {
      rows,
      headerRows: 1,
      borders: "all",
      align: ["left", ...centered(STATUSES.length + 1)],
      groupRows,
      totalRows: [rows.length - 1],
    },
    columnWidths,
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
    extra: { dataBars, charts },
  });
  return { ...sheet, grids: [...(sheet.grids ?? []), bySector] };
};

/**
 * The Council annex as sheets: a status summary, then for each sector its Table X.1 (outputs x objectives)
 * and Table X.2 (objectives, outputs, expected results and KPIs with the year's target, actual and status),
 * then the goal table (Table 8.1); numbered and titled from the plan, linked from the workbook's own marks.
 */
export const buildAnnexSheets = (
  report: Report,
  plan: Plan,
  options: AnnexOptions
): SheetSpec[] => {
  const period = report.meta.period;
  const ctx: Context = {
    report,
    plan,
    footer: `${plan.title} - reporting year ${period} - generated ${options.generatedAt.slice(0, 10)}`,
    subtitle: `${plan.title}, reporting year ${period}`,
  };
  const sectors = reportedSectors(report, plan);
  const values = kpiPeriodValues(report, plan);
  const withResults = sectors.filter((s) => s.resultsTable !== null && s.results.length > 0);
  return [
    ...(withResults.length > 0 ? [statusSummarySheet(ctx, withResults, values)] : []),
    // A workbook made before resources has no Resources tables, and its annex no resources sheets.
    ...(report.sectors.some((s) => s.outputResources)
      ? resourcesAnnexSheets({ ...ctx, values, rollup: rollUpResources(report, plan) })
      : []),
    ...sectors.flatMap((sector) => [
      outputTableSheet(ctx, sector),
      ...(sector.resultsTable ? [resultsTableSheet(ctx, sector, sector.resultsTable, values)] : []),
    ]),
    goalTableSheet(ctx),
  ];
};
