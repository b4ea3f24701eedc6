import {
  AMOUNT_FORMAT,
  CellValue,
  columnNumberFormats,
  gridCell,
  resourcesSheetName,
  SheetSpec,
} from "../layout";
import type { Alignment } from "../layout";
import type { Language } from "../format";
import { translatorFor } from "../i18n";
import type { Plan } from "../plan";
import {
  addMoney,
  executionRate,
  Money,
  moneyIn,
  NO_MONEY,
  ObjectiveLine,
  ResourceRollup,
} from "../resources";
import { MATRIX_COMMAND } from "./build-matrix-sheets";
import { matrixGridSheet, sectorGroupRows } from "./matrix-grid-sheet";

export const AMOUNT_MATRIX_SHEET = "Part II Matrix, Amounts";
export const OUTPUTS_BY_GOAL_AMOUNTS_SHEET = "Outputs by Goal, Amounts";

interface AmountRow {
  readonly kind: "sector" | "item";
  readonly label: string;
  /** Per goal of the roll-up, the money the row gives it. */
  readonly perGoal: readonly Money[];
  /** The row's own money, whether or not it reaches a goal. */
  readonly total: Money;
}

const rate = (money: Money): CellValue => executionRate(money);

/**
 * One matrix in amounts: per row the reporting year's budget it gives each goal, then its own budget,
 * expenditure and execution; below, per goal, the budget, expenditure and execution it receives. A row whose
 * money reaches no goal is flagged: its money is in its total and in no goal's.
 */
const amountMatrixSheet = (
  plan: Plan,
  rollup: ResourceRollup,
  period: number,
  rows: readonly AmountRow[],
  text: { name: string; title: string; subtitle: string; corner: string; firstColumnWidth: number },
  language: Language
): SheetSpec => {
  const { t } = translatorFor(language);
  const goals = rollup.goals;
  const year = {
    period: String(period),
    hasCurrency: rollup.currency ? "yes" : "no",
    currency: rollup.currency ?? "",
  };
  const header: CellValue[] = [
    text.corner,
    ...goals.map((g) => g.label),
    t("matrix.grid.budget", year),
    t("matrix.grid.expenditure", year),
    t("matrix.grid.execution", year),
  ];
  const body: CellValue[][] = rows.map((r) =>
    r.kind === "sector"
      ? [r.label, ...goals.map(() => null), null, null, null]
      : [
          r.label,
          ...r.perGoal.map((m) => m.budget),
          r.total.budget,
          r.total.expenditure,
          rate(r.total),
        ]
  );
  const items = rows.filter((r) => r.kind === "item");
  const all = items.reduce((sum, r) => addMoney(sum, r.total), NO_MONEY);
  const goalMoney = goals.map((g) => moneyIn(rollup, g, period));
  const reaching = goalMoney.reduce((sum, m) => addMoney(sum, m), NO_MONEY);
  const gridRows: CellValue[][] = [
    header,
    ...body,
    [
      t("matrix.grid.budgetByGoal"),
      ...goalMoney.map((m) => m.budget),
      all.budget,
      all.expenditure,
      rate(all),
    ],
    [
      t("matrix.grid.expenditureByGoal"),
      ...goalMoney.map((m) => m.expenditure),
      reaching.expenditure,
      null,
      null,
    ],
    [t("matrix.grid.executionByGoal"), ...goalMoney.map(rate), rate(reaching), null, null],
  ];
  const flagCells = rows.flatMap((r, i) => {
    const reached = r.perGoal.reduce((sum, m) => sum + m.budget + m.expenditure, 0);
    const own = r.total.budget + r.total.expenditure;
    return r.kind === "item" && own > 0 && Math.abs(own - reached) > 1e-6 * own
      ? [gridCell(i + 1, 0)]
      : [];
  });
  const align: Alignment[] = [
    "left",
    ...goals.map((): Alignment => "right"),
    "right",
    "right",
    "right",
  ];
  return matrixGridSheet(
    plan,
    text,
    {
      rows: gridRows,
      align,
      numberFormats: columnNumberFormats(gridRows, 1, [
        null,
        ...goals.map(() => AMOUNT_FORMAT),
        AMOUNT_FORMAT,
        AMOUNT_FORMAT,
        "0%",
      ]),
      groupRows: sectorGroupRows(rows),
      totalRows: [gridRows.length - 3],
      flagCells,
    },
    [text.firstColumnWidth, ...goals.map(() => 14), 15, 15, 12],
    language
  );
};

const bySector = <T extends { readonly sector: string | null }>(
  plan: Plan,
  rollup: ResourceRollup,
  lines: readonly T[],
  row: (line: T) => AmountRow
): AmountRow[] =>
  rollup.sectors.flatMap((sector) => [
    {
      kind: "sector" as const,
      label: plan.sectors.find((s) => s.id === sector.id)?.name ?? sector.id,
      perGoal: [],
      total: NO_MONEY,
    },
    ...lines.filter((l) => l.sector === sector.id).map(row),
  ]);

/**
 * The Part II matrix in amounts (docs/annex-format.md): objectives x goals and outputs x goals, each cell the
 * reporting year's budget that the row gives the goal through the workbook's links and shares; its words in
 * `language`, its sheets' names the same in every language.
 */
export const buildAmountMatrixSheets = (
  plan: Plan,
  rollup: ResourceRollup,
  period: number,
  language: Language = "en"
): SheetSpec[] => {
  const { t } = translatorFor(language);
  const resourcesSheet = resourcesSheetName({ id: "<sector>" });
  const objectiveById = new Map(rollup.objectives.map((o) => [o.id, o]));
  const objectiveRow = (o: ObjectiveLine): AmountRow => {
    const own = moneyIn(rollup, o, period);
    return {
      kind: "item",
      label: o.label,
      perGoal: rollup.goals.map((g) => {
        const share = o.toGoals.get(g.id) ?? 0;
        return { budget: own.budget * share, expenditure: own.expenditure * share };
      }),
      total: own,
    };
  };
  return [
    amountMatrixSheet(
      plan,
      rollup,
      period,
      bySector(plan, rollup, rollup.objectives, objectiveRow),
      {
        name: AMOUNT_MATRIX_SHEET,
        title: t("matrix.title.amounts", { period: String(period) }),
        subtitle: t("matrix.subtitle.amounts", { resourcesSheet, command: MATRIX_COMMAND }),
        corner: t("matrix.grid.sectorObjective"),
        firstColumnWidth: 26,
      },
      language
    ),
    amountMatrixSheet(
      plan,
      rollup,
      period,
      bySector(plan, rollup, rollup.outputs, (o) => {
        const own = moneyIn(rollup, o, period);
        return {
          kind: "item",
          label: o.label,
          perGoal: rollup.goals.map((g) => {
            const share = [...o.toObjectives].reduce(
              (sum, [objective, s]) =>
                sum + s * (objectiveById.get(objective)?.toGoals.get(g.id) ?? 0),
              0
            );
            return { budget: own.budget * share, expenditure: own.expenditure * share };
          }),
          total: own,
        };
      }),
      {
        name: OUTPUTS_BY_GOAL_AMOUNTS_SHEET,
        title: t("matrix.title.outputAmounts", { period: String(period) }),
        subtitle: t("matrix.subtitle.outputAmounts"),
        corner: t("matrix.grid.sectorOutput"),
        firstColumnWidth: 60,
      },
      language
    ),
  ];
};
