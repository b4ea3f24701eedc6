import { WORKBOOK_LIMITS } from "../snapshot";
import { fail, ok, Result } from "../result";
import { DEFAULT_REPORTING, DEFAULT_RESOURCES, Plan, PlanTexts } from "./plan";
import { jsonPath } from "./json-path";
import type { EnglishPlanFile } from "./plan-schema";
import { planIn, planLanguages } from "./plan-text";
import { outputDisagreements, type OutputDisagreement } from "./output-disagreements";
import { saidAt, type SaidAt } from "./plan-messages";

/**
 * A problem with a plan file: where it is (a JSON path such as `$.sectors[0].outputs[3]`) and what is wrong, in
 * English (`message`) and as a keyed message (`said`).
 */
export type PlanError = SaidAt;

/**
 * The Plan of a plan file whose shape the schema accepted (`file`, its texts in English; `texts`, the other
 * languages' by JSON path), once its texts fit in cells and its references hold. It needs no schema library: the
 * quick path (load-plan-quick.ts) and loadPlan share it.
 */
export const buildPlan = (
  json: unknown,
  file: EnglishPlanFile,
  texts: PlanTexts
): Result<Plan, PlanError> => {
  const tooLong = textsOverCellLimit(json);
  if (tooLong.length > 0) return fail(tooLong);
  // The annex's title is the plan's where the file gives none, in every language the plan's title has.
  const titles = texts["$.title"];
  const allTexts: PlanTexts =
    file.document?.title === undefined && titles !== undefined
      ? { ...texts, "$.document.title": titles }
      : texts;
  const plan: Plan = {
    formatVersion: file.formatVersion,
    id: file.id,
    version: file.version,
    title: file.title,
    source: file.source,
    period: file.period,
    goalTable: file.goalTable,
    goals: file.goals,
    sectors: file.sectors,
    reporting: {
      statusBands: file.reporting?.statusBands ?? DEFAULT_REPORTING.statusBands,
      milestoneStages: file.reporting?.milestoneStages ?? DEFAULT_REPORTING.milestoneStages,
      jumpThreshold: file.reporting?.jumpThreshold ?? DEFAULT_REPORTING.jumpThreshold,
    },
    notes: file.notes ?? [],
    document: {
      symbol: file.document?.symbol ?? null,
      title: file.document?.title ?? file.title,
      paperSize: file.document?.paperSize ?? "A4",
    },
    resources: {
      currency: file.resources?.currency ?? DEFAULT_RESOURCES.currency,
      overspendTolerance:
        file.resources?.overspendTolerance ?? DEFAULT_RESOURCES.overspendTolerance,
      envelopes: file.resources?.envelopes ?? DEFAULT_RESOURCES.envelopes,
    },
    ...(Object.keys(allTexts).length > 0 ? { texts: allTexts } : {}),
  };
  const errors = checkReferences(plan);
  if (errors.length === 0) errors.push(...translatedTablesAgree(plan));
  return errors.length > 0 ? fail(errors) : ok(plan);
};

/**
 * Every text longer than a cell can hold (32,767 characters, WORKBOOK_LIMITS.cellChars), at its JSON path:
 * each plan text is written into a workbook cell, and Excel cannot open a cell past that.
 */
const textsOverCellLimit = (json: unknown): PlanError[] =>
  anyTextOverCellLimit(json) ? textsOverCellLimitAt(json) : [];

/** Whether any text is longer than a cell holds: a walk that builds no path, for the usual plan that has none. */
const anyTextOverCellLimit = (json: unknown): boolean => {
  if (typeof json === "string") return json.length > WORKBOOK_LIMITS.cellChars;
  if (typeof json !== "object" || json === null) return false;
  for (const value of Array.isArray(json) ? json : Object.values(json))
    if (anyTextOverCellLimit(value)) return true;
  return false;
};

const textsOverCellLimitAt = (json: unknown, path: (string | number)[] = []): PlanError[] => {
  if (typeof json === "string")
    return json.length > WORKBOOK_LIMITS.cellChars
      ? [
          saidAt(jsonPath(path), "error.plan.tooLong", {
            length: json.length,
            limit: WORKBOOK_LIMITS.cellChars,
          }),
        ]
      : [];
  if (Array.isArray(json)) return json.flatMap((v, i) => textsOverCellLimitAt(v, [...path, i]));
  if (typeof json === "object" && json !== null)
    return Object.entries(json).flatMap(([k, v]) => textsOverCellLimitAt(v, [...path, k]));
  return [];
};

/** Every id unique, every link pointing at something that exists, numbering consistent. */
const checkReferences = (plan: Plan): PlanError[] => {
  const errors: PlanError[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const first = seen.get(id);
    if (first !== undefined) errors.push(saidAt(path, "error.plan.duplicateId", { id, first }));
    else seen.set(id, path);
  };

  if (plan.period.end < plan.period.start) {
    errors.push(
      saidAt("$.period", "error.plan.periodBackwards", {
        end: String(plan.period.end),
        start: String(plan.period.start),
      })
    );
  }
  const { met, onTrack } = plan.reporting.statusBands;
  if (onTrack > met) {
    errors.push(
      saidAt("$.reporting.statusBands", "error.plan.bandsOrder", {
        onTrackName: "onTrack",
        onTrack: String(onTrack),
        metName: "met",
        met: String(met),
      })
    );
  }

  const goalIds = new Set(plan.goals.map((g) => g.id));
  const sectorIds = new Set(plan.sectors.map((s) => s.id));
  const envelopeSeen = new Set<string>();
  plan.resources.envelopes.forEach((envelope, e) => {
    const path = `$.resources.envelopes[${e}]`;
    const key = `${envelope.sector} ${envelope.year}`;
    if (!sectorIds.has(envelope.sector))
      errors.push(saidAt(`${path}.sector`, "error.plan.notSector", { id: envelope.sector }));
    if (envelope.year < plan.period.start || envelope.year > plan.period.end)
      errors.push(
        saidAt(`${path}.year`, "error.plan.yearOutside", {
          year: String(envelope.year),
          start: String(plan.period.start),
          end: String(plan.period.end),
        })
      );
    if (envelopeSeen.has(key))
      errors.push(
        saidAt(path, "error.plan.secondEnvelope", {
          sector: envelope.sector,
          year: String(envelope.year),
        })
      );
    envelopeSeen.add(key);
  });
  plan.goals.forEach((goal, g) => {
    claim(goal.id, `$.goals[${g}]`);
    if (goal.sector !== undefined && !sectorIds.has(goal.sector)) {
      errors.push(saidAt(`$.goals[${g}].sector`, "error.plan.notSector", { id: goal.sector }));
    }
  });

  plan.sectors.forEach((sector, s) => {
    const at = `$.sectors[${s}]`;
    claim(sector.id, at);
    const prefix = `${sector.id}.`;
    const objectiveIds = new Set(sector.objectives.map((o) => o.id));
    const outputIds = new Set(sector.outputs.map((o) => o.id));
    const mustBeOwn = (value: string, path: string, kind: string): void => {
      if (!value.startsWith(prefix))
        errors.push(saidAt(path, "error.plan.notOwn", { id: value, sector: sector.id }));
      else if (kind === "objective" && !objectiveIds.has(value)) {
        errors.push(saidAt(path, "error.plan.notObjective", { id: value, sector: sector.id }));
      } else if (kind === "output" && !outputIds.has(value)) {
        errors.push(saidAt(path, "error.plan.notOutput", { id: value, sector: sector.id }));
      }
    };

    sector.objectives.forEach((objective, o) => {
      const path = `${at}.objectives[${o}]`;
      claim(objective.id, path);
      mustBeOwn(objective.id, `${path}.id`, "");
      if (objective.id !== `${sector.id}.obj.${objective.number}`) {
        errors.push(
          saidAt(`${path}.number`, "error.plan.numberMismatch", {
            number: String(objective.number),
            id: objective.id,
          })
        );
      }
      objective.goals.forEach((goal, k) => {
        if (!goalIds.has(goal))
          errors.push(saidAt(`${path}.goals[${k}]`, "error.plan.notGoal", { id: goal }));
      });
    });
    sector.outputs.forEach((output, o) => {
      const path = `${at}.outputs[${o}]`;
      claim(output.id, path);
      mustBeOwn(output.id, `${path}.id`, "");
      output.objectives.forEach((ref, k) =>
        mustBeOwn(ref, `${path}.objectives[${k}]`, "objective")
      );
    });
    sector.results.forEach((row, r) => {
      const path = `${at}.results[${r}]`;
      mustBeOwn(row.objective, `${path}.objective`, "objective");
      row.expectedResults.forEach((result, k) => {
        claim(result.id, `${path}.expectedResults[${k}]`);
        mustBeOwn(result.id, `${path}.expectedResults[${k}].id`, "");
      });
      row.kpis.forEach((kpi, k) => {
        claim(kpi.id, `${path}.kpis[${k}]`);
        mustBeOwn(kpi.id, `${path}.kpis[${k}].id`, "");
        if (kpi.output !== undefined) mustBeOwn(kpi.output, `${path}.kpis[${k}].output`, "output");
      });
    });
  });
  plan.notes.forEach((note, n) => {
    const sector = plan.sectors.find((s) => s.id === note.sector);
    if (note.sector !== undefined && !sector)
      errors.push(saidAt(`$.notes[${n}].sector`, "error.plan.notSector", { id: note.sector }));
    if (note.objective !== undefined && !sector?.objectives.some((o) => o.id === note.objective))
      errors.push(
        note.sector === undefined
          ? saidAt(`$.notes[${n}].objective`, "error.plan.notNoteObjective", {
              id: note.objective,
              field: "sector",
            })
          : saidAt(`$.notes[${n}].objective`, "error.plan.notObjective", {
              id: note.objective,
              sector: note.sector,
            })
      );
  });
  return errors;
};

/** A disagreement of Table X.2 with Table X.1 as compared: the objective and the outputs concerned. */
const disagreementKey = (d: OutputDisagreement | undefined): string =>
  d === undefined ? "" : `${d.listedOnly.length} ${d.linkedOnly.map((o) => o.id).join(",")}`;

/**
 * In every language the plan gives texts in, Table X.2 names an objective's outputs as Table X.1 does exactly
 * where the English does: a translation given to one table and not the other would show officers a
 * disagreement the plan does not have (and hide one validation must report).
 */
const translatedTablesAgree = (plan: Plan): PlanError[] =>
  planLanguages(plan).flatMap((language) => {
    const local = planIn(plan, language).plan;
    return plan.sectors.flatMap((sector, s) => {
      const english = outputDisagreements(sector);
      const translated = outputDisagreements(local.sectors[s] ?? sector);
      return sector.results.flatMap((row, r) => {
        const before = english.find((d) => d.objective === row.objective);
        const after = translated.find((d) => d.objective === row.objective);
        if (disagreementKey(before) === disagreementKey(after)) return [];
        const names = [
          ...(after?.listedOnly.map((t) => `"${t}"`) ?? []),
          ...(after?.linkedOnly.map((o) => `${o.id} "${o.name}"`) ?? []),
        ];
        return [
          saidAt(`$.sectors[${s}].results[${r}].outputs`, "error.plan.tablesDisagree", {
            language,
            objective: row.objective,
            names: names.join(", "),
          }),
        ];
      });
    });
  });
