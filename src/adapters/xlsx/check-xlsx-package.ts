import { resolvePartTarget } from "./part-path";
import type JSZip from "jszip";
import { loadJsZip } from "./lazy-modules";
import { formatBytes, WORKBOOK_LIMITS } from "../../core/snapshot";
import { message, type Message } from "../../core/i18n";
import { LIMITS_DOC, partMessage, WorkbookReadError } from "./workbook-read-error";

/** What JSZip knows of an entry from the zip's central directory (a private field in its typings). */
interface EntrySizes {
  readonly _data?: { readonly uncompressedSize?: number };
}

/** JSZip's chunked inflation of one entry (run-time API, absent from its typings). */
interface InternalStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", listener: (error: unknown) => void): InternalStream;
  on(event: "end", listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

const utf16 = (text: string): number[] =>
  [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);

const contains = (bytes: Uint8Array, needle: readonly number[]): boolean => {
  const first = needle[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
};

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/**
 * The number of entries the zip's end-of-central-directory record declares (its zip64 record where there is
 * one), read from the last bytes before anything is unpacked; null when there is no such record (truncated).
 */
const declaredEntries = (bytes: Uint8Array): number | null => {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) !== EOCD) continue;
    const count = u16(bytes, at + 10);
    if (count !== 0xffff) return count;
    const locator = at - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) return count;
    const record = u32(bytes, locator + 8) + u32(bytes, locator + 12) * 0x100000000;
    return record + 56 <= bytes.length
      ? u32(bytes, record + 32) + u32(bytes, record + 36) * 0x100000000
      : null;
  }
  return null;
};

/** Inflates one entry chunk by chunk, giving each chunk to `onChunk`, and stops past `limit` bytes. */
const inflateBounded = (
  entry: JSZip.JSZipObject,
  limit: number,
  onChunk: (chunk: Uint8Array) => "stop" | void
): Promise<{ readonly bytes: number; readonly over: boolean }> =>
  new Promise((resolve, reject) => {
    let bytes = 0;
    let done = false;
    const stream = (
      entry as unknown as { internalStream(type: "uint8array"): InternalStream }
    ).internalStream("uint8array");
    const finish = (over: boolean): void => {
      if (done) return;
      done = true;
      stream.pause();
      resolve({ bytes, over });
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        bytes += chunk.length;
        if (bytes > limit) finish(true);
        else if (onChunk(chunk) === "stop") finish(false);
      })
      .on("error", (error) => {
        if (done) return;
        done = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      })
      .on("end", () => finish(false))
      .resume();
  });

/** Counts `<row` and `<c` start tags (rows and cells) in sheet XML arriving in chunks, however the chunks split a tag. */
export const tagCounter = (): { feed(chunk: Uint8Array): void; rows: number; cells: number } => {
  let tail = new Uint8Array(0);
  const counts = {
    rows: 0,
    cells: 0,
    feed(chunk: Uint8Array): void {
      const buf = tail.length === 0 ? chunk : new Uint8Array(tail.length + chunk.length);
      if (buf !== chunk) {
        buf.set(tail);
        buf.set(chunk, tail.length);
      }
      const ends = (at: number): boolean => {
        const next = buf[at];
        return (
          next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13
        );
      };
      for (let i = buf.indexOf(60); i >= 0 && i + 4 < buf.length; i = buf.indexOf(60, i + 1)) {
        if (buf[i + 1] === 99 && ends(i + 2)) counts.cells++;
        else if (buf[i + 1] === 114 && buf[i + 2] === 111 && buf[i + 3] === 119 && ends(i + 4))
          counts.rows++;
      }
      tail = buf.slice(Math.max(0, buf.length - 4));
    },
  };
  return counts;
};

const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (code.startsWith("#x") || code.startsWith("#X"))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? "";
  });
const attribute = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : undefined;
};

/** Which sheet each worksheet part holds, from xl/workbook.xml and its relationships, for messages. */
const sheetNamesByPart = async (zip: JSZip, limit: number): Promise<Map<string, string>> => {
  const text = async (path: string): Promise<string> => {
    const entry = zip.file(path);
    if (!entry) return "";
    const chunks: Uint8Array[] = [];
    const { over } = await inflateBounded(entry, limit, (chunk) => {
      chunks.push(chunk);
    });
    return over ? "" : new TextDecoder().decode(concat(chunks));
  };
  const targets = new Map<string, string>();
  for (const tag of (await text("xl/_rels/workbook.xml.rels")).match(
    /<(\w+:)?Relationship\b[^>]*>/g
  ) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, resolvePartTarget("xl/workbook.xml", target));
  }
  const names = new Map<string, string>();
  for (const tag of (await text("xl/workbook.xml")).match(/<(\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "[\\w]+:id");
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, name);
  }
  return names;
};

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error))
    .replace(/\s*If it is, see \S+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** Why a file of this many bytes is refused, or undefined: callers that can stat a file check before reading it. */
export const fileSizeRefusal = (size: number): Message | undefined =>
  size > WORKBOOK_LIMITS.fileBytes
    ? message("error.xlsx.fileTooLarge", {
        size: formatBytes(size),
        limit: formatBytes(WORKBOOK_LIMITS.fileBytes),
        doc: LIMITS_DOC,
      })
    : undefined;

/**
 * Why a workbook about to be written could not be read again (past the file size, one part's or all parts'
 * inflated size of WORKBOOK_LIMITS, as its zip declares them), as the end of a sentence; undefined when it can.
 * For writes that keep a workbook (submit's stamp, the matrix): no command writes a copy that verify, or any
 * other command, would then refuse.
 */
export const writtenSizeRefusal = (bytes: Uint8Array): Message | undefined => {
  const limits = WORKBOOK_LIMITS;
  if (bytes.length > limits.fileBytes)
    return message("error.xlsx.wouldBeTooLarge", {
      size: formatBytes(bytes.length),
      limit: formatBytes(limits.fileBytes),
      doc: LIMITS_DOC,
    });
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff) && eocd < 0; at--)
    if (u32(bytes, at) === EOCD) eocd = at;
  if (eocd < 0) return undefined;
  let at = u32(bytes, eocd + 16);
  let total = 0;
  for (let i = u16(bytes, eocd + 10); i > 0 && u32(bytes, at) === 0x02014b50; i--) {
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size > limits.partBytes)
      return message("error.xlsx.wouldHoldLargePart", {
        part: name,
        size: formatBytes(size),
        limit: formatBytes(limits.partBytes),
        doc: LIMITS_DOC,
      });
    total += size;
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return total > limits.totalBytes
    ? message("error.xlsx.totalTooLarge", {
        size: formatBytes(total),
        limit: formatBytes(limits.totalBytes),
        doc: LIMITS_DOC,
      })
    : undefined;
};

/**
 * Checks .xlsx bytes against WORKBOOK_LIMITS before ExcelJS inflates anything: the file's size, what its zip
 * declares (parts, sizes), and then each part inflated a chunk at a time, stopping at the first byte past what
 * was declared or the first row past the limit. Refuses encrypted, old-format and macro-enabled files, and zips
 * that are no workbook. Memory stays bounded by the file (20 MB) and one inflated chunk, whatever the zip says.
 * Throws WorkbookReadError naming the file (and the sheet, where one is at fault).
 */
export const checkXlsxPackage = async (file: string, bytes: Uint8Array): Promise<void> => {
  const refuse = (reason: Message): never => {
    throw new WorkbookReadError(file, reason);
  };
  const limits = WORKBOOK_LIMITS;
  if (bytes.length === 0) refuse(message("error.xlsx.empty"));
  const tooLarge = fileSizeRefusal(bytes.length);
  if (tooLarge) refuse(tooLarge);
  if (startsWith(bytes, CFB_MAGIC)) {
    const encrypted =
      contains(bytes, utf16("EncryptionInfo")) || contains(bytes, utf16("EncryptedPackage"));
    refuse(
      encrypted
        ? message("error.xlsx.encrypted", {
            menu: "File > Info > Protect Workbook > Encrypt with Password",
          })
        : message("error.xlsx.oldFormat", { format: "Excel Workbook (.xlsx)" })
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) refuse(message("error.xlsx.notZip"));
  const entries = declaredEntries(bytes);
  if (entries === null) refuse(message("error.xlsx.noCentralDirectory"));
  if ((entries ?? 0) > limits.parts)
    refuse(
      message("error.xlsx.tooManyPartsDeclared", {
        count: entries ?? 0,
        limit: limits.parts,
        doc: LIMITS_DOC,
      })
    );

  let zip: JSZip;
  try {
    zip = await (await loadJsZip()).loadAsync(bytes);
  } catch (error) {
    const text = errorText(error);
    const method = /compression .* unknown \(inner file : (.*)\)$/.exec(text);
    return refuse(
      /encrypted/i.test(text)
        ? message("error.xlsx.encryptedZip")
        : method
          ? message("error.xlsx.compression", { part: method[1] ?? "" })
          : message("error.xlsx.corruptZip", { detail: text })
    );
  }
  const parts = Object.values(zip.files).filter((entry) => !entry.dir);
  if (parts.length > limits.parts)
    refuse(message("error.xlsx.tooManyParts", { count: parts.length, limit: limits.parts }));

  if (/\.xlsm$/i.test(file) || zip.file("xl/vbaProject.bin"))
    refuse(message("error.xlsx.macros", { format: "Excel Workbook (.xlsx)" }));
  if (!zip.file("xl/workbook.xml"))
    refuse(message("error.xlsx.notWorkbook", { part: "xl/workbook.xml" }));

  const declared = (entry: JSZip.JSZipObject): number =>
    (entry as unknown as EntrySizes)._data?.uncompressedSize ?? 0;
  const total = parts.reduce((n, entry) => n + declared(entry), 0);
  const largest = parts.reduce<JSZip.JSZipObject | undefined>(
    (best, entry) => (best && declared(best) >= declared(entry) ? best : entry),
    undefined
  );
  const names = await sheetNamesByPart(zip, 1024 * 1024);
  const describe = (path: string): Message => partMessage(path, names.get(path));
  if (largest && declared(largest) > limits.partBytes)
    refuse(
      message("error.xlsx.partTooLarge", {
        part: describe(largest.name),
        size: formatBytes(declared(largest)),
        limit: formatBytes(limits.partBytes),
        doc: LIMITS_DOC,
      })
    );
  if (total > limits.totalBytes)
    refuse(
      message("error.xlsx.totalTooLarge", {
        size: formatBytes(total),
        limit: formatBytes(limits.totalBytes),
        doc: LIMITS_DOC,
      })
    );

  const contentTypes = zip.file("[Content_Types].xml");
  if (contentTypes) {
    const chunks: Uint8Array[] = [];
    await inflateBounded(contentTypes, Math.min(declared(contentTypes), 1024 * 1024), (c) => {
      chunks.push(c);
    });
    if (/macroEnabled/i.test(new TextDecoder().decode(concat(chunks))))
      refuse(message("error.xlsx.macros", { format: "Excel Workbook (.xlsx)" }));
  }

  let cells = 0;
  for (const entry of parts) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    const tags = tagCounter();
    let past: "rows" | "cells" | undefined;
    let result: { bytes: number; over: boolean };
    try {
      result = await inflateBounded(entry, declared(entry), (chunk) => {
        if (!isSheet) return undefined;
        tags.feed(chunk);
        if (tags.rows > limits.rowsPerSheet) past = "rows";
        else if (cells + tags.cells > limits.cells) past = "cells";
        return past ? "stop" : undefined;
      });
    } catch (error) {
      return refuse(
        message("error.xlsx.corruptPart", { part: describe(entry.name), detail: errorText(error) })
      );
    }
    if (past === "rows")
      refuse(
        message("error.xlsx.tooManyRows", {
          part: describe(entry.name),
          limit: limits.rowsPerSheet,
          doc: LIMITS_DOC,
        })
      );
    if (past === "cells")
      refuse(
        message("error.xlsx.tooManyCells", {
          limit: limits.cells,
          part: partMessage(entry.name, names.get(entry.name), "bare"),
          doc: LIMITS_DOC,
        })
      );
    if (result.over)
      refuse(
        message("error.xlsx.inflatesPastDeclared", {
          part: describe(entry.name),
          size: formatBytes(declared(entry)),
        })
      );
    cells += tags.cells;
  }
};
