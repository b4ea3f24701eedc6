import { systemTools } from "./system-tools";

/** Says once, before any test, which suites will be skipped on this machine and how to get them. */
export default async function globalSetup(): Promise<void> {
  const missing = systemTools().filter((tool) => !tool.available);
  if (missing.length === 0) return;
  const lines = missing.map((tool) => `  - ${tool.suites}: needs ${tool.name} (${tool.path})`);
  const how =
    "sudo apt-get install -y --no-install-recommends libreoffice-calc chromium poppler-utils";
  const message =
    process.env.CI === "true" ? "CI=true, so these suites will FAIL:" : "Skipping on this machine:";
  process.stdout.write(
    `\n${message}\n${lines.join("\n")}\nInstall what they need with:\n  ${how}\n\n`
  );
}
