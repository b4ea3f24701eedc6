import { CliError } from "../cli-error";
import type { RegisterCommand } from "../cli-context";
import { helpKey } from "../localised-help";
import type { MessageKey } from "../../core/i18n";

const HEADER: readonly MessageKey[] = [
  "cli.out.plans.id",
  "cli.out.plans.period",
  "cli.out.plans.sectors",
  "cli.out.plans.title",
];

/** `kpi-report plans`: the plans of the plan folder, a header row then one per plan; names each broken file. */
export const plansCommand: RegisterCommand = (program, ctx) => {
  program
    .command("plans")
    .description(helpKey("cli.plans.help"))
    .option("--json", helpKey("cli.plans.json"))
    .option("--notes", helpKey("cli.plans.notes"))
    .action(async (opts: { json?: boolean; notes?: boolean }) => {
      const catalog = await ctx.plans();
      const tr = ctx.translator();
      const { planNoteLines } = await import("../../core/plan/quick");
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
          HEADER.map((key) => tr.t(key)),
          ...rows.map((r) => [
            r.id,
            r.period,
            r.sectors.join(", "),
            tr.t("cli.out.plans.row", { title: r.title, version: r.version }),
          ]),
        ].forEach((cells) => ctx.io.out(cells.join("\t")));
      if (catalog.said.length > 0) throw new CliError(catalog.said);
    });
};
