import { CliError } from "../cli-error";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";

const HEADER = ["id", "period", "sectors", "title (version)"];

/** `kpi-report plans`: the plans of the plan folder, a header row then one per plan; names each broken file. */
export const plansCommand: RegisterCommand = (program, ctx) => {
  program
    .command("plans")
    .description(helpKey("cli.plans.help"))
    .option("--json", helpKey("cli.plans.json"))
    .option("--notes", helpKey("cli.plans.notes"))
    .action(async (opts: { json?: boolean; notes?: boolean }) => {
      const catalog = await ctx.plans();
      const { planNoteLines } = await import("../../core/plan");
      const rows = catalog.all().map((p) => ({
        id: p.id,
        title: p.title,
        period: `${p.period.start}-${p.period.end}`,
        sectors: p.sectors.map((s) => s.id),
        version: p.version,
        ...(opts.notes ? { notes: p.notes } : {}),
      }));
      if (opts.json) ctx.io.out(JSON.stringify(rows, null, 2));
      else if (opts.notes)
        catalog
          .all()
          .forEach((p, i) =>
            [...(i > 0 ? [""] : []), ...planNoteLines(p)].forEach((line) => ctx.io.out(line))
          );
      else
        [
          HEADER,
          ...rows.map((r) => [
            r.id,
            r.period,
            r.sectors.join(", "),
            `${r.title} (version ${r.version})`,
          ]),
        ].forEach((cells) => ctx.io.out(cells.join("\t")));
      if (catalog.said.length > 0) throw new CliError(catalog.said);
    });
};
