import type { PlanCatalog } from "../app/plan-catalog";
import type { Result } from "../core/result";
import type { WorkbookPort } from "../app";
import type { Plan } from "../core/plan";
import type { MessageKey, MessageValues, Translator } from "../core/i18n";
import { LANGUAGES, loadCatalogs } from "../core/i18n";
import { goToCell } from "./go-to-cell";
import { handOver } from "./hand-over";
import { localTime } from "./local-time";
import type { PaneLanguage } from "./pane-language";
import { PaneTabs, TabId, TABS } from "./pane-tabs";
import { plainMessage } from "./plain-message";
import type { PaneHost } from "./port-for-host";
import { TaskRunner, TaskSteps } from "./run-task";
import { CardSpec, sectionCard, SectionCard } from "./section-card";

/** The name the add-in writes into workbooks it makes (generator of the metadata and the stamp). */
export const GENERATOR = "KPI Reporter add-in";

/** The workbook an action works on; `written` gives the bytes of the copy written in file mode. */
export interface Opened {
  readonly port: WorkbookPort;
  readonly name: string;
  written(): Uint8Array | undefined;
}

/** What sections tell each other: Create found this plan's workbook here; highlights were cleared. */
export interface PaneEvents {
  readonly "upgrade-offered": Plan;
  readonly "highlights-cleared": undefined;
}

/** The page's fixed parts the context works with (taskpane.html). */
export interface PaneShell {
  readonly tabs: PaneTabs;
  readonly fileField: HTMLElement;
  readonly file: HTMLInputElement;
  readonly progress: {
    readonly panel: HTMLElement;
    readonly label: HTMLElement;
    readonly cancel: HTMLButtonElement;
  };
}

/** What every section is mounted on: the host and its workbook, the plans, and one way to run an action. */
export interface PaneContext {
  readonly host: PaneHost;
  readonly plans: PlanCatalog;
  /** The pane's language: every word a section shows comes from it, and its numbers and dates. */
  readonly i18n: Translator;
  /** The message for a key in the pane's language (`ctx.i18n.t`). */
  t(key: MessageKey, values?: MessageValues): string;
  /** Adds a section's card to its tab; its controls are disabled while any action runs. */
  card(tab: TabId, spec: CardSpec): SectionCard;
  /** True while an action runs (an automatic re-check waits for it). */
  busy(): boolean;
  /**
   * Runs an action with progress and Cancel shown in the card's result; says there when it was cancelled or
   * failed (and returns undefined). `action` names it (`pane.action.*`), `label` is its progress line.
   * `quiet` (an automatic re-check) leaves the focus where it is.
   */
  run<T>(
    card: SectionCard,
    action: string,
    label: string,
    work: (steps: TaskSteps) => Promise<T>,
    options?: { readonly quiet?: boolean }
  ): Promise<{ readonly value: T } | undefined>;
  /** As `run`, on the workbook: Excel's open one, or the picked file (asked for first when none is picked). */
  onWorkbook<T>(
    card: SectionCard,
    action: string,
    label: string,
    work: (opened: Opened, steps: TaskSteps) => Promise<T>,
    options?: { readonly quiet?: boolean }
  ): Promise<{ readonly opened: Opened; readonly value: T } | undefined>;
  /**
   * As `onWorkbook`, for work whose result may be that the workbook is not one it can use: that is refused here
   * (naming `what` to open or pick instead), and only a usable outcome comes back.
   */
  onReport<T>(
    card: SectionCard,
    run: { readonly action: string; readonly label: string; readonly what: string },
    work: (opened: Opened, steps: TaskSteps) => Promise<Result<T, string>>,
    options?: { readonly quiet?: boolean }
  ): Promise<{ readonly opened: Opened; readonly value: T } | undefined>;
  /** Says that the workbook is not one this section can use, and what to open or pick instead. */
  refuse(card: SectionCard, name: string, errors: readonly string[], what: string): void;
  /** Follows a finding or a change: selects its cell inside Excel, or says where it is in file mode. */
  goTo(
    sheet: string,
    cell: string | null,
    button: HTMLButtonElement,
    out: HTMLElement
  ): Promise<void>;
  /** Shows another section: selects its tab and moves the focus to its element `id` (a link between sections). */
  reveal(tab: TabId, id: string): void;
  /** Hands a workbook the pane made to the officer: a download, and inside Excel a new workbook as well. */
  handOver(card: SectionCard, bytes: Uint8Array, name: string, told: string): Promise<void>;
  /** Tells the other sections something (and waits for them); `on` listens. */
  emit<K extends keyof PaneEvents>(name: K, detail: PaneEvents[K]): Promise<void>;
  on<K extends keyof PaneEvents>(name: K, handler: (detail: PaneEvents[K]) => unknown): void;
  /** The .xlsx adapter (ExcelJS), loaded on first use as its own chunk. */
  xlsx(): Promise<typeof import("../adapters/xlsx/xlsx-bytes-port")>;
  /** The later sections' use cases, loaded on first use. */
  useCases(): Promise<typeof import("./section-use-cases")>;
  /** A stamp's time in the officer's time zone, as the pane's language (and the officer's region) write it. */
  time(iso: string): string;
}

/** Builds the context on the page's shell: written once, used by every section. */
export const createPaneContext = (
  host: PaneHost,
  plans: PlanCatalog,
  language: PaneLanguage,
  shell: PaneShell
): PaneContext => {
  const i18n = language.translator;
  const controls: (HTMLButtonElement | HTMLInputElement | HTMLSelectElement)[] = [shell.file];
  const runner = new TaskRunner({ ...shell.progress, controls });
  const workbookCards: SectionCard[] = [];
  const handlers = new Map<string, ((detail: never) => unknown)[]>();

  const xlsx = () =>
    // The adapter's index also offers the Node file port; the pane takes the browser port's own file.
    import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx/xlsx-bytes-port");

  const openWorkbook = async (picked: File | undefined, steps: TaskSteps): Promise<Opened> => {
    if (host.kind === "excel")
      return { port: host.port, name: i18n.t("pane.workbook.open"), written: () => undefined };
    if (!picked) throw new Error(i18n.t("pane.file.pickFirst"));
    steps.step(i18n.t("pane.step.reading", { file: picked.name }));
    const bytes = new Uint8Array(await picked.arrayBuffer());
    steps.step(i18n.t("pane.step.loadingReader"));
    const { XlsxBytesPort, MemoryXlsxIo } = await xlsx();
    const io = new MemoryXlsxIo(picked.name, bytes);
    return { port: new XlsxBytesPort(io), name: picked.name, written: () => io.written };
  };

  const context: PaneContext = {
    host,
    plans,
    i18n,
    t: (key, values) => i18n.t(key, values),
    card: (tab, spec) => {
      const card = sectionCard(spec, i18n);
      controls.push(
        ...card.element.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>(
          "button, input, select"
        )
      );
      if (TABS.find((t) => t.id === tab)?.workbook) workbookCards.push(card);
      shell.tabs.panel(tab).append(card.element);
      return card;
    },
    busy: () => runner.busy,
    run: async (card, action, label, work, options = {}) => {
      if (runner.busy) return undefined;
      if (!options.quiet) card.result.clear();
      card.result.element.prepend(shell.progress.panel);
      try {
        // The engine reads workbooks in any of the six languages and writes them in any: it needs every catalog.
        const outcome = await runner.run(
          label,
          async (steps) => {
            await loadCatalogs(LANGUAGES);
            return work(steps);
          },
          options
        );
        if (outcome.done) return { value: outcome.value };
        card.result.say(
          i18n.t(host.kind === "excel" ? "pane.cancelled.excel" : "pane.cancelled.file", { action })
        );
      } catch (error) {
        card.result.say(plainMessage(error, action, i18n), "error");
        if (!options.quiet) card.result.show();
      }
      return undefined;
    },
    onWorkbook: async (card, action, label, work, options = {}) => {
      if (runner.busy) return undefined;
      const picked = shell.file.files?.[0];
      if (host.kind === "file" && !picked) {
        card.result.clear();
        card.result.say(i18n.t("pane.file.pickFirst"), "error");
        shell.file.focus();
        return undefined;
      }
      const done = await context.run(
        card,
        action,
        label,
        async (steps) => {
          const opened = await openWorkbook(picked, steps);
          return { opened, value: await work(opened, steps) };
        },
        options
      );
      return done?.value;
    },
    onReport: async (card, { action, label, what }, work, options = {}) => {
      const done = await context.onWorkbook(card, action, label, work, options);
      if (!done) return undefined;
      if (done.value.ok) return { opened: done.opened, value: done.value.value };
      context.refuse(card, done.opened.name, done.value.errors, what);
      return undefined;
    },
    refuse: (card, name, errors, what) => {
      const problem = errors.join(" ");
      card.result.say(
        host.kind === "excel"
          ? i18n.t("pane.refused.excel", { problem, what })
          : i18n.t("pane.refused.file", { file: name, problem, what }),
        "error"
      );
      card.result.show();
    },
    goTo: (sheet, cell, button, out) => goToCell(host, i18n, sheet, cell, button, out),
    reveal: (tab, id) => {
      shell.tabs.select(tab);
      document.getElementById(id)?.focus();
    },
    handOver: (card, bytes, name, told) => handOver(host, i18n, card.result, bytes, name, told),
    emit: async (name, detail) => {
      for (const handler of handlers.get(name) ?? [])
        await (handler as (d: typeof detail) => unknown)(detail);
    },
    on: (name, handler) =>
      handlers.set(name, [...(handlers.get(name) ?? []), handler as (detail: never) => unknown]),
    xlsx,
    useCases: () => import(/* webpackChunkName: "sections" */ "./section-use-cases"),
    time: (iso) => localTime(iso, language.locale),
  };

  // A newly picked file: what the sections said of the previous one no longer holds.
  shell.file.addEventListener("change", () => workbookCards.forEach((card) => card.result.clear()));
  return context;
};
