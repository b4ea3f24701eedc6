#!/usr/bin/env node
// The compiled CLI (npm ci runs `prepare`, which compiles src/ into dist/).
const path = require("node:path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "dist", "cli", "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "kpi-report: not built yet; run `npm ci` (or `npm run build:cli`) first\n"
    );
    process.exit(2);
  }
  throw error;
}
cli.main();
