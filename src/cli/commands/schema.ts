import { resolve } from "node:path";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";

/** `kpi-report schema`: writes the JSON Schema of plan files. */
export const schemaCommand: RegisterCommand = (program, ctx) => {
  program
    .command("schema")
    .description(helpKey("cli.schema.help"))
    .requiredOption("--out <file.json>", helpKey("cli.schema.out"))
    .option("--force", helpKey("cli.schema.force"))
    .action(async (opts: { out: string; force?: boolean }) => {
      const { planJsonSchema, writeFileAtomic } = await import("../engine");
      const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
      await writeFileAtomic(resolve(opts.out), new TextEncoder().encode(text), {
        force: opts.force === true,
      });
      ctx.io.out(`Wrote ${opts.out}`);
    });
};
