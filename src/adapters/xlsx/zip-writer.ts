/** One part of a zip as it is stored: its name, how it is compressed, its CRC-32, sizes and stored bytes. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  /** MS-DOS time and date, as the zip records them. */
  readonly time: number;
  readonly date: number;
}

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of bytes, as zip records it. */
export const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** The part of the Compression Streams API this needs: in Node 20 and current browsers, absent from older ones. */
type CompressionStreamClass = new (format: "deflate-raw" | "gzip") => {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
};

const platformCompression = (): CompressionStreamClass | undefined =>
  (globalThis as { CompressionStream?: CompressionStreamClass }).CompressionStream;

const concat = (chunks: readonly Uint8Array[], size: number): Uint8Array => {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

const streamDeflate = async (
  Stream: CompressionStreamClass,
  bytes: Uint8Array,
  format: "deflate-raw" | "gzip" = "deflate-raw"
): Promise<Uint8Array> => {
  const stream = new Stream(format);
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await written;
  return concat(chunks, size);
};

/**
 * Raw deflate (what a zip stores), through the platform's own compressor where it has one (the Compression
 * Streams API: native zlib in Node, some five times faster than JavaScript on a large stamp), fflate where it
 * has none or it fails. `platform` null: fflate only.
 */
export const deflateRaw = async (
  bytes: Uint8Array,
  platform: CompressionStreamClass | null = platformCompression() ?? null
): Promise<Uint8Array> => {
  if (platform) {
    try {
      return await streamDeflate(platform, bytes);
    } catch {
      // A host whose stream refuses still gets its bytes compressed.
    }
  }
  // fflate loads only here: a host with its own compressor (Node, the browsers Office runs in) never needs it,
  // and in Node its module alone costs a process some 7 MB of memory (issue #12).
  const { deflateSync } = await import(/* webpackChunkName: "fflate" */ "fflate");
  return deflateSync(bytes, { level: 6 });
};

const u32 = (b: Uint8Array, at: number): number =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>>
  0;

/**
 * The raw deflate data and CRC-32 of a gzip member (RFC 1952) of `size` bytes, written with the plain 10-byte
 * header (no name, comment or extra field); undefined for any other form.
 */
const gzipMember = (
  gz: Uint8Array,
  size: number
): { readonly data: Uint8Array; readonly crc: number } | undefined => {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8 || gz[3] !== 0)
    return undefined;
  if (u32(gz, gz.length - 4) !== size >>> 0) return undefined;
  return { data: gz.subarray(10, gz.length - 8), crc: u32(gz, gz.length - 8) };
};

/**
 * Raw deflate and the CRC-32 of the bytes, as a zip entry needs them. Through the platform's compressor as gzip,
 * whose trailer carries the CRC-32 the native zlib computed (so that a large stamp's bytes are not walked again
 * in JavaScript for it); where there is none, it fails or its gzip is not of the plain form, deflateRaw and crc32.
 */
export const deflateWithCrc = async (
  bytes: Uint8Array,
  platform: CompressionStreamClass | null = platformCompression() ?? null
): Promise<{ readonly data: Uint8Array; readonly crc: number }> => {
  if (platform) {
    try {
      const member = gzipMember(await streamDeflate(platform, bytes, "gzip"), bytes.length);
      if (member) return member;
    } catch {
      // deflateRaw below tries the platform's raw deflate, then fflate.
    }
  }
  return { data: await deflateRaw(bytes, platform), crc: crc32(bytes) };
};

/** 1 January 1980, the earliest time a zip can record, as zip records it. */
const DOS_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/** A new entry: the bytes deflated, dated `at` (as zip records local time). */
export const deflatedEntry = async (
  name: string,
  bytes: Uint8Array,
  at: Date = new Date()
): Promise<ZipEntry> => {
  const year = at.getFullYear();
  const stamp =
    year < 1980
      ? DOS_EPOCH
      : {
          time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
          date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
        };
  const { data, crc } = await deflateWithCrc(bytes);
  return { name, method: 8, crc, size: bytes.length, data, ...stamp };
};

const utf8 = new TextEncoder();

/**
 * A zip of these entries, in this order, each written with its sizes and CRC in its local header (no data
 * descriptors, no zip64: an .xlsx within docs/limits.md is far below 4 GB). Names are UTF-8, flagged as such
 * where they are not ASCII.
 */
export const writeZip = (entries: readonly ZipEntry[]): Uint8Array => {
  const names = entries.map((e) => utf8.encode(e.name));
  let size = 22;
  entries.forEach(
    (e, i) => (size += 30 + 46 + 2 * (names[i] as Uint8Array).length + e.data.length)
  );
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, name: Uint8Array, signature: number, central: boolean): void => {
    const ascii = name.every((b) => b < 0x80);
    view.setUint32(at, signature, true);
    at += 4;
    if (central) {
      view.setUint16(at, 20, true);
      at += 2;
    }
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, ascii ? 0 : 0x800, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, name.length, true);
    view.setUint16(at + 24, 0, true);
    at += 26;
  };
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    header(e, name, 0x04034b50, false);
    out.set(name, at);
    at += name.length;
    out.set(e.data, at);
    at += e.data.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    const name = names[i] as Uint8Array;
    header(e, name, 0x02014b50, true);
    // Comment length, disk number, internal and external attributes, then the local header's offset.
    view.setUint16(at, 0, true);
    view.setUint16(at + 2, 0, true);
    view.setUint16(at + 4, 0, true);
    view.setUint32(at + 6, 0, true);
    view.setUint32(at + 10, offsets[i] as number, true);
    at += 14;
    out.set(name, at);
    at += name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 4, 0, true);
  view.setUint16(at + 6, 0, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  view.setUint16(at + 20, 0, true);
  return out;
};
