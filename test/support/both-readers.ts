import {
  cellsOutsideTables,
  loadXlsx,
  MemoryXlsxIo,
  snapshotOf,
  XlsxBytesPort,
} from "../../src/adapters/xlsx";
import { readTableSnapshot } from "../../src/adapters/xlsx/read-table-snapshot";
import { NotStreamable } from "../../src/adapters/xlsx/xlsx-package";
import type { Snapshot } from "../../src/core/snapshot";

/** What a reader made of a file: its snapshot, or the message it refused it with. */
export type ReadOutcome = { readonly snapshot: Snapshot } | { readonly refused: string };

const outcomeOf = async (read: () => Promise<Snapshot>): Promise<ReadOutcome> => {
  try {
    return { snapshot: await read() };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
};

/** The ExcelJS reader alone (loadXlsx + snapshotOf, and cellsOutsideTables when asked): the reference. */
export const readWithExcelJs = (
  name: string,
  bytes: Uint8Array,
  outsideTables = false
): Promise<ReadOutcome> =>
  outcomeOf(async () => {
    const wb = await loadXlsx(name, bytes);
    const snapshot = snapshotOf(wb, name);
    return outsideTables ? { ...snapshot, cells: cellsOutsideTables(wb, snapshot) } : snapshot;
  });

/** The port every command reads through: the streaming reader, handing to ExcelJS what it does not read. */
export const readWithPort = (
  name: string,
  bytes: Uint8Array,
  outsideTables = false
): Promise<ReadOutcome> =>
  outcomeOf(() => new XlsxBytesPort(new MemoryXlsxIo(name, bytes)).readSnapshot({ outsideTables }));

/** True when the streaming reader read the file itself rather than handing it to ExcelJS. */
export const streamed = async (
  name: string,
  bytes: Uint8Array,
  outsideTables = false
): Promise<boolean> => {
  try {
    await readTableSnapshot(name, bytes, { outsideTables });
    return true;
  } catch (error) {
    if (error instanceof NotStreamable) return false;
    throw error;
  }
};
