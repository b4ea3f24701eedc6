import { z } from "zod";

// The task pane runs under a Content-Security-Policy without 'unsafe-eval': keep zod from compiling validators.
z.config({ jitless: true });

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const byYear = z.record(
  z.string().regex(/^\d{4}$/, { message: 'must be a year such as "2013"' }),
  value
);

/** A values file (docs/workbook-format.md, "Values files"): loaded by parseEntriesFile when first needed. */
export const entriesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  plan: z.string().min(1),
  period: z.number().int().optional(),
  notes: z.array(z.string()).optional(),
  entries: z.record(
    z.string().min(1),
    z.strictObject({
      objective: value.optional(),
      text: value.optional(),
      measure: value.optional(),
      direction: value.optional(),
      unit: value.optional(),
      baselineYear: value.optional(),
      baseline: value.optional(),
      targets: byYear.optional(),
      actuals: byYear.optional(),
      assessments: byYear.optional(),
      dataNote: value.optional(),
      evidence: value.optional(),
    })
  ),
  resources: z
    .strictObject({
      outputs: z
        .record(
          z.string().min(1),
          z.strictObject({
            budget: byYear.optional(),
            expenditure: byYear.optional(),
            shares: z.record(z.string().min(1), value).optional(),
          })
        )
        .optional(),
      objectives: z
        .record(
          z.string().min(1),
          z.strictObject({ shares: z.record(z.string().min(1), value).optional() })
        )
        .optional(),
    })
    .optional(),
});
