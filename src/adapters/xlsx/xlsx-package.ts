import { WORKBOOK_LIMITS } from "../../core/snapshot";
import { inflateRaw, inflateRawChunks } from "./inflate-raw";
import type { ZipEntry } from "./zip-writer";

/**
 * Why the streaming reader handed a workbook to the ExcelJS reader: something it does not read the way ExcelJS
 * does (a chart sheet, a hyperlink, an array formula), or something wrong the ExcelJS path refuses in its own
 * words (a limit passed, a damaged part). Never reaches a user: the ExcelJS path reads or refuses the file.
 */
export class NotStreamable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotStreamable";
  }
}

/** Throws NotStreamable: the one way out of the fast path. */
export const notStreamable = (reason: string): never => {
  throw new NotStreamable(reason);
};

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
  readonly crc: number;
  readonly time: number;
  readonly date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;
/** A part up to this size is inflated whole; a larger one (a sheet of thousands of rows) a chunk at a time. */
const WHOLE = 1024 * 1024;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

const utf8 = new TextDecoder("utf-8", { fatal: false });

/**
 * An .xlsx zip read from its central directory once: each part is found without scanning the file, inflated
 * once (whole into one buffer of its declared size, or a part past 1 MB a chunk at a time: see stream), and
 * held to WORKBOOK_LIMITS as it goes: the parts' count and declared sizes up front, each part's inflated size
 * against what the zip declares (a zip bomb stops at the first byte past it, or at the chunk that passes it).
 * Anything unusual throws NotStreamable, so that the ExcelJS path refuses it in its words.
 */
export class XlsxPackage {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, Entry>
  ) {}

  /** Reads the central directory of .xlsx bytes and checks what it declares against the limits. */
  static open(file: string, bytes: Uint8Array): XlsxPackage {
    const limits = WORKBOOK_LIMITS;
    if (bytes.length === 0 || bytes.length > limits.fileBytes) notStreamable("file size");
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) notStreamable("not a zip");
    let eocd = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (u32(bytes, at) === EOCD) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0) notStreamable("no central directory");
    const count = u16(bytes, eocd + 10);
    let at = u32(bytes, eocd + 16);
    if (count === 0xffff || at === 0xffffffff) notStreamable("zip64");
    if (count > limits.parts) notStreamable("too many parts");
    const entries = new Map<string, Entry>();
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (u32(bytes, at) !== CENTRAL) notStreamable("central directory");
      const flags = u16(bytes, at + 8);
      const method = u16(bytes, at + 10);
      const time = u16(bytes, at + 12);
      const date = u16(bytes, at + 14);
      const crc = u32(bytes, at + 16);
      const compressedSize = u32(bytes, at + 20);
      const size = u32(bytes, at + 24);
      const nameLength = u16(bytes, at + 28);
      const extraLength = u16(bytes, at + 30);
      const commentLength = u16(bytes, at + 32);
      const headerOffset = u32(bytes, at + 42);
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      if ((flags & 0x800) === 0 && rawName.some((b) => b > 0x7f)) notStreamable("name encoding");
      const name = utf8.decode(rawName);
      at += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith("/")) continue;
      if ((flags & 1) !== 0) notStreamable("encrypted entry");
      if (method !== 0 && method !== 8) notStreamable("compression method");
      if (entries.has(name)) notStreamable("duplicate entry");
      if (size > limits.partBytes) notStreamable("part too large");
      if (size === 0 && /\.(xml|rels)$/i.test(name)) notStreamable("empty part");
      total += size;
      entries.set(name, { name, method, compressedSize, size, headerOffset, crc, time, date });
    }
    if (total > limits.totalBytes) notStreamable("too large inflated");
    if (/\.xlsm$/i.test(file) || entries.has("xl/vbaProject.bin")) notStreamable("macros");
    if (!entries.has("xl/workbook.xml")) notStreamable("no workbook part");
    return new XlsxPackage(bytes, entries);
  }

  /** The names of the package's parts, in the order of its central directory. */
  get names(): readonly string[] {
    return [...this.entries.keys()];
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /** A part's bytes as stored in the zip, after its local header. */
  private stored(entry: Entry): Uint8Array {
    const at = entry.headerOffset;
    if (u32(this.bytes, at) !== LOCAL) notStreamable("local header");
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) notStreamable("truncated part");
    return this.bytes.subarray(start, end);
  }

  /** A part as the zip stores it (still compressed), to be copied into another zip unchanged. */
  storedEntry(part: string): ZipEntry {
    const entry = this.entries.get(part) ?? notStreamable(`no part ${part}`);
    const { name, method, crc, size, time, date } = entry;
    return { name, method, crc, size, time, date, data: this.stored(entry) };
  }

  /** A part inflated whole, checked to be exactly the size the zip declares. */
  bytesOf(part: string): Uint8Array {
    const entry = this.entries.get(part) ?? notStreamable(`no part ${part}`);
    const stored = this.stored(entry);
    let out: Uint8Array;
    if (entry.method === 0) out = stored;
    else {
      try {
        out = inflateRaw(stored, entry.size);
      } catch {
        return notStreamable("corrupt part, or larger than declared");
      }
    }
    if (out.length !== entry.size) notStreamable("inflated size differs from declared");
    return out;
  }

  /** A part inflated whole, as text. */
  text(part: string): string {
    return utf8.decode(this.bytesOf(part));
  }

  /**
   * A part given a chunk at a time, each chunk as bytes (for counting) and as text (for parsing), and then
   * dropped: a part of up to 1 MB is inflated whole and decoded a chunk at a time; a larger one (a sheet of
   * thousands of rows) is inflated a chunk at a time too, so that memory holds one chunk of it, never the whole
   * part (a 10,000-row sheet's 8.5 MB, inflated whole, was freed only long after it was read: issue #12).
   * Whatever `onChunk` throws stops the part there and is thrown as it is.
   */
  async stream(part: string, onChunk: (bytes: Uint8Array, text: string) => void): Promise<void> {
    const entry = this.entries.get(part) ?? notStreamable(`no part ${part}`);
    const decoder = new TextDecoder("utf-8");
    if (entry.method === 0 || entry.size <= WHOLE) {
      const whole = this.bytesOf(part);
      for (let at = 0; at < whole.length; at += CHUNK) {
        const chunk = whole.subarray(at, at + CHUNK);
        onChunk(chunk, decoder.decode(chunk, { stream: at + CHUNK < whole.length }));
      }
      if (whole.length === 0) onChunk(whole, "");
      return;
    }
    let produced = 0;
    let thrown: { readonly error: unknown } | undefined;
    try {
      await inflateRawChunks(this.stored(entry), entry.size, (chunk) => {
        produced += chunk.length;
        try {
          onChunk(chunk, decoder.decode(chunk, { stream: true }));
        } catch (error) {
          thrown = { error };
          throw error;
        }
      });
    } catch {
      if (thrown) throw thrown.error;
      notStreamable("corrupt part, or larger than declared");
    }
    if (produced !== entry.size) notStreamable("inflated size differs from declared");
    const rest = decoder.decode();
    if (rest !== "") onChunk(new Uint8Array(0), rest);
  }
}
