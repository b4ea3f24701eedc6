import { z } from "zod";
import { LANGUAGES } from "../i18n";

// The task pane runs under a Content-Security-Policy without 'unsafe-eval': keep zod from compiling validators.
z.config({ jitless: true });

const plainText = z.string().min(1);

/**
 * A text of the plan: a string (English), or an object of the text by language, English required: how a plan
 * file gives its texts in several of the six languages (docs/plan-format.md, "Texts in several languages").
 */
const local = (base: z.ZodString) => {
  const empty = base.minLength === null || base.minLength === 0;
  return z
    .union([
      base,
      z.strictObject({
        en: base,
        ...Object.fromEntries(LANGUAGES.filter((l) => l !== "en").map((l) => [l, base.optional()])),
      }),
    ])
    .meta({
      id: empty ? "textOrEmpty" : "text",
      description: `A text of the plan${empty ? " (may be empty)" : ""}: a string, its English; or the text by language, "en" required and any of "ar", "zh", "fr", "ru", "es" the plan gives, such as {"en": "Conference", "fr": "Conférence"}. A workbook in a language the plan gives no text in shows the English.`,
    });
};
const id = (pattern: RegExp, example: string) =>
  z.string().regex(pattern, { message: `must look like "${example}"` });

/**
 * The plan file's shape with its texts in the form `textOf` gives them: by language (the file as written), or
 * plain strings (the file once splitPlanTexts has taken out all but the English, which the Plan is built from).
 */
const planFileSchemaWith = <T extends z.ZodType>(textOf: (base: z.ZodString) => T) => {
  const text = textOf(plainText);
  const anyText = textOf(z.string());

  const caption = {
    number: z.string().min(1).nullable(),
    title: text,
  };

  const kpi = z.strictObject({
    id: id(/^[A-Za-z0-9-]+\.kpi\.\d+\.\d+$/, "GS.kpi.2.4"),
    text,
    output: id(/^[A-Za-z0-9-]+\.out\.\d+$/, "ITU-D.out.17").optional(),
    measure: z.enum(["number", "percentage", "yes-no", "milestone", "qualitative"]),
    direction: z.enum(["up", "down"]),
    unit: anyText,
    cumulative: z.boolean().optional(),
  });

  const resultRow = z.strictObject({
    objective: id(/^[A-Za-z0-9-]+\.obj\.\d+$/, "ITU-R.obj.3"),
    objectiveText: text,
    outputs: z.array(text),
    expectedResults: z.array(
      z.strictObject({ id: id(/^[A-Za-z0-9-]+\.er\.\d+\.\d+$/, "GS.er.2.3"), text })
    ),
    kpis: z.array(kpi),
  });

  const objective = z.strictObject({
    id: id(/^[A-Za-z0-9-]+\.obj\.\d+$/, "ITU-R.obj.3"),
    number: z.number().int().positive(),
    label: text,
    shortTitle: text.optional(),
    text,
    goals: z.array(id(/^goal\.[A-Za-z0-9-]+$/, "goal.ITU-R")),
  });

  const output = z.strictObject({
    id: id(/^[A-Za-z0-9-]+\.out\.\d+$/, "ITU-D.out.17"),
    name: text,
    note: text.optional(),
    objectives: z.array(id(/^[A-Za-z0-9-]+\.obj\.\d+$/, "ITU-R.obj.3")),
  });

  const sector = z.strictObject({
    id: id(/^[A-Za-z][A-Za-z0-9-]*$/, "ITU-R"),
    name: text,
    outputTable: z.strictObject({ ...caption, outputsHeader: anyText }),
    resultsTable: z.strictObject(caption).nullable(),
    objectives: z.array(objective).min(1),
    outputs: z.array(output),
    results: z.array(resultRow),
  });

  const goal = z.strictObject({
    id: id(/^goal\.[A-Za-z0-9-]+$/, "goal.ITU-R"),
    label: text,
    title: text,
    text,
    sector: z.string().optional(),
  });

  const note = z.strictObject({
    sector: z.string().optional(),
    objective: id(/^[A-Za-z0-9-]+\.obj\.\d+$/, "ITU-R.obj.3").optional(),
    text,
  });

  const year = z.number().int().min(1900).max(2200);

  return z.strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    id: id(/^[a-z0-9][a-z0-9-]*$/, "itu-2012-2015"),
    version: id(/^\d+\.\d+\.\d+$/, "1.0.0"),
    title: text,
    source: text,
    period: z.strictObject({ start: year, end: year }),
    goalTable: z.strictObject({ ...caption, rowHeader: anyText }),
    goals: z.array(goal).min(1),
    sectors: z.array(sector).min(1),
    reporting: z
      .strictObject({
        statusBands: z
          .strictObject({ met: z.number().positive(), onTrack: z.number().positive() })
          .optional(),
        milestoneStages: z.array(plainText).min(2).optional(),
        jumpThreshold: z.number().positive().optional(),
      })
      .optional(),
    notes: z.array(note).optional(),
    document: z
      .strictObject({
        symbol: plainText.optional(),
        title: text.optional(),
        paperSize: z.enum(["A4", "Letter"]).optional(),
      })
      .optional(),
    resources: z
      .strictObject({
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as "CHF"' }),
        overspendTolerance: z.number().min(0).optional(),
        envelopes: z
          .array(
            z.strictObject({
              sector: z.string().min(1),
              year,
              amount: z.number().nonnegative(),
            })
          )
          .optional(),
      })
      .optional(),
  });
};

/** The shape of a plan file (docs/plan-format.md); plan-data/plan.schema.json is generated from it. */
export const planFileSchema = planFileSchemaWith(local);

/** A plan file with only its English texts, as a string each: what loadPlan builds the Plan from. */
export const englishPlanFileSchema = planFileSchemaWith((base) => base);

export type PlanFile = z.infer<typeof planFileSchema>;

/** A plan file with its texts as English strings. */
export type EnglishPlanFile = z.infer<typeof englishPlanFileSchema>;

/** The JSON Schema of plan files, for editors and for other tools that read plan-data/. */
export const planJsonSchema = (): Record<string, unknown> => {
  const schema = z.toJSONSchema(planFileSchema, { target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: "https://kpi-reporter.invalid/plan.schema.json",
    title: "KPI Reporter strategic plan file",
    description: "A strategic plan as data. See docs/plan-format.md.",
  };
};
