import JSZip from "jszip";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** One entry of a zip as written byte by byte, so that a test can make it say what it likes. */
export interface ZipEntry {
  readonly name: string;
  /** The stored bytes: deflated (method 8) or as they are (method 0). */
  readonly data: Uint8Array;
  readonly method: number;
  readonly crc: number;
  /** The inflated size the headers declare (the truth, unless a test lies). */
  readonly size: number;
  /** General purpose flags (bit 0: encrypted). */
  readonly flags?: number;
}

/** An entry holding this content, deflated as any zip tool would. */
export const deflated = (name: string, content: Uint8Array | string): ZipEntry => {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  return {
    name,
    data: deflateRawSync(bytes, { level: 1 }),
    method: 8,
    crc: crc32(bytes),
    size: bytes.length,
  };
};

/** Writes entries as a zip file (local headers, data, central directory, end record). */
export const writeZip = (entries: readonly ZipEntry[]): Uint8Array => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5921, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, Buffer.from(e.data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x5921, 14);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
};

/** The entries of an existing zip (a workbook), each re-deflated, in their order. */
export const entriesOf = async (bytes: Uint8Array): Promise<ZipEntry[]> => {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => deflated(f.name, await f.async("uint8array"))));
};

/** The text of one part of a zip. */
export const partText = async (bytes: Uint8Array, name: string): Promise<string> => {
  const entry = (await JSZip.loadAsync(bytes)).file(name);
  if (!entry) throw new Error(`no part ${name}`);
  return entry.async("string");
};

/** Rewrites a workbook's parts: a string or bytes replaces a part (or adds it), null removes it. */
export const rezip = async (
  bytes: Uint8Array,
  changes: Record<string, string | Uint8Array | ZipEntry | null>
): Promise<Uint8Array> => {
  const entries = await entriesOf(bytes);
  const out: ZipEntry[] = [];
  for (const e of entries) {
    if (!(e.name in changes)) out.push(e);
    else {
      const change = changes[e.name];
      if (change === null || change === undefined) continue;
      out.push(isEntry(change) ? change : deflated(e.name, change));
    }
  }
  for (const [name, change] of Object.entries(changes)) {
    if (change !== null && !entries.some((e) => e.name === name))
      out.push(isEntry(change) ? change : deflated(name, change));
  }
  return writeZip(out);
};

const isEntry = (v: unknown): v is ZipEntry =>
  typeof v === "object" && v !== null && "method" in v && "data" in v;

/** The worksheet part (xl/worksheets/sheetN.xml) holding the sheet of this name. */
export const sheetPart = async (bytes: Uint8Array, sheet: string): Promise<string> => {
  const workbook = await partText(bytes, "xl/workbook.xml");
  const rels = await partText(bytes, "xl/_rels/workbook.xml.rels");
  const escaped = sheet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id
    ? (new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1])
    : undefined;
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
};

/**
 * A deflate stream of `mebibytes` MiB of zeros, about a thousandth of that size: one compressed MiB,
 * flushed so that it stands alone, repeated, then an empty final block. `crc` is the CRC-32 of what it inflates to.
 */
export const zeroBomb = (mebibytes: number): { data: Uint8Array; crc: number; size: number } => {
  const mib = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mib, { finishFlush: constants.Z_FULL_FLUSH });
  const data = Buffer.concat([
    ...Array.from({ length: mebibytes }, () => block),
    Buffer.from([0x03, 0x00]),
  ]);
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = crc32(mib, crc);
  return { data: new Uint8Array(data), crc, size: mebibytes * 1024 * 1024 };
};
