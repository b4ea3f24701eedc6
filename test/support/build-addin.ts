import { createRequire } from "node:module";
import { join } from "node:path";
import webpack from "webpack";

type MakeConfig = (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Promise<webpack.Configuration>;

/** Builds the add-in's pages (production mode, as shipped) into `outDir` with webpack's Node API. */
export const buildAddin = async (outDir: string): Promise<webpack.Stats> => {
  const makeConfig = createRequire(__filename)(
    join(__dirname, "..", "..", "webpack.config.js")
  ) as MakeConfig;
  const config = await makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  config.context = join(__dirname, "..", "..");
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors())
        return reject(new Error(stats?.toString("errors-only") ?? "webpack gave no stats"));
      resolve(stats);
    })
  );
};
