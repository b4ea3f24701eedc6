/**
 * The add-in in Chromium as inside Excel: the built pages load, in place of Microsoft's office.js, a browser build
 * of the in-memory Excel (test/support/office-fake), so Office.onReady reports host Excel and the real pane and
 * ribbon code work on "the open workbook" through the Office.js adapter. The test opens workbooks in that Excel
 * (made in Node through the same adapter) and clicks through every section as an officer does: create, validate
 * (a finding selects its cell), clear, matrix, annex (opened as a new workbook), submit, verify (a change selects
 * its cell), update to a newer plan file, consolidate; the ribbon's Validate; and a workbook whose `_kpi_meta` was
 * lost, recognised with a metadata-rebuilt warning as on the CLI. What Excel holds is read back after each step.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BrowserContext, chromium, Page } from "playwright-core";
import { XlsxFilePort } from "../../src/adapters/xlsx";
import { submitWorkbook, summariseResources, validateWorkbook } from "../../src/app";
import { presentResources } from "../../src/app/present";
import { buildReportingWorkbook, KpiEntries, parseEntriesFile } from "../../src/core/layout";
import { parsePlanFile, Plan, planFinder } from "../../src/core/plan";
import { builtPages } from "../support/browser-pages";
import { tempDir } from "../support/cli-harness";
import {
  chartsOf,
  createExcelFake,
  dataBarsOf,
  dumpWorkbook,
  parseBlock,
  restoreWorkbook,
  sheetOf,
  WorkbookDump,
  WorkbookState,
} from "../support/excel-fake";
import type { OfficeFakeControl } from "../support/office-fake";
import { ituPlan, ituSample, officePort, reportingSpec } from "../support/office-port";
import { serveFolder, StaticServer } from "../support/static-server";
import { describeWithTool, systemTools } from "../support/system-tools";

const CHROMIUM = systemTools().find((t) => t.name === "Chromium")?.path ?? "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ROOT = join(__dirname, "..", "..");
const NOW = new Date("2014-01-15T09:00:00Z");
/** How long a step may take on a loaded 2-CPU machine (each takes about a second or two when idle). */
const STEP_MS = 60_000;
/** A test's time: a few steps. */
const TEST_MS = 4 * STEP_MS;

type Fake = { excelFake: OfficeFakeControl };

/** The demo's sample with its budgets and expenditure (and their deliberate over-spend). */
const ituSampleWithResources = () => {
  const file = join(ROOT, "samples", "itu-2012-2015.sample.json");
  const parsed = parseEntriesFile(file, readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error("cannot read the sample");
  return {
    entries: parsed.value.entries,
    resources: parsed.value.resources,
    period: parsed.value.period ?? 2013,
  };
};

const correctedEntries = (): KpiEntries => {
  const file = join(ROOT, "samples", "itu-2012-2015.corrected.json");
  const parsed = parseEntriesFile(file, readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error("cannot read the corrected sample");
  return parsed.value.entries;
};

/** A workbook open in Excel, made in Node through the Office.js adapter, as the page's Excel will open it. */
const openedWorkbook = async (
  spec: ReturnType<typeof reportingSpec>,
  change?: (excel: ReturnType<typeof createExcelFake>) => Promise<void>
): Promise<WorkbookDump> => {
  const excel = createExcelFake();
  await officePort(excel).writeWorkbook(spec);
  if (change) await change(excel);
  return dumpWorkbook(excel.state);
};

/** The sample workbook (with its mistakes) without `_kpi_meta`, as a workbook whose metadata Excel lost. */
const withoutMetadata = (excel: ReturnType<typeof createExcelFake>): Promise<void> =>
  excel.run(async (context) => {
    context.workbook.worksheets.getItem("_kpi_meta").delete();
    await context.sync();
  });

/** The 2012-2015 plan as an earlier version had it: one more KPI, since dropped, and older wording of another. */
const earlierPlan = (): Plan => {
  const file = join(ROOT, "plan-data", "itu-2012-2015.json");
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    version: string;
    sectors: { results: { kpis: Record<string, unknown>[] }[] }[];
  };
  json.version = "0.9.0";
  const kpis = json.sectors[0]?.results[0]?.kpis ?? [];
  const first = kpis[0];
  if (first) first.text = "Timely preparation of the conferences";
  kpis.push({
    id: "ITU-R.kpi.1.9",
    text: "Number of delegations attending",
    measure: "number",
    direction: "up",
    unit: "count",
  });
  const parsed = parsePlanFile("itu-2012-2015.json", JSON.stringify(json));
  if (!parsed.ok) throw new Error("cannot make the earlier plan");
  return parsed.value;
};

/** Every filled cell of a sheet, by rows, as "A1" -> value (formulas as "=..."). */
const sheetCells = (state: WorkbookState, name: string): Map<string, unknown> => {
  const cells = new Map<string, unknown>();
  const sheet = sheetOf(state, name);
  for (const [key, content] of sheet.cells) {
    const row = Math.floor(key / 16_384);
    const column = key % 16_384;
    let letters = "";
    for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26))
      letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    cells.set(
      `${letters}${row + 1}`,
      content.formula === undefined ? content.value : `=${content.formula}`
    );
  }
  return cells;
};

/** Every value of a sheet as text, for a look through it. */
const sheetText = (state: WorkbookState, name: string): string =>
  [...sheetCells(state, name).values()].map(String).join("\n");

/** The cell of a KPI's column on a KPIs sheet, by header text and KPI id. */
const kpiCell = (state: WorkbookState, sheet: string, kpiId: string, header: string): string => {
  const cells = sheetCells(state, sheet);
  const at = (value: unknown): string | undefined => [...cells].find(([, v]) => v === value)?.[0];
  const headerAt = at(header);
  const idAt = at(kpiId);
  if (!headerAt || !idAt) throw new Error(`${sheet} has no ${header} or no ${kpiId}`);
  return `${headerAt.replace(/\d+$/, "")}${idAt.replace(/^[A-Z]+/, "")}`;
};

/** True when a conditional format of the sheet covers the cell (a highlight). */
const highlighted = (state: WorkbookState, sheet: string, cell: string): boolean => {
  const { top, left } = parseBlock(cell);
  return sheetOf(state, sheet).conditionalFormats.some(
    (cf) =>
      cf.type === "Custom" &&
      top >= cf.block.top &&
      top < cf.block.top + cf.block.rows &&
      left >= cf.block.left &&
      left < cf.block.left + cf.block.columns
  );
};

/** Every sheet's cells, for comparing two moments of a workbook. */
const everyValue = (state: WorkbookState): Record<string, Record<string, unknown>> =>
  Object.fromEntries(
    state.sheets.map((s) => [s.name, Object.fromEntries(sheetCells(state, s.name))])
  );

/** "1 error", "3 warnings": a count as the pane and the ribbon say it. */
const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const readXlsx = async (base64: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ExcelJS.Buffer);
  return wb;
};

describeWithTool("Chromium")(
  "the add-in in Chromium as inside Excel, over the in-memory Excel",
  () => {
    let server: StaticServer;
    let context: BrowserContext;
    let page: Page;
    const plans = planFinder([ituPlan()]);
    const leaked: string[] = [];
    const pageErrors: string[] = [];
    let sample: WorkbookDump;
    let sampleWithoutMeta: WorkbookDump;
    let corrected: WorkbookDump;
    let earlier: WorkbookDump;
    let sampleCounts: { errors: number; warnings: number; info: number };

    beforeAll(async () => {
      const pages = builtPages();
      server = await serveFolder(pages.addin);
      const officeJs = readFileSync(join(pages.officeFake, "office.js"));
      const { entries, period } = ituSample();
      sample = await openedWorkbook(reportingSpec(ituPlan(), period, entries));
      sampleWithoutMeta = await openedWorkbook(
        reportingSpec(ituPlan(), period, entries),
        withoutMetadata
      );
      corrected = await openedWorkbook(reportingSpec(ituPlan(), 2013, correctedEntries()));
      earlier = await openedWorkbook(
        buildReportingWorkbook(earlierPlan(), {
          sectors: [],
          period: 2013,
          createdAt: "2013-06-30T12:00:00.000Z",
          generator: "kpi-reporter test",
          entries: new Map([
            ...correctedEntries(),
            ["ITU-R.kpi.1.9", { actuals: { "2013": 140 } }],
          ]),
        })
      );
      const intact = await validateWorkbook(
        officePort(createExcelFake({ state: restoreWorkbook(sample) })),
        plans,
        { mark: false, now: NOW }
      );
      if (!intact.ok) throw new Error("the sample is not recognised");
      sampleCounts = intact.value.summary;

      context = await chromium.launchPersistentContext(tempDir(), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      });
      // office.js is the in-memory Excel; any other request that would leave 127.0.0.1 is refused and recorded.
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(`${server.url}/`)) return route.continue();
        if (url === OFFICE_JS)
          return route.fulfill({ body: officeJs, contentType: "text/javascript" });
        leaked.push(url);
        return route.abort();
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForFunction(() => (document.getElementById("mode")?.textContent ?? "") !== "");
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    /** Opens a workbook in the page's Excel, as the officer opens a file there. */
    const open = (dump: WorkbookDump): Promise<void> =>
      page.evaluate((d) => (window as unknown as Fake).excelFake.load(d), dump);
    /** What the page's Excel holds now. */
    const excelNow = async (): Promise<WorkbookState> =>
      restoreWorkbook(await page.evaluate(() => (window as unknown as Fake).excelFake.dump()));
    const selection = () => page.evaluate(() => (window as unknown as Fake).excelFake.selection());
    const created = () => page.evaluate(() => (window as unknown as Fake).excelFake.created());

    /**
     * Where each action sits: the tab that shows it (once the pane shows its sections as tabs) and the section
     * whose result it says (in `#<section>-status` beside its button, or in the pane's one `#status`).
     */
    const PLACES: Readonly<Record<string, { readonly tab: string; readonly section: string }>> = {
      "Create workbook": { tab: "Create", section: "create" },
      "Update this workbook to the current plan file": { tab: "Create", section: "update" },
      Validate: { tab: "Check", section: "validate" },
      "Clear highlights": { tab: "Check", section: "clear" },
      "Build matrix": { tab: "Tables", section: "matrix" },
      "Generate annex": { tab: "Tables", section: "annex" },
      "Show resources": { tab: "Tables", section: "resources" },
      Submit: { tab: "Submit", section: "submit" },
      Verify: { tab: "Submit", section: "verify" },
      Consolidate: { tab: "Council", section: "consolidate" },
    };
    const placeOf = (action: string): { tab: string; section: string } => {
      const place = PLACES[action];
      if (!place) throw new Error(`no place for ${action}`);
      return place;
    };

    /** The first of these elements the page has. */
    const firstOf = async (...selectors: string[]): Promise<string> => {
      for (const selector of selectors)
        if ((await page.locator(selector).count()) > 0) return selector;
      throw new Error(`the pane has none of ${selectors.join(", ")}`);
    };

    /** Shows a tab of the pane, where the pane has tabs. */
    const openTab = async (name: string): Promise<void> => {
      const tab = page.getByRole("tab", { name, exact: true });
      if ((await tab.count()) > 0) await tab.click();
    };

    /** Clicks an action's button, in its tab. */
    const press = async (action: string): Promise<void> => {
      await openTab(placeOf(action).tab);
      await page.getByRole("button", { name: action, exact: true }).click();
    };

    /** An element's text once it matches `until` (or whatever it is after a step's time, for the assertion to show). */
    const settledText = async (selector: string, until: RegExp): Promise<string> => {
      await page
        .waitForFunction(
          ([sel, source]) =>
            new RegExp(source).test(document.querySelector(sel)?.textContent ?? ""),
          [selector, until.source] as const,
          { timeout: STEP_MS }
        )
        .catch(() => undefined);
      return (await page.locator(selector).textContent()) ?? "";
    };
    /** What the pane said of an action, once it says something matching `until`. */
    const saidOf = async (action: string, until: RegExp): Promise<string> =>
      settledText(await firstOf(`#${placeOf(action).section}-status`, "#status"), until);
    /** The findings listed by the last check, and where following one says it went. */
    const findingsList = () => firstOf("#validate-findings", "#findings");
    const findingLocation = () => firstOf("#validate-location", "#location");

    it(
      "opens as inside Excel, working on the open workbook, with no file to pick",
      async () => {
        expect(await page.locator("#mode").textContent()).toMatch(/workbook open in Excel/);
        expect(await page.locator("#file").isVisible()).toBe(false);
        await openTab("Create");
        expect(await page.locator("#plan option").allTextContents()).toEqual([
          expect.stringMatching(/^2012-2015: /),
          expect.stringMatching(/^2008-2011: /),
        ]);
      },
      TEST_MS
    );

    it(
      "creates the reporting workbook for the chosen sectors and year in the open workbook",
      async () => {
        await openTab("Create");
        await page.locator("#plan").selectOption("itu-2012-2015");
        const sectorName = (id: string): string =>
          ituPlan().sectors.find((sector) => sector.id === id)?.name ?? id;
        await page.getByRole("checkbox", { name: sectorName("ITU-T"), exact: true }).uncheck();
        await page.getByRole("checkbox", { name: sectorName("GS"), exact: true }).uncheck();
        await page.locator("#period").selectOption("2013");
        await press("Create workbook");
        const said = await saidOf("Create workbook", /ITU-R, ITU-D/);
        expect(said).toMatch(/ITU-R, ITU-D\b/);
        expect(said).toContain("2013");
        expect(said).not.toMatch(/ITU-T|GS/);
        const excel = await excelNow();
        const names = excel.sheets.map((s) => s.name);
        expect(names).toEqual(expect.arrayContaining(["Goals", "ITU-R KPIs", "ITU-D KPIs"]));
        expect(names).not.toContain("ITU-T KPIs");
        expect(names).not.toContain("GS KPIs");
        expect(names).not.toContain("Sheet1");
        expect(sheetOf(excel, "_kpi_meta").visibility).toBe("VeryHidden");
        expect(sheetOf(excel, "ITU-R KPIs").protection).not.toBeNull();
        expect(sheetText(excel, "ITU-R KPIs")).toContain("Actual 2013");
      },
      TEST_MS
    );

    it(
      "draws a chart of the year's budget against expenditure per goal on Resources by Goal, with data bars on its execution",
      async () => {
        const excel = await excelNow();
        expect(chartsOf(excel, "Resources by Goal")).toEqual([
          {
            name: "Budget and expenditure by goal",
            type: "BarClustered",
            // The 2013 columns of the table, its four goals the categories; the chart one row below the table.
            source: "E1:F5",
            seriesBy: "Columns",
            title: "Budget and expenditure by goal, 2013",
            categories: "B2:B5",
            at: "A7:G22",
          },
        ]);
        expect(sheetCells(excel, "Resources by Goal").get("E1")).toBe("Budget 2013");
        expect(dataBarsOf(excel, "Resources by Goal")).toEqual([
          "K2:K5 #5B9BD5 Number 0 .. HighestValue",
        ]);
      },
      TEST_MS
    );

    it(
      "shows the open workbook's resources by goal and by sector, as the engine adds them up, and links their findings to Validate",
      async () => {
        const { entries, resources, period } = ituSampleWithResources();
        const withMoney = await openedWorkbook(
          buildReportingWorkbook(ituPlan(), {
            sectors: [],
            period,
            createdAt: "2014-01-15T09:00:00.000Z",
            generator: "kpi-reporter test",
            entries,
            resources,
          })
        );
        await open(withMoney);
        const before = everyValue(await excelNow());
        await press("Show resources");
        expect(await saidOf("Show resources", /^Resources of/)).toBe(
          "Resources of the open workbook: plan itu-2012-2015, reporting year 2013, amounts in CHF."
        );
        const summary = await summariseResources(
          officePort(createExcelFake({ state: restoreWorkbook(withMoney) })),
          plans
        );
        if (!summary.ok) throw new Error(summary.errors.join(" "));
        const view = presentResources(summary.value, await page.evaluate(() => navigator.language));
        const cells = (id: string) =>
          page
            .locator(`#${id} tbody tr`)
            .evaluateAll((rows) =>
              rows.map((tr) =>
                [...tr.children].map(
                  (cell) => cell.querySelector("span")?.textContent ?? cell.textContent
                )
              )
            );
        for (const [id, table] of [
          ["resources-goals", view.byGoal],
          ["resources-sectors", view.bySector],
        ] as const)
          expect(await cells(id)).toEqual(
            table.rows.map((r) => [r.label, r.budget.text, r.expenditure.text, r.execution.text])
          );
        expect(await page.locator("#resources-findings li").allTextContents()).toEqual([
          "Expenditure above budget beyond the plan's tolerance: 1",
        ]);
        // Showing the resources changes nothing in the workbook.
        expect(everyValue(await excelNow())).toEqual(before);
        await page.click("#resources-validate");
        expect(
          await page.getByRole("tab", { name: "Check", exact: true }).getAttribute("aria-selected")
        ).toBe("true");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("validate");
      },
      TEST_MS
    );

    let finding = { sheet: "", cell: "" };
    let beforeCheck: Record<string, Record<string, unknown>> = {};

    it(
      "validates the open workbook, highlights each finding's cell and adds the Validation sheet",
      async () => {
        await open(sample);
        beforeCheck = everyValue(await excelNow());
        await openTab("Check");
        await page.getByRole("checkbox", { name: /^Highlight findings/ }).check();
        await press("Validate");
        const said = await saidOf("Validate", /reporting year 2013/);
        expect(said).toContain("plan itu-2012-2015, reporting year 2013");
        expect(said).toContain(
          `${count(sampleCounts.errors, "error")}, ${count(sampleCounts.warnings, "warning")}`
        );
        const list = await findingsList();
        // The first finding in view that names a cell of a KPIs sheet ("ITU-R KPIs!M6", after a label or not).
        const cellNames = await page.locator(`${list} .finding__cell:visible`).allTextContents();
        const withCell = cellNames
          .map((text) => /(?:^|· )([^·!]+ KPIs)!([A-Z]+\d+)$/.exec(text))
          .find((found) => found !== null);
        if (!withCell) throw new Error(`no finding names a KPI cell: ${cellNames.join(", ")}`);
        const [, sheet = "", cell = ""] = withCell;
        finding = { sheet, cell };
        const excel = await excelNow();
        expect(excel.sheets.map((s) => s.name)).toContain("Validation");
        expect(highlighted(excel, sheet, cell)).toBe(true);
      },
      TEST_MS
    );

    it(
      "selects a finding's cell in Excel when the officer follows it",
      async () => {
        await page
          .locator(`${await findingsList()} button`, {
            hasText: `${finding.sheet}!${finding.cell}`,
          })
          .first()
          .click();
        const said = await settledText(await findingLocation(), /^Selected/);
        expect(said).toContain(finding.sheet);
        expect(said).toContain(finding.cell);
        expect(await selection()).toEqual({ sheet: finding.sheet, cells: finding.cell });
        expect((await excelNow()).activeSheet?.name).toBe(finding.sheet);
      },
      TEST_MS
    );

    it(
      "clears the highlights and the Validation sheet, keeping every value",
      async () => {
        await press("Clear highlights");
        expect(await saidOf("Clear highlights", /^Removed/)).toMatch(
          /^Removed the highlights and the Validation sheet/
        );
        const excel = await excelNow();
        expect(excel.sheets.map((s) => s.name)).not.toContain("Validation");
        expect(highlighted(excel, finding.sheet, finding.cell)).toBe(false);
        expect(everyValue(excel)).toEqual(beforeCheck);
      },
      TEST_MS
    );

    it(
      "builds the Part II matrix into the open workbook",
      async () => {
        await press("Build matrix");
        const said = await saidOf("Build matrix", /Part II Matrix/);
        expect(said).toMatch(/Part II Matrix.*Outputs by Goal/);
        expect(said).toMatch(/21 objectives and \d+ outputs against 4 goals/);
        const excel = await excelNow();
        const names = excel.sheets.map((s) => s.name);
        expect(names).toEqual(expect.arrayContaining(["Part II Matrix", "Outputs by Goal"]));
        expect(names.indexOf("Part II Matrix")).toBeLessThan(names.indexOf("_kpi_meta"));
        const matrix = sheetText(excel, "Part II Matrix");
        expect(matrix).toContain("Sector / objective");
        expect(matrix).toContain("Objectives per goal");
        const others = Object.entries(everyValue(excel)).filter(
          ([name]) => !name.startsWith("Part II Matrix") && !name.startsWith("Outputs by Goal")
        );
        expect(Object.fromEntries(others)).toEqual(beforeCheck);
      },
      TEST_MS
    );

    it(
      "refuses an annex of a workbook with errors, then makes a draft and opens it in Excel as a new workbook, the open one unchanged",
      async () => {
        const before = everyValue(await excelNow());
        await press("Generate annex");
        expect(await saidOf("Generate annex", /^No annex/)).toMatch(
          /^No annex: validation found \d+ errors?\b.*Write a draft/
        );
        expect(await created()).toHaveLength(0);
        await page.getByRole("checkbox", { name: /^Write a draft/ }).check();
        await press("Generate annex");
        const said = await saidOf("Generate annex", /new workbook/);
        expect(said).toMatch(/^Made a DRAFT of the Council annex/);
        expect(said).toContain("itu-2012-2015");
        expect(said).toContain("2013");
        expect(said).toContain("Excel opened it as a new workbook");
        const opened = await created();
        expect(opened).toHaveLength(1);
        const annex = await readXlsx(opened[0] ?? "");
        const names = annex.worksheets.map((ws) => ws.name);
        expect(names).toContain("Table 8.1");
        expect(names.some((n) => /KPIs$/.test(n))).toBe(false);
        expect(everyValue(await excelNow())).toEqual(before);
      },
      TEST_MS
    );

    let stampedHash = "";

    it(
      "submits the open workbook: stamps it on its Submission sheet with the preparer's name",
      async () => {
        await open(corrected);
        await openTab("Submit");
        await page.getByLabel("Preparer's name").fill("J. Smith");
        await press("Submit");
        const said = await saidOf("Submit", /stamped for submission/i);
        expect(said).toMatch(/stamped for submission/i);
        expect(said).toMatch(
          /plan itu-2012-2015, reporting year 2013, sectors ITU-R, ITU-T, ITU-D, GS/
        );
        expect(said).toContain("Submission sheet");
        const stamp = await page.locator("#stamp").innerText();
        expect(stamp).toMatch(/Preparer\s+J\. Smith/);
        stampedHash = /SHA-256 of the content\s+([0-9a-f]{64})/.exec(stamp)?.[1] ?? "";
        expect(stampedHash).toMatch(/^[0-9a-f]{64}$/);
        const submission = sheetText(await excelNow(), "Submission");
        expect(submission).toContain("J. Smith");
        expect(submission).toContain(stampedHash);
      },
      TEST_MS
    );

    it(
      "verifies the open submission as unchanged",
      async () => {
        await press("Verify");
        const said = await saidOf("Verify", /unchanged/);
        expect(said).toMatch(/unchanged since it was stamped .*J\. Smith/);
        const summary = (await page.locator("#verify-summary").textContent()) ?? "";
        expect(`${said} ${summary}`).toContain(stampedHash);
      },
      TEST_MS
    );

    it(
      "lists a value typed after stamping as a change, which selects its cell in Excel",
      async () => {
        const cell = kpiCell(await excelNow(), "ITU-D KPIs", "ITU-D.kpi.1.1", "Actual 2013");
        await page.evaluate(
          ([sheet, address]) =>
            Excel.run(async (context) => {
              context.workbook.worksheets.getItem(sheet).getRange(address).values = [[12345]];
              await context.sync();
            }),
          ["ITU-D KPIs", cell] as const
        );
        await press("Verify");
        const said = await saidOf("Verify", /CHANGED/);
        expect(said).toMatch(/CHANGED since it was stamped .*J\. Smith/);
        const lines = await page.locator("#verify-summary p").allTextContents();
        expect([said, ...lines].join(" ")).toMatch(/\b1 cell (differs|changed)/);
        const changes = page.locator("#changes button");
        expect(await changes.count()).toBe(1);
        expect(await changes.first().textContent()).toContain(`ITU-D KPIs!${cell}`);
        expect(await changes.first().textContent()).toContain("12345");
        await changes.first().click();
        const where = await settledText("#change-location", /^Selected/);
        expect(where).toContain("ITU-D KPIs");
        expect(where).toContain(cell);
        expect(await selection()).toEqual({ sheet: "ITU-D KPIs", cells: cell });
      },
      TEST_MS
    );

    it(
      "recognises a workbook whose _kpi_meta was lost, with a metadata-rebuilt warning, as the CLI does",
      async () => {
        await open(sampleWithoutMeta);
        await press("Validate");
        const said = await saidOf("Validate", /reporting year 2013|KPI Reporter workbook/);
        expect(said).toContain("plan itu-2012-2015, reporting year 2013");
        expect(said).toContain(
          `${count(sampleCounts.errors, "error")}, ${count(sampleCounts.warnings + 1, "warning")}`
        );
        expect(
          await page
            .locator(`${await findingsList()} .finding`, {
              hasText: "recognised from its own tables as plan itu-2012-2015",
            })
            .count()
        ).toBe(1);
        expect(sheetText(await excelNow(), "Validation")).toContain("metadata-rebuilt");
      },
      TEST_MS
    );

    it(
      "offers to update a workbook of an earlier version of the plan, and updates it keeping every value",
      async () => {
        await open(earlier);
        await openTab("Create");
        await page.locator("#plan").selectOption("itu-2012-2015");
        await page.locator("#period").selectOption("2013");
        await press("Create workbook");
        expect(
          await settledText(
            await firstOf("#update-status", "#status"),
            /^This workbook already holds/
          )
        ).toMatch(/^This workbook already holds a reporting workbook of plan itu-2012-2015; /);
        await press("Update this workbook to the current plan file");
        const said = await saidOf("Update this workbook to the current plan file", /0\.9\.0/);
        expect(said).toMatch(
          /plan itu-2012-2015 version \d+\.\d+\.\d+ \(it was made from version 0\.9\.0\)/
        );
        expect(said).toMatch(/carried \d+ values/);
        expect(said).toMatch(/6 values (have no place|not placed)/);
        expect(
          await page
            .getByRole("button", { name: "Update this workbook to the current plan file" })
            .isVisible()
        ).toBe(false);
        const excel = await excelNow();
        // The dropped KPI's row, each of its six filled cells: its objective, wording, measure, direction, unit, actual.
        const notPlaced = sheetText(excel, "Not placed");
        expect(notPlaced).toContain("ITU-R.kpi.1.9");
        expect(notPlaced).toContain("Number of delegations attending");
        expect(notPlaced).toContain("140");
        expect(sheetText(excel, "_kpi_meta")).toMatch(/planVersion\s+1\.\d+\.\d+/);
        const kpis = sheetText(excel, "ITU-R KPIs");
        expect(kpis).not.toContain("ITU-R.kpi.1.9");
        expect(kpis).toContain(
          "Preparations completed on schedule; participant survey rated support 4.3 of 5"
        );
      },
      TEST_MS
    );

    it(
      "consolidates stamped submissions into the Council workbook, opened in Excel as a new workbook",
      async () => {
        const dir = tempDir();
        const file = join(dir, "itu-2013.xlsx");
        const out = join(dir, "itu-2013-submission.xlsx");
        const spec = reportingSpec(ituPlan(), 2013, correctedEntries());
        await new XlsxFilePort(file, { force: false }).writeWorkbook(spec);
        const port = new XlsxFilePort(file, { force: false, saveTo: out });
        const submitted = await submitWorkbook(port, port, plans, {
          preparer: "Sector focal point",
          now: NOW,
          generator: "e2e",
        });
        if (!submitted.ok || !submitted.value.submitted) throw new Error("not submitted");
        const before = everyValue(await excelNow());
        await openTab("Council");
        await page.setInputFiles("#submissions", [out]);
        await page.locator("#consolidator").fill("Council secretariat");
        await press("Consolidate");
        const said = await saidOf("Consolidate", /new workbook/);
        expect(said).toMatch(/^Consolidated .*plan itu-2012-2015, reporting year 2013/);
        expect(said).toContain("Excel opened it as a new workbook");
        expect(await page.locator("#consolidated li").allTextContents()).toEqual([
          expect.stringMatching(/^ITU-R: from itu-2013-submission\.xlsx/),
          expect.stringMatching(/^ITU-T: from itu-2013-submission\.xlsx/),
          expect.stringMatching(/^ITU-D: from itu-2013-submission\.xlsx/),
          expect.stringMatching(/^GS: from itu-2013-submission\.xlsx/),
        ]);
        const opened = await created();
        const council = await readXlsx(opened[opened.length - 1] ?? "");
        expect(council.worksheets.map((ws) => ws.name)).toEqual(
          expect.arrayContaining(["Consolidation", "Submission", "Part II Matrix"])
        );
        const stamp = council.getWorksheet("Submission");
        const texts: string[] = [];
        stamp?.eachRow((row) => texts.push(row.values?.toString() ?? ""));
        expect(texts.join("\n")).toContain("Council secretariat");
        expect(everyValue(await excelNow())).toEqual(before);
      },
      TEST_MS
    );

    describe("the ribbon's Validate, from commands.html", () => {
      let ribbon: Page;

      beforeAll(async () => {
        ribbon = await context.newPage();
        ribbon.on("pageerror", (error) => pageErrors.push(error.message));
        await ribbon.goto(`${server.url}/commands.html`);
        await ribbon.waitForFunction(
          () => (window as unknown as Partial<Fake>).excelFake !== undefined
        );
      }, STEP_MS);

      /** The ribbon's sentence for the sample's counts, with this many warnings. */
      const ribbonSays = (warnings: number): RegExp =>
        new RegExp(
          `^${count(sampleCounts.errors, "error")}, ${count(warnings, "warning")}, ${sampleCounts.info} info( \\(errors block submission\\))?: see the Validation sheet, whose links go to each cell\\.$`
        );

      /** Opens the workbook, presses Validate on the ribbon, and gives the sentence of its dialog and Excel after. */
      const validateFromRibbon = async (dump: WorkbookDump) => {
        await ribbon.evaluate((d) => (window as unknown as Fake).excelFake.load(d), dump);
        await ribbon.evaluate(() => (window as unknown as Fake).excelFake.invoke("validate"));
        const dialogs = await ribbon.evaluate(() =>
          (window as unknown as Fake).excelFake.dialogs()
        );
        const last = new URL(dialogs[dialogs.length - 1] ?? "about:blank");
        const excel = restoreWorkbook(
          await ribbon.evaluate(() => (window as unknown as Fake).excelFake.dump())
        );
        return { text: last.searchParams.get("text") ?? "", page: last.pathname, excel };
      };

      it(
        "validates the open workbook, shows the Validation sheet and says what it found in a dialog",
        async () => {
          const { text, page: dialog, excel } = await validateFromRibbon(sample);
          expect(dialog).toBe("/notice.html");
          expect(text).toMatch(ribbonSays(sampleCounts.warnings));
          expect(excel.activeSheet?.name).toBe("Validation");
          expect(highlighted(excel, finding.sheet, finding.cell)).toBe(true);
        },
        TEST_MS
      );

      it(
        "recognises a workbook whose _kpi_meta was lost, with a metadata-rebuilt warning",
        async () => {
          const { text, excel } = await validateFromRibbon(sampleWithoutMeta);
          expect(text).toMatch(ribbonSays(sampleCounts.warnings + 1));
          expect(sheetText(excel, "Validation")).toContain("metadata-rebuilt");
        },
        TEST_MS
      );
    });

    describe("in Office's display language, French", () => {
      let french: Page;

      beforeAll(async () => {
        french = await context.newPage();
        french.on("pageerror", (error) => pageErrors.push(error.message));
        // The in-memory Excel reports fr-FR as Office's display language, as a French Office does.
        await french.addInitScript(() => {
          (window as unknown as { officeFakeOptions: object }).officeFakeOptions = {
            displayLanguage: "fr-FR",
          };
        });
        await french.goto(`${server.url}/taskpane.html`);
        await french.waitForFunction(
          () => (document.getElementById("mode")?.textContent ?? "") !== ""
        );
      }, STEP_MS);

      it(
        "opens in French, with no language picker (Office chose), and validates the open workbook in French",
        async () => {
          expect(await french.evaluate(() => document.documentElement.lang)).toBe("fr-FR");
          expect(await french.locator("#mode").textContent()).toBe(
            "Travail sur le classeur ouvert dans Excel."
          );
          expect(await french.locator("#language-field").isHidden()).toBe(true);
          expect(await french.locator("[role=tab]").allTextContents()).toEqual([
            "Créer",
            "Vérifier",
            "Tableaux",
            "Soumettre",
            "Conseil",
          ]);
          await french.evaluate((d) => (window as unknown as Fake).excelFake.load(d), sample);
          await french.getByRole("tab", { name: "Vérifier", exact: true }).click();
          await french.getByRole("button", { name: "Valider", exact: true }).click();
          await french.waitForFunction(
            () => /^Vérifié/.test(document.getElementById("validate-status")?.textContent ?? ""),
            undefined,
            { timeout: STEP_MS }
          );
          expect(await french.locator("#validate-status").textContent()).toMatch(
            /^Vérifié : ce classeur ; .*\. Les constats sont surlignés et listés sur la feuille Validation\.$/
          );
          expect(await french.locator(".finding__cell").first().textContent()).toMatch(
            /^Erreur · /
          );
        },
        TEST_MS
      );

      it(
        "answers the ribbon's Validate in a dialog told to speak French",
        async () => {
          const ribbon = await context.newPage();
          await ribbon.addInitScript(() => {
            (window as unknown as { officeFakeOptions: object }).officeFakeOptions = {
              displayLanguage: "fr-FR",
            };
          });
          await ribbon.goto(`${server.url}/commands.html`);
          await ribbon.waitForFunction(
            () => (window as unknown as Partial<Fake>).excelFake !== undefined
          );
          await ribbon.evaluate((d) => (window as unknown as Fake).excelFake.load(d), sample);
          await ribbon.evaluate(() => (window as unknown as Fake).excelFake.invoke("validate"));
          const dialogs = await ribbon.evaluate(() =>
            (window as unknown as Fake).excelFake.dialogs()
          );
          const url = new URL(dialogs[dialogs.length - 1] ?? "about:blank");
          expect(url.searchParams.get("lang")).toBe("fr");
          await ribbon.goto(url.href);
          await ribbon.locator("#close").waitFor();
          expect(await ribbon.locator("#close").textContent()).toBe("Fermer");
          expect(await ribbon.evaluate(() => document.documentElement.lang)).toBe("fr");
          await ribbon.close();
        },
        TEST_MS
      );
    });

    it("threw nothing in the pages and sent no request off this machine", () => {
      expect(pageErrors).toEqual([]);
      expect(leaked).toEqual([]);
    });
  }
);
