#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=20
// The compiled CLI (npm ci runs `prepare`, which compiles src/ into dist/).
const path = require("node:path");
const args = process.argv.slice(2);
// `--version` alone is answered before the CLI and its modules load: a start as quick as node's own.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { version } = require(path.join(__dirname, "..", "package.json"));
  process.stdout.write(`${version}\n`);
  process.exit(0);
}
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
