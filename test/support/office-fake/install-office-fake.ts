import {
  createExcelFake,
  dumpWorkbook,
  ExcelFake,
  restoreWorkbook,
  selectionOf,
  WorkbookDump,
} from "../excel-fake";

/** What a test reads and does through `window.excelFake` in a page that loaded the fake in place of office.js. */
export interface OfficeFakeControl {
  /** Opens this workbook, as an officer opens a file in Excel: it replaces the one open so far. */
  load(dump: WorkbookDump): void;
  /** The open workbook as it is now. */
  dump(): WorkbookDump;
  /** The selected cells, as Excel shows them; null when nothing was selected. */
  selection(): { sheet: string; cells: string } | null;
  /** Each workbook opened with Excel.createWorkbook, as the base64 text it was given. */
  created(): string[];
  /** The URL of each dialog opened with Office.context.ui.displayDialogAsync. */
  dialogs(): string[];
  /** Runs a ribbon command's registered action (Office.actions.associate), resolving once it calls completed(). */
  invoke(action: string): Promise<void>;
  /** How many context.sync() round trips the open workbook has taken. */
  syncs(): number;
}

export interface OfficeFakeOptions {
  /** The newest ExcelApi set isSetSupported says yes to: the oldest Excel the manifest allows, by default. */
  readonly excelApi: string;
  /** Office's display language (`Office.context.displayLanguage`): en-US, by default. */
  readonly displayLanguage?: string;
}

const newer = (version: string, than: string): boolean => {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [c = 0, d = 0] = than.split(".").map(Number);
  return a !== c ? a > c : b > d;
};

/**
 * Puts `Office`, `Excel` and `OfficeExtension` on a page's global object over the in-memory Excel, so that the
 * add-in's real pages run as in Excel (Office.onReady reports host Excel), and `excelFake` for the test.
 */
export const installOfficeFake = (
  target: Record<string, unknown>,
  options: OfficeFakeOptions = { excelApi: "1.9" }
): OfficeFakeControl => {
  const displayLanguage = options.displayLanguage ?? "en-US";
  let excel: ExcelFake = createExcelFake();
  const created: string[] = [];
  const dialogs: string[] = [];
  const actions = new Map<string, (event: { completed(): void }) => unknown>();
  const info = { host: "Excel", platform: "OfficeOnline" };

  const Excel = {
    /** Excel.run(batch), or Excel.run(context or options, batch): the batch is always the last argument. */
    run: (...args: unknown[]) => {
      const batch = args[args.length - 1] as Parameters<ExcelFake["run"]>[0];
      return excel.run(batch);
    },
    createWorkbook: async (base64?: string) => {
      created.push(base64 ?? "");
    },
  };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived" },
    onReady: (callback?: (reported: typeof info) => void) =>
      Promise.resolve().then(() => {
        callback?.(info);
        return info;
      }),
    context: {
      host: "Excel",
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" && !newer(version, options.excelApi),
      },
      ui: {
        displayDialogAsync: (
          url: string,
          _options: unknown,
          callback?: (result: { status: string; value: unknown }) => void
        ) => {
          dialogs.push(url);
          const dialog = { addEventHandler: () => undefined, close: () => undefined };
          callback?.({ status: "succeeded", value: dialog });
        },
        messageParent: () => undefined,
      },
    },
    actions: {
      associate: (name: string, action: (event: { completed(): void }) => unknown) => {
        actions.set(name, action);
      },
    },
  };
  const control: OfficeFakeControl = {
    load: (dump) => {
      excel = createExcelFake({ state: restoreWorkbook(dump) });
    },
    dump: () => dumpWorkbook(excel.state),
    selection: () => selectionOf(excel.state),
    created: () => [...created],
    dialogs: () => [...dialogs],
    invoke: (name) =>
      new Promise((resolve, reject) => {
        const action = actions.get(name);
        if (!action) return reject(new Error(`no action "${name}" was associated`));
        void Promise.resolve(action({ completed: () => resolve() })).catch(reject);
      }),
    syncs: () => excel.stats.syncs,
  };
  target.Excel = Excel;
  target.Office = Office;
  target.OfficeExtension = { Error: Error };
  target.excelFake = control;
  return control;
};
