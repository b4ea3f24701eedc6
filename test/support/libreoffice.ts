import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tempDir } from "./cli-harness";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

// A fresh profile that tells Calc to recalculate every formula on load, whatever the file's cached values say.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens a file in LibreOffice (headless), recalculates it and saves it in another format
 * ("xlsx", "pdf", ...); returns the path of the converted file. `inFilter` says how to read it
 * (for a CSV: separators, charset, whether to evaluate formulas).
 */
export const libreOfficeConvert = async (
  file: string,
  format: string,
  inFilter?: string
): Promise<string> => {
  const work = tempDir();
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const outDir = join(work, "out");
  await run(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      ...(inFilter ? [`--infilter=${inFilter}`] : []),
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 120_000 }
  );
  return join(outDir, basename(file).replace(/\.[^.]+$/, `.${format.split(":")[0]}`));
};
