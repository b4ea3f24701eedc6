import { withoutPseudoMessages } from "../support/pseudo-text";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readWithExcelJs, readWithPort } from "../support/both-readers";
import { kpiReport, planDir, tempDir } from "../support/cli-harness";
import { CLEAN_VALUES } from "../support/fill";
import { CORPUS, CorpusBase, CorpusCase, CorpusRun, largestAcceptedWorkbook } from "./make-corpus";

const BIN = resolve(__dirname, "../../bin/kpi-report.js");
const SHIPPED = resolve(__dirname, "../../plan-data");
/** The heap the real executable is given in these tests: every bad input is refused within it. */
const HEAP_MB = 256;
/** The heap within which the largest workbook the limits accept is validated (docs/limits.md). */
const ACCEPTED_HEAP_MB = 768;

interface Issue {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string | null;
}
const key = (i: Issue): string => `${i.rule} ${i.sheet}!${i.cell ?? "-"}`;

let base: CorpusBase;
let cleanFindings: string[];

const made = async (dir: string, ...args: string[]): Promise<Uint8Array> => {
  const out = join(dir, `${args.join("-").replace(/[^a-z0-9-]/gi, "")}.xlsx`);
  const r = await kpiReport(...args, "--out", out);
  if (r.code !== 0) throw new Error(r.err);
  return readFileSync(out);
};

beforeAll(async () => {
  const dir = tempDir();
  const plans = planDir();
  const values = join(dir, "values.json");
  writeFileSync(values, JSON.stringify(CLEAN_VALUES));
  base = {
    plans,
    shippedPlans: SHIPPED,
    good: await made(
      dir,
      "--plans-dir",
      plans,
      "new",
      "--plan",
      "test-2020-2023",
      "--period",
      "2021",
      "--values",
      values
    ),
    itu: await made(dir, "new", "--plan", "itu-2012-2015", "--period", "2013"),
    itu2008: await made(dir, "new", "--plan", "itu-2008-2011", "--period", "2011"),
  };
  const file = join(dir, "clean.xlsx");
  writeFileSync(file, base.good);
  const clean = await kpiReport("--plans-dir", plans, "validate", file, "--json");
  cleanFindings = (JSON.parse(clean.out) as { issues: Issue[] }).issues.map(key).sort();
});

/** The arguments with the test plan's folder, unless the case names its own. */
const argsOf = (run: CorpusRun): string[] =>
  run.args.includes("--plans-dir") ? [...run.args] : ["--plans-dir", base.plans, ...run.args];

/** What the input is, to compare after the run: its bytes' hash, or (past 64 MB) its size and time of change. */
const fingerprint = (run: CorpusRun): string | undefined => {
  if (!run.input || !existsSync(run.input) || !statSync(run.input).isFile()) return undefined;
  const { size, mtimeMs } = statSync(run.input);
  return size > 64 * 1024 * 1024
    ? `${size} bytes changed at ${mtimeMs}`
    : createHash("sha256").update(readFileSync(run.input)).digest("hex");
};

/** No output file, and no temporary file beside where it would have gone. */
const expectNoOutput = (run: CorpusRun): void => {
  if (!run.out) return;
  expect(existsSync(run.out)).toBe(false);
  if (existsSync(dirname(run.out)))
    expect(readdirSync(dirname(run.out)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
};

describe("the bad-input corpus", () => {
  it("holds at least 40 cases, each named once", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))("%s", async (_, c: CorpusCase) => {
    const run = await c.make(base, tempDir());
    const before = fingerprint(run);
    const r = await kpiReport(...argsOf(run));
    const e = c.expect;
    expect({ code: r.code, err: r.err }).toEqual({
      code: e.code,
      err: e.code === 2 ? expect.any(String) : "",
    });
    if (e.code === 2) {
      const lines = r.err.split("\n");
      expect(lines).toHaveLength(e.lines ?? 1);
      lines.forEach((line) => expect(line).toMatch(/^kpi-report: /));
      expect(r.err).not.toMatch(/unexpected error|\n\s+at /);
      if (e.error) expect(r.err).toMatch(e.error);
      expectNoOutput(run);
    } else {
      if (e.findings || e.sameAsClean || e.rebuiltFromTables) {
        const found = (JSON.parse(r.out) as { issues: Issue[] }).issues.map(key);
        if (e.findings) expect(found).toEqual(expect.arrayContaining([...e.findings]));
        if (e.sameAsClean) expect(found.sort()).toEqual(cleanFindings);
        if (e.rebuiltFromTables)
          expect(found.sort()).toEqual([...cleanFindings, "metadata-rebuilt _kpi_meta!-"].sort());
      }
      if (e.output) expect(r.out).toMatch(e.output);
    }
    await e.check?.(run);
    if (before) expect(fingerprint(run)).toBe(before);
  });
});

describe("both readers on the corpus", () => {
  const xlsxInput = (run: CorpusRun): string | undefined =>
    run.input &&
    /\.xlsx$/i.test(run.input) &&
    existsSync(run.input) &&
    statSync(run.input).isFile() &&
    statSync(run.input).size <= 20 * 1024 * 1024
      ? run.input
      : undefined;

  it.each(CORPUS.map((c) => [c.name, c] as const))(
    "%s: the streaming reader reads or refuses it as the ExcelJS reader does",
    async (_, c: CorpusCase) => {
      const input = xlsxInput(await c.make(base, tempDir()));
      if (!input) return;
      const bytes = readFileSync(input);
      expect(await readWithPort("input.xlsx", bytes)).toEqual(
        await readWithExcelJs("input.xlsx", bytes)
      );
    }
  );
});

describe("the real executable on the worst of the corpus", () => {
  const cases = CORPUS.filter((c) => c.bin);

  it.each(cases.map((c) => [c.name, c] as const))(
    `%s: exit ${"code"} as in-process, one line, no stack trace, within a ${HEAP_MB} MB heap`,
    async (_, c: CorpusCase) => {
      const run = await c.make(base, tempDir());
      const r = spawnSync("node", [`--max-old-space-size=${HEAP_MB}`, BIN, ...argsOf(run)], {
        encoding: "utf8",
      });
      expect(r.status).toBe(c.expect.code);
      if (c.expect.code === 2) {
        expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^kpi-report: /)]);
        if (c.expect.error) expect(r.stderr.trim()).toMatch(c.expect.error);
        expectNoOutput(run);
      } else expect(r.stderr).toBe("");
    }
  );
});

describe("memory while refusing", () => {
  /** The largest resident set seen while `fn` runs, above what it was before, in MB. */
  const growthDuring = async (fn: () => Promise<unknown>): Promise<number> => {
    const start = process.memoryUsage().rss;
    let peak = start;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    try {
      await fn();
    } finally {
      clearInterval(timer);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    return (peak - start) / (1024 * 1024);
  };

  it.each([
    "a zip bomb: two sheets that inflate to 1 GB each, declared honestly",
    "a zip bomb whose headers lie: 1 GB declared as 10 KB",
    "a sheet of a million rows",
  ])("stays within 100 MB above where it started on %s", async (name) => {
    const c = CORPUS.find((x) => x.name === name);
    if (!c) throw new Error(`no case ${name}`);
    const run = await c.make(base, tempDir());
    let code = -1;
    const growth = await growthDuring(async () => (code = (await kpiReport(...argsOf(run))).code));
    expect(code).toBe(2);
    expect(growth).toBeLessThan(100);
  });

  it(`validates the largest workbook the limits accept within a ${ACCEPTED_HEAP_MB} MB heap`, async () => {
    const { plans, file, kpis } = await largestAcceptedWorkbook(base, tempDir());
    const r = spawnSync(
      "node",
      [
        `--max-old-space-size=${ACCEPTED_HEAP_MB}`,
        BIN,
        "--plans-dir",
        plans,
        "validate",
        file,
        "--json",
      ],
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
    );
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as { plan: string; issues: Issue[] };
    expect(json.plan).toBe("test-2020-2023");
    // Every KPI row is read cleanly: the only findings are the plan's own gaps (objectives without a KPI or goal).
    expect([...new Set(json.issues.map((i) => i.rule))].sort()).toEqual([
      "objective-has-goal",
      "objective-has-kpi",
    ]);
    expect(r.status).toBe(1);
    expect(kpis).toBe(19_999);
  });
});

/** A line with every pseudo-localised message taken out (nested ones too): what is left was not in a catalog. */
const unlocalised = (line: string): string => {
  let rest = line.replace(/^kpi-report: /, "");
  rest = withoutPseudoMessages(rest);
  return rest.trim();
};

/** What an English refusal names: files, quoted names (sheets, ids), cells and JSON paths. */
const namesIn = (line: string): string[] => [
  ...(line.match(/[\w./-]*\w\.(xlsx|xlsm|json|csv)\b/g) ?? []).map((f) => f.split("/").pop() ?? f),
  ...[...line.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ""),
  ...(line.match(/\b[A-Z]{1,3}[1-9][0-9]{0,6}\b/g) ?? []),
  ...(line.match(/\$[\w.[\]]+/g) ?? []),
];

describe("the corpus's refusals in other languages", () => {
  const refused = CORPUS.filter((c) => c.expect.code === 2);

  it.each(refused.map((c) => [c.name, c] as const))(
    "%s: in the pseudo-locale, every line comes from the catalogs; exit code unchanged",
    async (_, c: CorpusCase) => {
      const run = await c.make(base, tempDir());
      const r = await kpiReport("--lang", "qps-ploc", ...argsOf(run));
      expect(r.code).toBe(c.expect.code);
      const lines = r.err.split("\n");
      expect(lines.map(unlocalised)).toEqual(lines.map(() => ""));
    }
  );

  it.each(refused.map((c) => [c.name, c] as const))(
    "%s: in French and Arabic, names the same files, sheets, cells and paths as in English",
    async (_, c: CorpusCase) => {
      const run = await c.make(base, tempDir());
      const english = await kpiReport(...argsOf(run));
      for (const language of ["fr", "ar"]) {
        const r = await kpiReport("--lang", language, ...argsOf(run));
        expect({ code: r.code, lines: r.err.split("\n").length }).toEqual({
          code: english.code,
          lines: english.err.split("\n").length,
        });
        expect(r.err).not.toBe(english.err);
        english.err.split("\n").forEach((line, i) => {
          const said = r.err.split("\n")[i] ?? "";
          for (const name of namesIn(line)) expect(said).toContain(name);
        });
      }
    }
  );
});
