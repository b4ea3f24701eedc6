import ExcelJS from "exceljs";
import { base64Of, openAsNewWorkbook, selectCell, watchEdits } from "../../src/taskpane/excel-host";

/**
 * A small stand-in for Excel.run with just what the pane's Excel helpers use: sheets by name and id, selection,
 * and the worksheets' onChanged event. It records what the helpers asked Excel to do.
 */
const fakeExcel = (sheets: Record<string, string>) => {
  const log: string[] = [];
  const handlers: ((event: { worksheetId: string }) => Promise<void>)[] = [];
  const sheet = (key: string) => {
    const id = sheets[key] !== undefined ? key : Object.keys(sheets).find((k) => sheets[k] === key);
    return {
      isNullObject: id === undefined,
      name: id === undefined ? "" : sheets[id],
      load: () => undefined,
      activate: () => log.push(`activate ${key}`),
      getRange: (address: string) => ({ select: () => log.push(`select ${key}!${address}`) }),
    };
  };
  const context = {
    workbook: {
      worksheets: {
        getItem: sheet,
        getItemOrNullObject: sheet,
        onChanged: {
          add: (handler: (event: { worksheetId: string }) => Promise<void>) => {
            handlers.push(handler);
            return {
              context: "handler-context",
              remove: () => {
                handlers.splice(handlers.indexOf(handler), 1);
                log.push("removed");
              },
            };
          },
        },
      },
    },
    sync: async () => {
      log.push("sync");
    },
  };
  const run = async (...args: unknown[]) => {
    const batch = args[args.length - 1] as (c: typeof context) => Promise<unknown>;
    return batch(context);
  };
  return {
    log,
    install: () => ((globalThis as unknown as { Excel: unknown }).Excel = { run }),
    edit: (worksheetId: string) => Promise.all(handlers.map((h) => h({ worksheetId }))),
    listening: () => handlers.length,
  };
};

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("the pane's helpers inside Excel", () => {
  afterEach(() => {
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
    jest.useRealTimers();
  });

  it("goes to a finding's sheet and cell in one batch", async () => {
    const excel = fakeExcel({ s1: "A KPIs" });
    excel.install();
    await selectCell("A KPIs", "M5");
    expect(excel.log).toEqual(["activate A KPIs", "select A KPIs!M5", "sync"]);
  });

  it("re-checks once after a burst of edits settles, but not for edits of the Validation sheet alone", async () => {
    jest.useFakeTimers();
    const excel = fakeExcel({ s1: "A KPIs", s2: "Validation" });
    excel.install();
    const checks: number[] = [];
    const stop = await watchEdits(() => checks.push(Date.now()), 1500);
    await excel.edit("s1");
    jest.advanceTimersByTime(1000);
    await excel.edit("s1");
    jest.advanceTimersByTime(1500);
    await flush();
    expect(checks).toHaveLength(1);

    await excel.edit("s2");
    jest.advanceTimersByTime(1500);
    await flush();
    expect(checks).toHaveLength(1);

    await excel.edit("s2");
    await excel.edit("s1");
    jest.advanceTimersByTime(1500);
    await flush();
    expect(checks).toHaveLength(2);

    await stop();
    expect(excel.listening()).toBe(0);
    await excel.edit("s1");
    jest.advanceTimersByTime(1500);
    await flush();
    expect(checks).toHaveLength(2);
  });

  it("opens workbook bytes as a new workbook in Excel, whole (ExcelJS reads back what Excel was given)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Table 8.1").getCell("A1").value = "Goals and objectives";
    // Past String.fromCharCode's chunk, so that the pieces must join up.
    wb.addWorksheet("Filler").getCell("A1").value = "x".repeat(100_000);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const given: string[] = [];
    (globalThis as unknown as { Excel: unknown }).Excel = {
      createWorkbook: async (base64: string) => void given.push(base64),
    };
    await openAsNewWorkbook(bytes);
    expect(given).toHaveLength(1);
    const opened = new ExcelJS.Workbook();
    await opened.xlsx.load(Buffer.from(given[0] ?? "", "base64") as unknown as ExcelJS.Buffer);
    expect(opened.worksheets.map((ws) => ws.name)).toEqual(["Table 8.1", "Filler"]);
    expect(opened.getWorksheet("Table 8.1")?.getCell("A1").value).toBe("Goals and objectives");
  });

  it("encodes bytes past one piece as base64 exactly", () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
