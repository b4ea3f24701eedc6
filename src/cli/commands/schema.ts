import { resolve } from "node:path";
import type { RegisterCommand } from "../cli-context";

/** `kpi-report schema`: writes the JSON Schema of plan files. */
export const schemaCommand: RegisterCommand = (program, ctx) => {
  program
    .command("schema")
    .description("write the JSON Schema of plan files")
    .requiredOption("--out <file.json>", "where to write it")
    .option("--force", "replace the file if it exists")
    .action(async (opts: { out: string; force?: boolean }) => {
      const { planJsonSchema, writeFileAtomic } = await import("../engine");
      const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
      await writeFileAtomic(resolve(opts.out), new TextEncoder().encode(text), {
        force: opts.force === true,
      });
      ctx.io.out(`Wrote ${opts.out}`);
    });
};
