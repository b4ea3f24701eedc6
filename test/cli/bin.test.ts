import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/cli-harness";

const BIN = join(__dirname, "../../bin/kpi-report.js");

describe("the kpi-report executable", () => {
  it("lists the shipped plans", () => {
    const out = execFileSync("node", [BIN, "plans"], { encoding: "utf8" });
    expect(
      out
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => l.split("\t")[0])
    ).toEqual(["id", "itu-2008-2011", "itu-2012-2015"]);
  });

  it("runs as an executable, as npm links it, with the runtime settings its first line gives node", () => {
    // The first line runs node with a small young generation and a heap that grows by a fifth at a time
    // (docs/engine-performance.md); `env -S` splits it.
    expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe(
      "#!/usr/bin/env -S node --max-semi-space-size=2 --heap-growing-percent=20"
    );
    const out = join(tempDir(), "direct.xlsx");
    execFileSync(BIN, ["new", "--plan", "itu-2008-2011", "--period", "2011", "--out", out]);
    const r = spawnSync(BIN, ["validate", out, "--json"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ file: out, plan: "itu-2008-2011" });
  });

  it("exits 2 with one line and no stack trace on bad input", () => {
    const r = spawnSync("node", [BIN, "validate", join(tempDir(), "missing.xlsx")], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^kpi-report: .*missing\.xlsx: no such file$/),
    ]);
  });

  it("stops quietly when the reader of its output goes away", () => {
    const out = join(tempDir(), "w.xlsx");
    execFileSync("node", [BIN, "new", "--plan", "itu-2008-2011", "--period", "2011", "--out", out]);
    const r = spawnSync("bash", ["-c", `node "${BIN}" validate "${out}" | head -1`], {
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.split("\n")[0]).toMatch(/plan itu-2008-2011, reporting year 2011/);
  });
});
