import { a1Range, headerText, PALETTE, type Language } from "../format";
import type { MessageKey, MessageValues } from "../i18n";
import {
  Alignment,
  AMOUNT_FORMAT,
  CellValue,
  columnNumberFormats,
  DataBarSpec,
  gridCell,
  GRID_FIRST_ROW,
  printableSheet,
  SheetSpec,
  withGrid,
} from "../layout";
import type { Plan } from "../plan";
import type { Report } from "../report";
import { addMoney, executionRate, Money, moneyIn, NO_MONEY, ResourceRollup } from "../resources";
import { Status, STATUSES } from "../status";
import { MISSING_KPI, PeriodValues } from "./kpi-period-values";

/** Not "Resources by goal": Excel sheet names ignore case, and the reporting workbook has a "Resources by Goal". */
export const RESOURCES_BY_GOAL_ANNEX_SHEET = "Annex resources by goal";
export const BUDGET_EXECUTION_SHEET = "Budget execution";

/** An output has "spent its budget" from this execution rate on (docs/annex-format.md). */
export const SPENT_THRESHOLD = 0.9;
/**
 * The Check text of an output that spent its budget while a KPI it answers for is off track (in English;
 * `annex.execution.flag` in the catalogs).
 */
export const SPENT_OFF_TRACK_FLAG = "Spent, KPI off track";

const BAR_COLOR = "FF5B9BD5";

const moneyCells = (money: Money): CellValue[] => [
  money.budget,
  money.expenditure,
  executionRate(money),
];
/** The number formats of a grid whose columns 2 to 4 are a budget, an expenditure and their execution rate. */
const moneyFormats = (rows: readonly (readonly CellValue[])[]): (string | null)[][] =>
  columnNumberFormats(rows, 1, [null, AMOUNT_FORMAT, AMOUNT_FORMAT, "0%"]);
const counts = (statuses: readonly Status[]): number[] =>
  STATUSES.map((s) => statuses.filter((x) => x === s).length);

/** The KPI rows of the report that measure an output (its Output ID), else those of the objectives it serves. */
const kpisOfOutput = (
  report: Report,
  sectorId: string,
  outputId: string,
  objectives: readonly string[]
): string[] => {
  const rows = report.sectors.find((s) => s.id === sectorId)?.kpis ?? [];
  const own = rows.filter((k) => k.output.value === outputId);
  const chosen =
    own.length > 0 ? own : rows.filter((k) => objectives.includes(String(k.objective.value)));
  return chosen.map((k) => k.id);
};

/** The headers of a budget, an expenditure (in the plan's currency, where it names one) and their execution. */
const moneyHeaders = (ctx: Ctx): string[] => {
  const year = {
    period: String(ctx.report.meta.period),
    hasCurrency: ctx.rollup.currency ? "yes" : "no",
    currency: ctx.rollup.currency ?? "",
  };
  return [
    ctx.t("annex.header.budget", year),
    ctx.t("annex.header.expenditure", year),
    ctx.t("annex.header.execution"),
  ];
};

interface Ctx {
  readonly language: Language;
  /** The annex's words in its language. */
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  /** A status as the workbook of the annex's language writes it. */
  readonly status: (status: Status) => string;
  readonly report: Report;
  readonly plan: Plan;
  readonly rollup: ResourceRollup;
  readonly values: ReadonlyMap<string, PeriodValues>;
  readonly footer: string;
  readonly subtitle: string;
}

/**
 * "Resources by goal": what each goal received and spent in the reporting year, through the workbook's links,
 * with a data bar in the budget column; below it, budget execution per sector and objective beside the KPIs'
 * statuses.
 */
const resourcesByGoalSheet = (ctx: Ctx): SheetSpec => {
  const period = ctx.report.meta.period;
  const money = moneyHeaders(ctx);
  const goalMoney = ctx.rollup.goals.map((g) => [g, moneyIn(ctx.rollup, g, period)] as const);
  const reaching = goalMoney.reduce((sum, [, m]) => addMoney(sum, m), NO_MONEY);
  const all = ctx.rollup.sectors.reduce(
    (sum, s) => addMoney(sum, moneyIn(ctx.rollup, s, period)),
    NO_MONEY
  );
  const outside = addMoney(all, reaching, -1);
  const rows: CellValue[][] = [
    [headerText("goal", ctx.language), ...money],
    ...goalMoney.map(([g, m]) => [g.label, ...moneyCells(m)]),
    [ctx.t("annex.header.allGoals"), ...moneyCells(reaching)],
    [ctx.t("annex.header.noGoal"), ...moneyCells(outside)],
  ];
  const columnWidths = [40, 18, 18, 12, 12, 12, 12, 14];
  const dataBars: DataBarSpec[] =
    goalMoney.length === 0
      ? []
      : [
          {
            range: a1Range(GRID_FIRST_ROW, 1, GRID_FIRST_ROW + goalMoney.length - 1, 1),
            color: BAR_COLOR,
          },
        ];

  // Per sector and objective: money, and the statuses of the KPIs Table X.2 lists for the objective.
  const header: CellValue[] = [
    ctx.t("annex.header.sectorObjective"),
    ...money,
    ...STATUSES.map(ctx.status),
  ];
  const body: CellValue[][] = [];
  const groupRows: number[] = [];
  for (const sector of ctx.rollup.sectors) {
    const planSector = ctx.plan.sectors.find((s) => s.id === sector.id);
    const statusOf = (kpis: readonly string[]): Status[] =>
      kpis.map((k) => (ctx.values.get(k) ?? MISSING_KPI).status);
    const sectorKpis = (ctx.report.sectors.find((s) => s.id === sector.id)?.kpis ?? []).map(
      (k) => k.id
    );
    groupRows.push(body.length + 1);
    body.push([
      sector.label,
      ...moneyCells(moneyIn(ctx.rollup, sector, period)),
      ...counts(statusOf(sectorKpis)),
    ]);
    for (const objective of ctx.rollup.objectives.filter((o) => o.sector === sector.id)) {
      const kpis =
        planSector?.results.find((r) => r.objective === objective.id)?.kpis.map((k) => k.id) ?? [];
      body.push([
        objective.label,
        ...moneyCells(moneyIn(ctx.rollup, objective, period)),
        ...counts(statusOf(kpis)),
      ]);
    }
  }
  const bySectorTop = GRID_FIRST_ROW + rows.length + 1;
  const bySectorRows = [header, ...body];
  const sheet = printableSheet({
    name: ctx.t("annex.sheet.resourcesByGoal"),
    title: ctx.t("annex.resources.title", { period: String(period) }),
    subtitle: ctx.t("annex.resources.subtitle", { subtitle: ctx.subtitle }),
    grid: {
      rows,
      headerRows: 1,
      borders: "all",
      align: ["left", "right", "right", "right"],
      numberFormats: moneyFormats(rows),
      totalRows: [rows.length - 2],
    },
    columnWidths,
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
    extra: { dataBars },
  });
  // Two tables on one sheet, printed on one page: a continuation page would repeat the goal table's header above
  // objective rows.
  return {
    ...withGrid(sheet, {
      at: `A${bySectorTop}`,
      rows: bySectorRows,
      headerRows: 1,
      borders: "all",
      align: ["left", "right", "right", "right", ...STATUSES.map((): Alignment => "center")],
      numberFormats: moneyFormats(bySectorRows),
      groupRows,
    }),
    ...(sheet.print ? { print: { ...sheet.print, onePage: true } } : {}),
  };
};

/**
 * "Budget execution": each output's money beside the statuses of the KPIs it answers for, flagged where it
 * spent its budget (SPENT_THRESHOLD or more) while one of those KPIs is off track.
 */
const budgetExecutionSheet = (ctx: Ctx): SheetSpec => {
  const period = ctx.report.meta.period;
  const flag = ctx.t("annex.execution.flag");
  const header: CellValue[] = [
    ctx.t("annex.header.sectorOutput"),
    ...moneyHeaders(ctx),
    ...STATUSES.map(ctx.status),
    ctx.t("annex.header.check"),
  ];
  const rows: CellValue[][] = [header];
  const groupRows: number[] = [];
  const flagCells: string[] = [];
  for (const sector of ctx.rollup.sectors) {
    groupRows.push(rows.length);
    rows.push([
      sector.label,
      ...moneyCells(moneyIn(ctx.rollup, sector, period)),
      ...STATUSES.map(() => null),
      null,
    ]);
    for (const output of ctx.rollup.outputs.filter((o) => o.sector === sector.id)) {
      const money = moneyIn(ctx.rollup, output, period);
      const statuses = kpisOfOutput(ctx.report, sector.id, output.id, [
        ...output.toObjectives.keys(),
      ]).map((k) => (ctx.values.get(k) ?? MISSING_KPI).status);
      const rate = executionRate(money);
      const flagged = rate !== null && rate >= SPENT_THRESHOLD && statuses.includes("Off track");
      if (flagged)
        flagCells.push(gridCell(rows.length, 0), gridCell(rows.length, 4 + STATUSES.length));
      rows.push([
        `${output.id} ${output.label}`,
        ...moneyCells(money),
        ...counts(statuses),
        flagged ? flag : null,
      ]);
    }
  }
  return printableSheet({
    name: ctx.t("annex.sheet.budgetExecution"),
    title: ctx.t("annex.execution.title", { period: String(period) }),
    subtitle: ctx.t("annex.execution.subtitle", {
      subtitle: ctx.subtitle,
      outputId: headerText("outputId", ctx.language),
      flag,
      threshold: String(Math.round(SPENT_THRESHOLD * 100)),
    }),
    grid: {
      rows,
      headerRows: 1,
      borders: "all",
      align: [
        "left",
        "right",
        "right",
        "right",
        ...STATUSES.map((): Alignment => "center"),
        "left",
      ],
      numberFormats: moneyFormats(rows),
      groupRows,
      flagCells,
    },
    columnWidths: [60, 16, 16, 11, 10, 10, 10, 14, 20],
    footer: ctx.footer,
    frozenColumns: 1,
    protect: false,
    extra: { tabColor: flagCells.length > 0 ? PALETTE.alarm : PALETTE.title },
  });
};

/** The annex's resources sheets: resources by goal (with execution per sector and objective), budget execution by output. */
export const resourcesAnnexSheets = (ctx: Ctx): SheetSpec[] => [
  resourcesByGoalSheet(ctx),
  budgetExecutionSheet(ctx),
];
export type { Ctx as ResourcesAnnexContext };
