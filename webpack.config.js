// Builds the add-in's pages into dist-addin/. The add-in issue adds the commands page and the https dev server.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (env, argv) => ({
  mode: argv.mode === "development" ? "development" : "production",
  devtool: "source-map",
  entry: { taskpane: "./src/taskpane/taskpane.ts" },
  output: { path: path.resolve(__dirname, "dist-addin"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true },
        },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "manifest.xml", to: "manifest.xml" },
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
      ],
    }),
  ],
});
