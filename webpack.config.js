// Builds the add-in's pages into dist-addin/: the task pane, the ribbon's function file (commands) and its notice
// dialog, the manifest and the icons. `npm run dev-server` serves them at https://localhost:3000/ with Office's
// development certificate; `ADDIN_URL=https://host/path/ npm run build` rewrites the manifest's URLs for production.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/**
 * The pane's style sheets (src/taskpane/styles/), in cascade order: webpack joins them into the one taskpane.css
 * every page links, so the pane makes one request for its styles as before the split.
 */
const STYLES = ["base", "forms", "layout", "findings", "results", "resources"];

/** The style sheets joined in STYLES order; a sheet missing from that list fails the build rather than vanish. */
const joinStyles = (assets) => {
  const named = new Map(assets.map((a) => [path.basename(a.sourceFilename, ".css"), a]));
  const unlisted = [...named.keys()].filter((name) => !STYLES.includes(name));
  if (unlisted.length > 0)
    throw new Error(
      `src/taskpane/styles/: add ${unlisted.join(", ")} to STYLES in webpack.config.js`
    );
  return STYLES.map((name) => {
    const asset = named.get(name);
    if (!asset) throw new Error(`src/taskpane/styles/${name}.css is missing`);
    return asset.data.toString();
  }).join("\n");
};

/** The URL the production manifest points at: ADDIN_URL, which must be https and end with a slash. */
const productionUrl = () => {
  const url = process.env.ADDIN_URL;
  if (url === undefined || url === "") return DEV_URL;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(url)) {
    throw new Error(
      `ADDIN_URL must be an https URL ending with "/" (for example https://reports.example.org/kpi/), not "${url}"`
    );
  }
  return url;
};

/** The dev server's https options: Office's development certificate, installed and trusted on first use. */
const httpsOptions = async () => {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
};

/**
 * One Content-Security-Policy for every page: scripts only from this origin and Office's CDN, no inline script or
 * style, nothing sent anywhere else. html-webpack-plugin writes it, with the viewport, into each page's <head>.
 */
const CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; " +
  "connect-src 'self' https://appsforoffice.microsoft.com; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
const PAGE_META = {
  "Content-Security-Policy": { "http-equiv": "Content-Security-Policy", content: CSP },
  viewport: "width=device-width, initial-scale=1",
};

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const url = dev ? DEV_URL : productionUrl();
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist-addin"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          // The catalogs without the words only the kpi-report command says; `?part=first` and `?part=rest` split
          // a language's catalog into what the pane shows before it runs anything and the rest.
          test: /[\\/]src[\\/]core[\\/]i18n[\\/]catalogs[\\/][a-z]+\.json$/,
          use: path.resolve(__dirname, "scripts/page-catalogs.js"),
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              // ES modules, so that webpack splits `import()` into chunks (ExcelJS loads only when needed).
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    performance: {
      // The budget that matters is the first load, 150 KB gzipped (npm run size); webpack's own is on raw bytes.
      hints: false,
    },
    plugins: [
      // The pages carry English and fetch another language's catalog when first needed (src/addin/lazy-catalogs.ts)
      // rather than all six catalogs; the engine in Node keeps src/core/i18n/catalogs.ts, which reads each when first used.
      new webpack.NormalModuleReplacementPlugin(/^\.\/catalogs$/, (resource) => {
        if (path.resolve(resource.context) === path.resolve(__dirname, "src/core/i18n"))
          resource.request = path.resolve(__dirname, "src/addin/lazy-catalogs.ts");
      }),
      // Node inflates a part with its zlib (src/adapters/xlsx/inflate-raw.ts); the pages with fflate.
      new webpack.NormalModuleReplacementPlugin(/^\.\/inflate-raw$/, (resource) => {
        if (path.resolve(resource.context) === path.resolve(__dirname, "src/adapters/xlsx"))
          resource.request = path.resolve(__dirname, "src/addin/inflate-raw.ts");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        meta: PAGE_META,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        meta: PAGE_META,
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        meta: PAGE_META,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/styles/*.css", to: "taskpane.css", transformAll: joinStyles },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
};
