import {
  Alignment,
  CellValue,
  ChartSpec,
  DataBarSpec,
  GRID_FIRST_ROW,
  printableSheet,
  SheetSpec,
  withGrid,
} from "../layout";
import { a1, a1Range, headerText, labelsIn, PALETTE, type Language } from "../format";
import { translatorFor, type MessageKey, type MessageValues } from "../i18n";
import { buildGoalMatrix, goalTableRows, sectorGroupRows } from "../matrix";
import { noteScope, Plan, Sector, TableCaption } from "../plan";
import type { Report } from "../report";
import { STATUSES, type Status } from "../status";
import { kpiPeriodValues, PeriodValues } from "./kpi-period-values";
import { AnnexKpi, objectiveKpis } from "./objective-kpis";
import { outputTableRows } from "./output-table-rows";
import { resultsTableHeader, resultsTableRows, sectorKpiTableRows } from "./results-table-rows";
import { statusCounts } from "./status-counts";
import { resourcesAnnexSheets } from "./resources-annex-sheets";
import { rollUpResources } from "../resources";

export interface AnnexOptions {
  /** When the annex was made (ISO 8601): its date goes in every page's footer. */
  readonly generatedAt: string;
  /**
   * The language of the annex's own words (titles, headers, notes, footers, status words); the plan's texts stay
   * as the plan gives them. English by default. Arabic sheets read and print right to left.
   */
  readonly language?: Language;
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

/**
 * "Table 4.1" ("Tableau 4.1" in French), or where the plan numbers no table, the fallback ("ITU-R outputs"), as a
 * valid sheet name.
 */
export const annexSheetName = (
  caption: TableCaption | null,
  fallback: string,
  language: Language = "en"
): string =>
  (caption?.number
    ? translatorFor(language).t("annex.sheet.table", { number: caption.number })
    : fallback
  )
    .replace(/[[\]:*?/\\]/g, " ")
    .slice(0, SHEET_NAME_MAX);

/** A table's caption as the annex titles it: "Table 4.1 - <the plan's title>", the word "Table" in the language. */
const captionIn = (t: Words, caption: TableCaption): string =>
  caption.number === null
    ? caption.title
    : t("annex.caption", { number: caption.number, title: caption.title });

/** The annex's words in its language. */
type Words = (key: MessageKey, values?: MessageValues) => string;

/** The sectors the workbook reports on, in plan order. */
const reportedSectors = (report: Report, plan: Plan): Sector[] =>
  plan.sectors.filter((s) => report.meta.sectors.includes(s.id));

const centered = (width: number): Alignment[] => Array.from({ length: width }, () => "center");

interface Context {
  readonly language: Language;
  readonly t: Words;
  /** A status as the workbook of the annex's language writes it ("Atteint" for Met in French). */
  readonly status: (status: Status) => string;
  readonly report: Report;
  readonly plan: Plan;
  readonly footer: string;
  readonly subtitle: string;
  /** Each sector's KPIs by objective: the plan's and the officers' own. */
  readonly kpis: (sector: Sector) => ReadonlyMap<string, readonly AnnexKpi[]>;
}

/**
 * Every annex page carries the plan's document symbol at its top right, and prints on the plan's paper; in
 * Arabic every sheet reads right to left, on screen and printed.
 */
const annexPage = (ctx: Context, sheet: SheetSpec): SheetSpec => {
  const page = ctx.language === "ar" ? { ...sheet, rightToLeft: true } : sheet;
  return page.print
    ? {
        ...page,
        print: {
          ...page.print,
          paperSize: ctx.plan.document.paperSize,
          ...(ctx.plan.document.symbol ? { headerRight: ctx.plan.document.symbol } : {}),
        },
      }
    : page;
};

/** Numbers shown with thousands separators (1,250 and 1,250.5), each cell as its value needs; null elsewhere. */
const thousands = (rows: readonly (readonly CellValue[])[]): (string | null)[][] =>
  rows.map((row) =>
    row.map((value) =>
      typeof value === "number" ? (Number.isInteger(value) ? "#,##0" : "#,##0.###") : null
    )
  );

/** Table X.1: outputs x objectives, an X where the workbook links them. */
const outputTableSheet = (ctx: Context, sector: Sector): SheetSpec => {
  const sectorReport = ctx.report.sectors.find((s) => s.id === sector.id);
  const rows = sectorReport
    ? outputTableRows(sector, sectorReport)
    : [[sector.outputTable.outputsHeader]];
  const width = rows[0]?.length ?? 1;
  return printableSheet({
    name: annexSheetName(
      sector.outputTable,
      ctx.t("annex.sheet.sectorOutputs", { sector: sector.id }),
      ctx.language
    ),
    title: captionIn(ctx.t, sector.outputTable),
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
): SheetSpec => {
  const rows = [
    resultsTableHeader(ctx.report.meta.period, ctx.language),
    ...resultsTableRows(sector, values, ctx.kpis(sector), ctx.language),
  ];
  return printableSheet({
    name: annexSheetName(
      caption,
      ctx.t("annex.sheet.sectorResults", { sector: sector.id }),
      ctx.language
    ),
    title: captionIn(ctx.t, caption),
    subtitle: ctx.subtitle,
    grid: {
      rows,
      headerRows: 1,
      borders: "all",
      align: ["left", "left", "left", "left", "right", "right", "center"],
      numberFormats: thousands(rows),
    },
    columnWidths: [34, 32, 36, 38, 13, 13, 14],
    footer: ctx.footer,
    frozenColumns: 0,
    protect: false,
  });
};

/** The KPIs the officers defined for a sector whose plan has no Table X.2, with the year's target, actual and status. */
const sectorKpiSheet = (
  ctx: Context,
  sector: Sector,
  values: ReadonlyMap<string, PeriodValues>
): SheetSpec => {
  const period = ctx.report.meta.period;
  const rows: CellValue[][] = [
    [
      headerText("objective", ctx.language),
      ctx.t("annex.header.kpi"),
      headerText("target", ctx.language, period),
      headerText("actual", ctx.language, period),
      headerText("status", ctx.language, period),
    ],
    ...sectorKpiTableRows(sector, values, ctx.kpis(sector), ctx.language),
  ];
  return printableSheet({
    name: annexSheetName(
      null,
      ctx.t("annex.sheet.sectorKpis", { sector: sector.id }),
      ctx.language
    ),
    title: ctx.t("annex.sectorKpis.title", { sector: sector.name }),
    subtitle: ctx.t("annex.sectorKpis.subtitle", { subtitle: ctx.subtitle }),
    grid: {
      rows,
      headerRows: 1,
      borders: "all",
      align: ["left", "left", "right", "right", "center"],
      numberFormats: thousands(rows),
    },
    columnWidths: [40, 60, 14, 14, 14],
    footer: ctx.footer,
    frozenColumns: 0,
    protect: false,
  });
};

/** Table 8.1: each sector's objectives against the goals of the Union, from the workbook's links. */
const goalTableSheet = (ctx: Context): SheetSpec => {
  const matrix = buildGoalMatrix(ctx.report);
  const rows = goalTableRows(matrix);
  return printableSheet({
    name: annexSheetName(ctx.plan.goalTable, ctx.t("annex.sheet.goals"), ctx.language),
    title: captionIn(ctx.t, ctx.plan.goalTable),
    subtitle: ctx.subtitle,
    grid: {
      rows: [
        [ctx.plan.goalTable.rowHeader, ...matrix.goals.map((g) => g.label)],
        ...rows.map((r) => r.cells),
      ],
      headerRows: 1,
      borders: "all",
      align: ["left", ...centered(matrix.goals.length)],
      groupRows: sectorGroupRows(rows),
    },
    columnWidths: [26, ...matrix.goals.map(() => 14)],
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
  });
};

/** Data bars for each status column of a block of grid rows (0-based sheet rows), scaled within that block. */
const barsOver = (firstRow: number, lastRow: number): DataBarSpec[] =>
  lastRow < firstRow
    ? []
    : STATUSES.map((_, i) => ({
        range: a1Range(firstRow, i + 1, lastRow, i + 1),
        color: STATUS_BAR_COLORS[i] ?? PALETTE.notAssessable,
      }));

/**
 * The status of the KPIs at a glance: first per sector (with the total, and the chart Excel draws of it), then per
 * objective, a block per sector. Each block's data bars are scaled within it, so that an objective's bar is read
 * against its sector's other objectives, not against whole sectors.
 */
const statusSummarySheet = (
  ctx: Context,
  sectors: readonly Sector[],
  values: ReadonlyMap<string, PeriodValues>
): SheetSpec => {
  const counts = statusCounts(sectors, values, ctx.kpis);
  const columnWidths = [62, 14, 14, 14, 16, 10];
  const statusHeaders = STATUSES.map(ctx.status);
  const header: CellValue[] = [
    headerText("sector", ctx.language),
    ...statusHeaders,
    ctx.t("annex.header.kpiCount"),
  ];
  const bySector: CellValue[][] = [
    header,
    ...counts.map((sector) => [sector.label, ...sector.counts, sector.total]),
    [
      ctx.t("annex.header.allSectors"),
      ...STATUSES.map((_, i) => counts.reduce((n, s) => n + (s.counts[i] ?? 0), 0)),
      counts.reduce((n, s) => n + s.total, 0),
    ],
  ];
  const { met, onTrack } = ctx.plan.reporting.statusBands;
  const assessments = labelsIn("assessment", ctx.language);
  const sheet = printableSheet({
    name: ctx.t("annex.sheet.statusSummary"),
    title: ctx.t("annex.status.title", { period: String(ctx.report.meta.period) }),
    subtitle: ctx.t("annex.status.subtitle", {
      subtitle: ctx.subtitle,
      met: String(Math.round(met * 100)),
      onTrack: String(Math.round(onTrack * 100)),
      achieved: assessments.Achieved,
      partlyAchieved: assessments["Partly achieved"],
    }),
    grid: {
      rows: bySector,
      headerRows: 1,
      borders: "all",
      align: ["left", ...centered(STATUSES.length + 1)],
      totalRows: [bySector.length - 1],
      numberFormats: thousands(bySector),
    },
    columnWidths,
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
  });
  // The sector rows, 0-based sheet rows: the grid starts at GRID_FIRST_ROW (1-based), its header first.
  const sectorTop = GRID_FIRST_ROW;
  const dataBars: DataBarSpec[] = [...barsOver(sectorTop, sectorTop + counts.length - 1)];

  // Per objective: a heading one row below the sector grid, then one block per sector.
  const objectivesHeading = GRID_FIRST_ROW + bySector.length + 1; // 1-based
  const rows: CellValue[][] = [
    [ctx.t("annex.header.sectorObjective"), ...statusHeaders, ctx.t("annex.header.kpiCount")],
  ];
  const groupRows: number[] = [];
  const gridTop = objectivesHeading + 1; // 1-based row of the grid's header
  for (const sector of counts) {
    groupRows.push(rows.length);
    rows.push([sector.label, ...sector.counts, sector.total]);
    const first = gridTop - 1 + rows.length; // 0-based sheet row of the block's first objective
    for (const o of sector.objectives) rows.push([o.label, ...o.counts, o.total]);
    dataBars.push(...barsOver(first, first + sector.objectives.length - 1));
  }
  // The chart (drawn by Excel, below everything) reads the sector rows of the first grid: no second table.
  const chartTop = gridTop + rows.length + 1; // 1-based, one empty row after the grid
  const charts: ChartSpec[] =
    counts.length === 0
      ? []
      : [
          {
            kind: "barStacked",
            name: STATUS_CHART,
            dataRange: a1Range(
              GRID_FIRST_ROW - 1,
              0,
              GRID_FIRST_ROW - 1 + counts.length,
              STATUSES.length
            ),
            title: ctx.t("annex.status.chart", { period: String(ctx.report.meta.period) }),
            at: `A${chartTop}`,
            to: a1(chartTop - 2 + CHART_ROWS, STATUSES.length + 1),
          },
        ];
  const withObjectives = withGrid(sheet, {
    at: `A${gridTop}`,
    rows,
    headerRows: 1,
    borders: "all",
    align: ["left", ...centered(STATUSES.length + 1)],
    groupRows,
    numberFormats: thousands(rows),
  });
  return {
    ...withObjectives,
    cells: [
      ...sheet.cells,
      {
        address: `A${objectivesHeading}`,
        value: ctx.t("annex.status.byObjective"),
        style: "heading",
      },
    ],
    dataBars,
    charts,
  };
};

/** The plan's notes on its source, for the Council: what the tables above keep as the source has them. */
const notesSheet = (ctx: Context): SheetSpec =>
  printableSheet({
    name: ctx.t("annex.sheet.notes"),
    title: ctx.t("annex.notes.title"),
    subtitle: ctx.t("annex.notes.subtitle", { subtitle: ctx.subtitle }),
    grid: {
      rows: [
        [ctx.t("annex.header.concerns"), headerText("note", ctx.language)],
        ...ctx.plan.notes.map((note): CellValue[] => [
          ctx.plan.sectors.some((s) => s.id === note.sector)
            ? noteScope(ctx.plan, note)
            : ctx.t("annex.notes.wholePlan"),
          note.text,
        ]),
      ],
      headerRows: 1,
      borders: "all",
    },
    columnWidths: [22, 120],
    footer: ctx.footer,
    frozenColumns: 0,
    protect: false,
  });

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
  const period = String(report.meta.period);
  const symbol = plan.document.symbol ? `${plan.document.symbol}: ` : "";
  const document = `${symbol}${plan.document.title}`;
  const language = options.language ?? "en";
  const words = translatorFor(language);
  const t: Words = (key, values) => words.t(key, values);
  const statusWords = labelsIn("status", language);
  const ctx: Context = {
    language,
    t,
    status: (status) => statusWords[status],
    report,
    plan,
    footer: t("annex.footer", { document, period, date: options.generatedAt.slice(0, 10) }),
    subtitle: t("annex.subtitle", { document, period }),
    kpis: (sector) =>
      objectiveKpis(
        sector,
        report.sectors.find((s) => s.id === sector.id)
      ),
  };
  const sectors = reportedSectors(report, plan);
  const values = kpiPeriodValues(report, plan);
  const withKpis = sectors.filter((s) => [...ctx.kpis(s).values()].some((k) => k.length > 0));
  const sheets = [
    ...(withKpis.length > 0 ? [statusSummarySheet(ctx, withKpis, values)] : []),
    // A workbook made before resources has no Resources tables, and its annex no resources sheets.
    ...(report.sectors.some((s) => s.outputResources)
      ? resourcesAnnexSheets({
          ...ctx,
          values,
          rollup: rollUpResources(report, plan),
        })
      : []),
    ...sectors.flatMap((sector) => [
      outputTableSheet(ctx, sector),
      ...(sector.resultsTable
        ? [resultsTableSheet(ctx, sector, sector.resultsTable, values)]
        : withKpis.includes(sector)
          ? [sectorKpiSheet(ctx, sector, values)]
          : []),
    ]),
    goalTableSheet(ctx),
    ...(plan.notes.length > 0 ? [notesSheet(ctx)] : []),
  ];
  return sheets.map((sheet) => annexPage(ctx, sheet));
};
