/**
 * Every sentence the front ends show about an outcome, in English: one template each, in ICU MessageFormat
 * (named placeholders, plurals, selects; `''` for an apostrophe next to a brace), so that these keys can move
 * as they are into the per-language catalogs of core/i18n (issue #14).
 */
export const MESSAGES = {
  // A new workbook (kpi-report new, the pane's Create)
  "insert.made":
    "plan {plan}, reporting year {period}, sectors {sectors} ({objectives, plural, one {# objective} other {# objectives}}, {outputs, plural, one {# output} other {# outputs}}, {kpis, plural, one {# KPI} other {# KPIs}} on {sheets, plural, one {# sheet} other {# sheets}})",
  "insert.period.this-year":
    "Reporting year {period}: this year, within the plan's period {start}-{end}.",
  "insert.period.plan-ended":
    "Reporting year {period}: the plan's last year, because this year ({year}) is after the plan's period {start}-{end}.",
  "insert.period.plan-not-started":
    "Reporting year {period}: the plan's first year, because this year ({year}) is before the plan's period {start}-{end}.",
  "insert.values": "{placed, plural, one {# value} other {# values}} of {file} placed",
  "insert.skipped.sector-not-included":
    "{count, plural, one {# value} other {# values}} skipped: for KPIs of sectors this workbook does not include",
  "insert.skipped.year-outside-plan":
    "{count, plural, one {# value} other {# values}} skipped: for years outside the plan's period {start}-{end}",
  // Findings (validate, submit, the pane's list, the ribbon)
  "findings.about": "plan {plan}, reporting year {period}, sectors {sectors}",
  "findings.summary":
    "{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {info} info{blocking, select, yes { (errors block submission)} other {}}",
  "findings.none": "No findings: the workbook is ready to submit.",
  "findings.workbook": "Workbook",
  "findings.severity.error": "Errors",
  "findings.severity.warning": "Warnings",
  "findings.severity.info": "Info",
  "findings.group": "{title} ({count})",
  "findings.place": "{sheet}!{cell}",
  "findings.line": "{place}  {message}  [{rule}]",
  "findings.notListed":
    "{warnings, plural, one {# warning} other {# warnings}} and {info} info not listed here (validate lists every finding)",
  "findings.ribbon": "{summary}: see the {sheet} sheet, whose links go to each cell.",
  // Verification
  "verify.stampedBy": "stamped {at}{named, select, yes { by {preparer}} other {}}",
  "verify.unchanged": "{file}: unchanged since it was {stamped} ({about})",
  "verify.changed": "{file}: CHANGED since it was {stamped} ({about})",
  "verify.hash": "{algorithm} {hash} over {cells, plural, one {# cell} other {# cells}} ({form})",
  "verify.stampedHash": "stamped {algorithm} {hash}",
  "verify.currentHash": "content now {hash}",
  "verify.recordAltered":
    "The stamp's own record of the cells was altered too: old values cannot be trusted, and are not shown.",
  "verify.cannotName":
    "The changed cells cannot be named: the stamp's record of the cells was edited to match.",
  "verify.changedCount": "{count, plural, one {# cell} other {# cells}} changed:",
  "verify.change": "{place}  {row}  {column}: {old} -> {new}",
  "verify.stampRow": "stamp",
  "verify.unknownValue": "(unknown)",
  "verify.advice":
    "Ask the sector for a fresh submission, or submit again after checking the changes.",
  // Matrix
  "matrix.built":
    "sheets {sheets} ({objectives, plural, one {# objective} other {# objectives}} and {outputs, plural, one {# output} other {# outputs}} against {goals, plural, one {# goal} other {# goals}})",
  "matrix.sheet": "''{name}''",
  "matrix.objectiveWithoutGoal": "{objective} is linked to no goal.",
  "matrix.goalWithoutObjective": "{goal} is served by no objective.",
  "matrix.objectivesWithoutGoal":
    "{count} of {total, plural, one {# objective} other {# objectives}} linked to no goal{named, select, yes {: {names}} other {}}",
  "matrix.goalsWithoutObjective":
    "{count} of {total, plural, one {# goal} other {# goals}} served by no objective{named, select, yes {: {names}} other {}}",
  "matrix.flagged": "Flagged: {gaps}",
  "matrix.allServed": "Every objective serves a goal and every goal is served.",
  "matrix.gapsFlagged":
    "{count, plural, one {# gap is} other {# gaps are}} flagged in red: fix the X marks on the Objectives sheets and build the matrix again.",
  // Annex
  "annex.made":
    "plan {plan}, reporting year {period}, {count, plural, one {# sheet} other {# sheets}} ({sheets})",
  "annex.statuses": "{kpis, plural, one {# KPI} other {# KPIs}}: {counts}",
  "annex.statusCount": "{count} {status}",
  // Resources summary (the pane's Resources section)
  "resources.about":
    "plan {plan}, reporting year {period}{hasCurrency, select, yes {, amounts in {currency}} other {}}",
  "resources.byGoal": "By goal, {period}",
  "resources.bySector": "By sector, {period}",
  "resources.goal": "Goal",
  "resources.sector": "Sector",
  "resources.budget": "Budget",
  "resources.expenditure": "Expenditure",
  "resources.execution": "Execution",
  "resources.allGoals": "All goals",
  "resources.allSectors": "All sectors",
  "resources.noBudget": "no budget",
  "resources.none":
    "has no Resources sheets: it was made before budgets and expenditure were part of the reporting workbook; update it to the current plan file to add them",
  "resources.findings":
    "The resources rules find {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} and {info} info.",
  "resources.findingsNone": "The resources rules find nothing to fix.",
  "resources.findingRule": "{title}: {count}",
  // Upgrade
  "upgrade.rebuilt":
    "{file} rebuilt from plan {plan} version {to} (it was made from version {from}), reporting year {period}, sectors {sectors}",
  "upgrade.carried":
    "carried {placed, plural, one {# value} other {# values}}, each to the same id and column",
  "upgrade.allPlaced": "every value has its place",
  "upgrade.notPlaced":
    "{count, plural, one {# value} other {# values}} not placed, listed on sheet ''{sheet}'':",
  "upgrade.notPlacedItem":
    "{place}{hasRow, select, yes { {row}} other {}}{hasColumn, select, yes { / {column}} other {}}: {value}: {reason}",
  "upgrade.unknownVersion": "unknown",
  "upgrade.offer":
    "This workbook already holds a reporting workbook of plan {plan}; creating one here would replace the values entered in it. Update it to the current plan file instead: every value is carried to its KPI, output or objective by id, and anything the plan no longer has is listed on a sheet “Not placed”.",
  // Consolidation
  "consolidate.made": "plan {plan}, reporting year {period}, sectors {sectors}",
  "consolidate.from": "from {file}",
  "consolidate.fromUnverified":
    "from {file}  NOT VERIFIED ({why, select, changed {changed after stamping} other {no readable stamp}}), marked in the workbook",
  "consolidate.skipped": "not from {file}: {reason}",
  "consolidate.stamped":
    "stamped: {algorithm} {hash} over {cells, plural, one {# cell} other {# cells}}",
  "consolidate.refused": "{problem}{hint, select, none {} other { ({hint})}}",
  "consolidate.nothingWritten": "Nothing was written.",
  "consolidate.fileName": "{plan}-{period}-council.xlsx",
  "annex.fileName": "{plan}-{period}-annex.xlsx",
  // Stamp (submit, the pane's stamp, the ribbon)
  "stamp.submitted":
    "{file} stamped for submission (plan {plan}, reporting year {period}, sectors {sectors})",
  "stamp.detail":
    "preparer {preparer}, stamped {at}; validation: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {info} info",
  "stamp.hash": "{algorithm} {hash} over {cells, plural, one {# cell} other {# cells}}",
  "stamp.label.plan": "Plan",
  "stamp.value.plan": "{plan} (version {version})",
  "stamp.label.sectors": "Sectors",
  "stamp.label.period": "Reporting year",
  "stamp.label.preparer": "Preparer",
  "stamp.label.stampedAt": "Stamped",
  "stamp.label.validation": "Validation",
  "stamp.value.validation":
    "{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {info, plural, one {# note} other {# notes}}",
  "stamp.label.hash": "{algorithm} of the content",
  "stamp.label.cells": "Cells covered",
  "stamp.refused":
    "{file}: not submitted: validation found {errors, plural, one {# error} other {# errors}} (listed above); fix them and submit again. Nothing was written.",
} as const;

/** The key of a message in the catalog. */
export type MessageKey = keyof typeof MESSAGES;

/** A catalog of messages: every key, one template each (English is MESSAGES; others follow its keys). */
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
