/**
 * The task pane in Chromium (file mode) in other languages than English, 350 px wide, as an officer in Paris and
 * then one who picks Arabic: the pane opens in the browser's language (French), every tab and a validation's
 * findings with no axe-core violation, a screenshot of each in the test's temporary folder; the picker switches
 * to Arabic and the choice outlives a reload; the Arabic pane is mirrored (dir="rtl": the first tab and each
 * section's start on the right, a finding's coloured edge on the right); the ribbon's notice dialog in Arabic;
 * and a run in the pseudo-locale (?lang=qps-ploc) shows no English text node that did not come from the catalogs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BrowserContext, chromium, Page } from "playwright-core";
import { XlsxFilePort } from "../../src/adapters/xlsx";
import { insertWorkbook } from "../../src/app";
import { parseEntriesFile } from "../../src/core/layout";
import { builtPages } from "../support/browser-pages";
import { tempDir } from "../support/cli-harness";
import { ituPlan } from "../support/office-port";
import { serveFolder, StaticServer } from "../support/static-server";
import { describeWithTool, systemTools } from "../support/system-tools";

const CHROMIUM = systemTools().find((t) => t.name === "Chromium")?.path ?? "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WIDTH = 350;
const TABS = ["create", "check", "tables", "submit", "council"];
/** How long a step may wait for the pane on a loaded 2-CPU machine (each takes a second or two when idle). */
const STEP_MS = 60_000;

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Every text of the bundled plans (titles, sector names, notes...): plan text stays in its source's language. */
const planTexts = (): Set<string> => {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string") texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(walk);
  };
  const dir = join(ROOT, "plan-data");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json") && !n.includes("schema")))
    walk(JSON.parse(readFileSync(join(dir, name), "utf8")));
  return texts;
};

describeWithTool("Chromium")("the task pane in French, Arabic and the pseudo-locale", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let work: string;
  let sample = "";
  const pageErrors: string[] = [];
  /** The catalog chunks the pages fetched (file names), in order. */
  const catalogsFetched: string[] = [];
  /** A chunk's name without its content hash. */
  const chunkName = (file: string): string => file.replace(/\.[0-9a-f]{8}\.js$/, "");

  beforeAll(async () => {
    server = await serveFolder(builtPages().addin);
    work = tempDir();
    // The demo's sample values, with their deliberate mistakes: a validation that lists findings.
    const file = join(ROOT, "samples", "itu-2012-2015.sample.json");
    const values = parseEntriesFile(file, readFileSync(file, "utf8"));
    if (!values.ok) throw new Error("cannot read the sample values");
    sample = join(work, "sample.xlsx");
    const made = await insertWorkbook(new XlsxFilePort(sample, { force: false }), ituPlan(), {
      sectors: [],
      period: 2013,
      entries: values.value.entries,
      now: new Date("2014-01-15T09:00:00Z"),
      generator: "e2e",
    });
    if (!made.ok) throw new Error(made.errors.join(" "));
    context = await chromium.launchPersistentContext(tempDir(), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: WIDTH, height: 800 },
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.url}/`)) return route.continue();
      if (url.startsWith(OFFICE_CDN)) {
        const path = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
        const local = join(OFFICE_JS_DIST, path);
        return existsSync(local)
          ? route.fulfill({ body: readFileSync(local), contentType: "text/javascript" })
          : route.fulfill({ status: 404, body: "" });
      }
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => {
      const file = new URL(request.url()).pathname.split("/").pop() ?? "";
      if (file.startsWith("catalog-")) catalogsFetched.push(file);
    });
  }, 300_000);

  afterAll(async () => {
    console.log(`language screenshots in ${work}`);
    await context?.close();
    await server?.close();
  });

  /** Loads the pane (at `query`) and waits until it has said where it works. */
  const load = async (query = ""): Promise<void> => {
    await page.goto(`${server.url}/taskpane.html${query}`);
    await page.waitForFunction(() => (document.getElementById("mode")?.textContent ?? "") !== "");
  };

  const axeViolations = async (): Promise<string[]> => {
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (d: Document) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      return (await axe.run(document)).violations;
    });
    return violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`
    );
  };

  /** Saves the whole pane as a PNG in the test's folder and checks that one was written. */
  const screenshot = async (name: string): Promise<void> => {
    const path = join(work, `pane-${name}-${WIDTH}px.png`);
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size).toBeGreaterThan(1_000);
    expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
  };

  /** Every tab in turn: no axe-core violation, nothing wider than the pane, a screenshot of each. */
  const everyTab = async (language: string): Promise<void> => {
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      expect(await page.locator(`#panel-${tab}`).isVisible()).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
      ).toBe(false);
      expect([tab, ...(await axeViolations())]).toEqual([tab]);
      await screenshot(`${language}-${tab}`);
    }
    await page.click("#tab-create");
  };

  /** Validates the sample workbook on the Check tab and waits for its findings. */
  const validateSample = async (): Promise<string> => {
    await page.click("#tab-check");
    await page.setInputFiles("#file", sample);
    await page.click("#validate");
    await page
      .locator("#validate-findings .finding")
      .first()
      .waitFor({ state: "visible", timeout: STEP_MS });
    return (await page.locator("#validate-status").textContent()) ?? "";
  };

  it("opens in the browser's language, French, with its words, dates' region and the picker showing it", async () => {
    await load();
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])
    ).toEqual(["fr-FR", "ltr"]);
    expect(await page.locator("[role=tab]").allTextContents()).toEqual([
      "Créer",
      "Vérifier",
      "Tableaux",
      "Soumettre",
      "Conseil",
    ]);
    expect(await page.locator("#mode").textContent()).toMatch(
      /^Travail sur des fichiers \.xlsx dans ce navigateur/
    );
    expect(await page.locator("#insert").textContent()).toBe("Créer le classeur");
    expect(await page.locator("label[for=language]").textContent()).toBe("Langue");
    expect(await page.locator("#language").inputValue()).toBe("fr");
    expect(await page.locator("#language option").allTextContents()).toEqual([
      "العربية",
      "中文",
      "English",
      "Français",
      "Русский",
      "Español",
    ]);
    await everyTab("fr");
    // Before it showed, and through every tab, it fetched only the French words it shows before any action.
    expect(catalogsFetched.map(chunkName)).toEqual(["catalog-first-fr-json"]);
    catalogsFetched.length = 0;
  });

  it("validates in French: its sentence, the filter's counts and each finding's severity", async () => {
    const said = await validateSample();
    // The engine reads and writes workbooks in any of the six languages: the other words come with the action.
    expect(catalogsFetched.map(chunkName).sort()).toEqual(
      [
        ...["ar", "es", "ru", "zh"].map((l) => `catalog-first-${l}-json`),
        ...["ar", "es", "fr", "ru", "zh"].map((l) => `catalog-rest-${l}-json`),
      ].sort()
    );
    expect(said).toMatch(/^Vérifié : sample\.xlsx ; /);
    // The engine's outcome in the pane's language too: the plan and year as app/present words them in French.
    expect(said).toMatch(/plan itu-2012-2015, année de rapport 2013/);
    const labels = await page
      .locator("#validate-findings label, .findings label")
      .allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Tous \d+$/),
        expect.stringMatching(/^Erreurs \d+$/),
        expect.stringMatching(/^Avertissements \d+$/),
      ])
    );
    expect(await page.locator(".finding__cell").first().textContent()).toMatch(/^Erreur · /);
    expect(await page.locator("#validate-download").textContent()).toBe(
      "Télécharger sample-checked.xlsx"
    );
    expect(await axeViolations()).toEqual([]);
    await screenshot("fr-check-findings");
  });

  it("creates the workbook in French: its sheets and headers in the pane's language", async () => {
    await page.click("#tab-create");
    await page.click("#insert");
    await page.locator("#create-download").waitFor({ state: "visible", timeout: STEP_MS });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#create-download"),
    ]);
    const saved = join(tempDir(), file.suggestedFilename());
    await file.saveAs(saved);
    const snapshot = await new XlsxFilePort(saved, { force: false }).readSnapshot();
    const sheets = new Set(snapshot.tables.map((t) => t.sheet));
    expect(sheets).toContain("ITU-R Objectifs");
    expect(sheets).toContain("ITU-R Indicateurs");
    expect(sheets).not.toContain("ITU-R KPIs");
    const kpis = snapshot.tables.find((t) => t.sheet === "ITU-R Indicateurs");
    expect(kpis?.headers).toEqual(expect.arrayContaining(["Cible 2013", "Réalisé 2013"]));
  });

  it("switches to Arabic with the picker and keeps it across a reload", async () => {
    await page.click("#tab-create");
    await Promise.all([page.waitForEvent("load"), page.selectOption("#language", "ar")]);
    await page.waitForFunction(() => (document.getElementById("mode")?.textContent ?? "") !== "");
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])
    ).toEqual(["ar", "rtl"]);
    await load();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    expect(await page.locator("#tab-create").textContent()).toBe("إنشاء");
    expect(await page.locator("#language").inputValue()).toBe("ar");
  });

  it("mirrors the Arabic pane: the first tab, each section's start and a tick box on the right", async () => {
    const edges = await page.evaluate(() => {
      const box = (selector: string): DOMRect => {
        const el = document.querySelector(selector);
        if (!el) throw new Error(`no ${selector}`);
        return el.getBoundingClientRect();
      };
      const heading = document.querySelector("#create-heading");
      const text = document.createRange();
      text.selectNodeContents(heading as Node);
      return {
        list: box("#tabs"),
        first: box("#tab-create"),
        second: box("#tab-check"),
        card: box("#create-section"),
        heading: text.getBoundingClientRect(),
        tick: box("#sector-choices .check__box"),
        label: box("#sector-choices .check__label"),
      };
    });
    // The tabs read from the right: Create is the rightmost, Check to its left.
    expect(edges.first.right).toBeGreaterThan(edges.second.right);
    expect(edges.list.right - edges.first.right).toBeLessThan(2);
    // A section's heading starts at the card's right edge (inside its 12 px padding), and ends well before its left.
    expect(edges.card.right - edges.heading.right).toBeLessThan(16);
    expect(edges.heading.left - edges.card.left).toBeGreaterThan(16);
    // A tick box stands to the right of its label.
    expect(edges.tick.left).toBeGreaterThan(edges.label.right - 1);
    await everyTab("ar");
  });

  it("lists the findings mirrored in Arabic, each with its coloured edge on the right", async () => {
    const said = await validateSample();
    // The file name is isolated (U+2068 ... U+2069), so that it reads in order inside the Arabic sentence.
    expect(said).toMatch(/^تم فحص \u2068sample\.xlsx\u2069: /);
    const border = await page
      .locator(".finding")
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return { right: style.borderRightWidth, left: style.borderLeftWidth };
      });
    expect(border).toEqual({ right: "4px", left: "1px" });
    expect(await axeViolations()).toEqual([]);
    await screenshot("ar-check-findings");
  });

  it("shows the ribbon's notice in Arabic, right to left, accessibly", async () => {
    const query = new URLSearchParams({ text: "٣ أخطاء", lang: "ar" });
    await page.goto(`${server.url}/notice.html?${query.toString()}`);
    await page.locator("#close").waitFor();
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])
    ).toEqual(["ar", "rtl"]);
    expect(await page.locator("#close").textContent()).toBe("إغلاق");
    expect(await page.locator("#notice").textContent()).toBe("٣ أخطاء");
    expect(await axeViolations()).toEqual([]);
  });

  it("in the pseudo-locale shows no English text that did not come from the catalogs", async () => {
    await load("?lang=qps-ploc");
    const plan = planTexts();
    /** The pane's visible text nodes and labels that hold English words yet are not pseudo-localised. */
    const hardCoded = (): Promise<string[]> =>
      page.evaluate(() => {
        const pseudo = /［[^］]*］/;
        const english = /[A-Za-z]{2,}/;
        // A group's heading (a sector's id) and the add-in's name; a finding's message and fix come from the
        // catalogs in the pane's language, so they are held like every other text.
        const engine = ".finding-group__heading, #pane-title";
        const found: string[] = [];
        const own = document.documentElement.lang;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          const text = node.textContent?.trim() ?? "";
          // The pseudo-locale's own entry in the picker is a code, not a word.
          if (!parent || !english.test(text) || pseudo.test(text) || text === "qps-ploc") continue;
          if (parent.closest(engine)) continue;
          // A language picker's option is named in its own language, marked with its lang.
          if (parent.closest("[lang]")?.getAttribute("lang") !== own) continue;
          const shown = parent instanceof HTMLOptionElement || parent.checkVisibility();
          if (shown) found.push(text);
        }
        for (const el of document.querySelectorAll("[aria-label]")) {
          const label = el.getAttribute("aria-label") ?? "";
          if (english.test(label) && !pseudo.test(label) && label !== "KPI Reporter")
            found.push(`aria-label ${label}`);
        }
        return found;
      });
    const notPlan = (texts: string[]): string[] => texts.filter((t) => !plan.has(t));
    for (const tab of TABS) {
      await page.click(`#tab-${tab}`);
      expect([tab, ...notPlan(await hardCoded())]).toEqual([tab]);
    }
    await validateSample();
    expect(await page.locator("#validate-status").textContent()).toMatch(/^［/);
    expect(notPlan(await hardCoded())).toEqual([]);
  });

  it("threw nothing on any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
