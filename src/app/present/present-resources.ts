import type { ResourceFigures, ResourcesSummary, ResourceTotal } from "../summarise-resources";
import { translatorFor, type Translator } from "../../core/i18n";
import { say } from "./say";

/** A figure as shown: its text, and how long its bar is (0 to 1 of the table's scale). */
export interface ResourceCell {
  readonly text: string;
  readonly bar: number;
}

/** A goal's or a sector's line: budget and expenditure on one scale, execution against 100%. */
export interface ResourceRowView {
  readonly label: string;
  readonly budget: ResourceCell;
  readonly expenditure: ResourceCell;
  /** `over` where more was spent than budgeted (the bar is then full). */
  readonly execution: ResourceCell & { readonly over: boolean };
}

/** One table of the summary: its caption, column headers, a line per goal or sector, and their total (no bars). */
export interface ResourceTableView {
  readonly caption: string;
  /** The label column's header, then Budget, Expenditure and Execution. */
  readonly headers: readonly [string, string, string, string];
  readonly rows: readonly ResourceRowView[];
  readonly total: {
    readonly label: string;
    readonly budget: string;
    readonly expenditure: string;
    readonly execution: string;
  };
}

/** The resources summary in words and figures, for the pane's Resources section. */
export interface ResourcesView {
  /** "plan itu-2012-2015, reporting year 2013, amounts in CHF". */
  readonly about: string;
  /** Why there is nothing to show (a workbook made before resources), after the workbook's name; or null. */
  readonly none: string | null;
  readonly byGoal: ResourceTableView;
  readonly bySector: ResourceTableView;
  /** What the resources rules found, in one sentence, and one line per rule that found something. */
  readonly findings: string;
  readonly findingLines: readonly string[];
  /** The number of findings of the resources rules (0: nothing to fix). */
  readonly findingCount: number;
}

/** Amounts in the plan's currency, whole units, in the officer's locale; a plain number where there is none. */
const amountFormat = (
  currency: string | null,
  locale: string | undefined
): ((n: number) => string) => {
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  if (currency === null) return (n) => plain.format(n);
  try {
    const money = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: "code",
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    // The space between code and number may break (Intl's is a no-break one): in a narrow pane the code then goes
    // above the number rather than the table past the pane's edge. The number itself never breaks.
    return (n) =>
      money
        .formatToParts(n)
        .map((part, i, parts) =>
          part.type === "literal" &&
          /^\s+$/u.test(part.value) &&
          [parts[i - 1]?.type, parts[i + 1]?.type].includes("currency")
            ? " "
            : part.value
        )
        .join("");
  } catch {
    // Not an ISO 4217 code Intl knows: the number, then the plan's own word for its currency.
    return (n) => `${plain.format(n)} ${currency}`;
  }
};

const table = (
  lines: readonly ResourceFigures[],
  all: ResourceTotal,
  words: {
    caption: string;
    label: string;
    total: string;
    budget: string;
    expenditure: string;
    execution: string;
    noBudget: string;
  },
  amount: (n: number) => string,
  percent: (n: number) => string
): ResourceTableView => {
  // Budget and expenditure share one scale, so that a goal's two bars can be set against each other.
  const scale = Math.max(0, ...lines.flatMap((l) => [l.money.budget, l.money.expenditure]));
  const bar = (n: number): number => (scale > 0 ? Math.min(1, Math.max(0, n / scale)) : 0);
  const rate = (r: number | null): string => (r === null ? words.noBudget : percent(r));
  return {
    caption: words.caption,
    headers: [words.label, words.budget, words.expenditure, words.execution],
    rows: lines.map((l) => ({
      label: l.label,
      budget: { text: amount(l.money.budget), bar: bar(l.money.budget) },
      expenditure: { text: amount(l.money.expenditure), bar: bar(l.money.expenditure) },
      execution: {
        text: rate(l.rate),
        bar: l.rate === null ? 0 : Math.min(1, Math.max(0, l.rate)),
        over: l.rate !== null && l.rate > 1,
      },
    })),
    total: {
      label: words.total,
      budget: amount(all.money.budget),
      expenditure: amount(all.money.expenditure),
      execution: rate(all.rate),
    },
  };
};

/**
 * The resources summary as the pane shows it: amounts in the plan's currency and rates as percentages, formatted
 * for `locale` (the officer's, where not given), each with the length of its bar, and the resources rules'
 * findings counted, worded in the translator's language.
 * @example presentResources(summary, "de-CH").byGoal.rows[0]?.budget.text // "CHF 1’254’000"
 */
export const presentResources = (
  s: ResourcesSummary,
  locale?: string,
  tr: Translator = translatorFor("en")
): ResourcesView => {
  const w = (key: Parameters<typeof say>[0], params?: Parameters<typeof say>[1]): string =>
    say(key, params, tr);
  const columns = {
    budget: w("resources.budget"),
    expenditure: w("resources.expenditure"),
    execution: w("resources.execution"),
    noBudget: w("resources.noBudget"),
  };
  const amount = amountFormat(s.currency, locale);
  const percentFormat = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const percent = (n: number): string => percentFormat.format(n);
  const { errors, warnings, info } = s.findings;
  return {
    about: w("resources.about", {
      plan: s.planId,
      period: String(s.period),
      hasCurrency: s.currency === null ? "no" : "yes",
      currency: s.currency ?? "",
    }),
    none: s.hasResources ? null : w("resources.none"),
    byGoal: table(
      s.goals,
      s.allGoals,
      {
        caption: w("resources.byGoal", { period: String(s.period) }),
        label: w("resources.goal"),
        total: w("resources.allGoals"),
        ...columns,
      },
      amount,
      percent
    ),
    bySector: table(
      s.sectors,
      s.allSectors,
      {
        caption: w("resources.bySector", { period: String(s.period) }),
        label: w("resources.sector"),
        total: w("resources.allSectors"),
        ...columns,
      },
      amount,
      percent
    ),
    findings:
      errors + warnings + info === 0
        ? w("resources.findingsNone")
        : w("resources.findings", { errors, warnings, info }),
    findingLines: s.findings.byRule.map((r) => w("resources.findingRule", r)),
    findingCount: errors + warnings + info,
  };
};
