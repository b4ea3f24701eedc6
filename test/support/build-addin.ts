import { createRequire } from "node:module";
import { join } from "node:path";
import webpack from "webpack";

type MakeConfig = (
  env: Record<string, unknown>,
  argv: { mode: string }
) => Promise<webpack.Configuration>;

const ROOT = join(__dirname, "..", "..");

const compile = (config: webpack.Configuration): Promise<webpack.Stats> =>
  new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors())
        return reject(new Error(stats?.toString("errors-only") ?? "webpack gave no stats"));
      resolve(stats);
    })
  );

/** Builds the add-in's pages (production mode, as shipped) into `outDir` with webpack's Node API. */
export const buildAddin = async (outDir: string): Promise<webpack.Stats> => {
  const makeConfig = createRequire(__filename)(join(ROOT, "webpack.config.js")) as MakeConfig;
  const config = await makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  config.context = ROOT;
  return compile(config);
};

/**
 * Builds the in-memory Excel for the browser as `outDir/office.js`: served in place of Microsoft's office.js, it
 * gives the add-in's pages `Office` and `Excel` over the fake (test/support/office-fake). Development mode and
 * no type check: it is test code, type-checked with the rest by `npm run typecheck`.
 */
export const buildOfficeFake = (outDir: string): Promise<webpack.Stats> =>
  compile({
    mode: "development",
    devtool: false,
    context: ROOT,
    target: "web",
    entry: "./test/support/office-fake/office-fake-entry.ts",
    output: { path: outDir, filename: "office.js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              transpileOnly: true,
              compilerOptions: { module: "es2020" },
            },
          },
        },
      ],
    },
  });
