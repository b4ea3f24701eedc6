import { buildBrowserPages } from "./browser-pages";
import { systemTools } from "./system-tools";

/** What global setup receives from jest: the run's test path patterns (jest 30's TestPathPatterns). */
interface GlobalConfig {
  readonly rootDir: string;
  readonly testPathPatterns?: { readonly patterns?: readonly string[] };
}

/**
 * Says once, before any test, which suites will be skipped on this machine and how to get them; and builds the
 * add-in's pages once for the whole run when a browser suite will run (browser-pages.ts).
 */
export default async function globalSetup(config: GlobalConfig): Promise<void> {
  const missing = systemTools().filter((tool) => !tool.available);
  if (missing.length > 0) {
    const lines = missing.map((tool) => `  - ${tool.suites}: needs ${tool.name} (${tool.path})`);
    const how =
      "sudo apt-get install -y --no-install-recommends libreoffice-calc chromium poppler-utils";
    const message =
      process.env.CI === "true"
        ? "CI=true, so these suites will FAIL:"
        : "Skipping on this machine:";
    process.stdout.write(
      `\n${message}\n${lines.join("\n")}\nInstall what they need with:\n  ${how}\n\n`
    );
  }
  await buildBrowserPages(config.rootDir, config.testPathPatterns?.patterns ?? []);
}
