import { translatorFor, type Translator } from "../../core/i18n";
import { describeCell } from "../../core/snapshot";
import { NOT_PLACED_SHEET } from "../../core/upgrade";
import type { UpgradeOutcome } from "../upgrade-workbook";
import { say } from "./say";

/** An upgrade's outcome in words: what was rebuilt, what was carried, and each value not placed. */
export interface UpgradeView {
  /** "<file> rebuilt from plan p version 2.0.0 (it was made from version 1.0.0), reporting year ..., sectors ...". */
  readonly rebuilt: string;
  /** "carried 38 values, each to the same id and column". */
  readonly carried: string;
  /** "every value has its place", or "9 values not placed, listed on sheet 'Not placed':". */
  readonly placement: string;
  /** Each value not placed: where it was, which row and column, the value, and why. */
  readonly notPlaced: readonly string[];
}

/** The words instead of refusing Create, where the open workbook already holds this plan's workbook. */
export const presentUpgradeOffer = (planId: string, tr: Translator = translatorFor("en")): string =>
  say("upgrade.offer", { plan: planId }, tr);

/** An upgrade's outcome as every front end words it; `file` names the workbook upgraded. */
export const presentUpgrade = (
  file: string,
  u: UpgradeOutcome,
  tr: Translator = translatorFor("en")
): UpgradeView => ({
  rebuilt: say(
    "upgrade.rebuilt",
    {
      file,
      plan: u.planId,
      to: u.toVersion,
      from: u.fromVersion || say("upgrade.unknownVersion", {}, tr),
      period: u.period,
      sectors: u.sectors.join(", "),
    },
    tr
  ),
  carried: say("upgrade.carried", { placed: u.placed }, tr),
  placement:
    u.notPlaced.length === 0
      ? say("upgrade.allPlaced", {}, tr)
      : say(
          "upgrade.notPlaced",
          { count: u.notPlaced.length, sheet: u.notPlacedSheet ?? NOT_PLACED_SHEET },
          tr
        ),
  notPlaced: u.notPlaced.map((n) =>
    say(
      "upgrade.notPlacedItem",
      {
        place: `${n.sheet}!${n.cell}`,
        hasRow: n.rowId ? "yes" : "no",
        row: n.rowId ?? "",
        hasColumn: n.column ? "yes" : "no",
        column: n.column ?? "",
        value: describeCell(n.value),
        reason: n.why ? tr.t(n.why.key, n.why.values) : n.reason,
      },
      tr
    )
  ),
});
