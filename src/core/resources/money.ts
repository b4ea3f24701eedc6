import type { CellData } from "../snapshot";

/** Approved budget and actual expenditure, in the plan's currency. */
export interface Money {
  readonly budget: number;
  readonly expenditure: number;
}

export const NO_MONEY: Money = { budget: 0, expenditure: 0 };

/**
 * What an amount cell adds to a total: its number, and nothing for anything else (text, a date, an error), as
 * Excel's SUM and SUMPRODUCT count it. The rules report such cells; the totals stay what the workbook shows.
 */
export const amountOf = (value: CellData): number => (typeof value === "number" ? value : 0);

export const addMoney = (a: Money, b: Money, factor = 1): Money => ({
  budget: a.budget + b.budget * factor,
  expenditure: a.expenditure + b.expenditure * factor,
});

/** Expenditure as a share of budget (1 = all spent), or null where there is no positive budget to spend. */
export const executionRate = (money: Money): number | null =>
  money.budget > 0 ? money.expenditure / money.budget : null;
