import { inflateSync } from "fflate";
import JSZip from "jszip";
import {
  crc32,
  deflateRaw,
  deflatedEntry,
  deflateWithCrc,
  writeZip,
} from "../../../src/adapters/xlsx/zip-writer";

const text = (n: number): Uint8Array =>
  new TextEncoder().encode(
    Array.from({ length: n }, (_, i) => `["A KPIs","A.kpi.1.${i}","Actual 2021",${i % 97}]\n`).join(
      ""
    )
  );

describe("writing a zip", () => {
  it("computes CRC-32 as zip does (the check value of the standard)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("deflates through the platform's compressor and through fflate alike, to bytes that inflate back", async () => {
    const bytes = text(5_000);
    const platform = await deflateRaw(bytes);
    const fallback = await deflateRaw(bytes, null);
    expect(inflateSync(platform)).toEqual(bytes);
    expect(inflateSync(fallback)).toEqual(bytes);
    expect(platform.length).toBeLessThan(bytes.length / 4);
  });

  it("takes the CRC-32 from the platform's gzip trailer, or computes it where the platform has none", async () => {
    const bytes = text(5_000);
    for (const { data, crc } of [await deflateWithCrc(bytes), await deflateWithCrc(bytes, null)]) {
      expect(crc).toBe(crc32(bytes));
      expect(inflateSync(data)).toEqual(bytes);
    }
  });

  it("falls back to its own CRC-32 where the platform's gzip has a header of another form", async () => {
    // A compressor whose gzip names the file (FNAME): its deflate data starts past the name, which is not read.
    class NamingGzip {
      private readonly inner: CompressionStream;
      readonly writable: WritableStream<Uint8Array>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: "deflate-raw" | "gzip") {
        this.inner = new CompressionStream(format);
        this.writable = this.inner.writable as WritableStream<Uint8Array>;
        let first = format === "gzip";
        this.readable = this.inner.readable.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, out) {
              if (first && chunk.length >= 10) {
                first = false;
                const named = new Uint8Array(chunk.length + 2);
                named.set(chunk.subarray(0, 10));
                named[3] = 0x08;
                named.set([0x61, 0x00], 10);
                named.set(chunk.subarray(10), 12);
                out.enqueue(named);
              } else out.enqueue(chunk);
            },
          })
        );
      }
    }
    const bytes = text(500);
    const { data, crc } = await deflateWithCrc(bytes, NamingGzip);
    expect(crc).toBe(crc32(bytes));
    expect(inflateSync(data)).toEqual(bytes);
  });

  it("writes entries that JSZip reads back, CRCs checked, non-ASCII names included", async () => {
    const zip = writeZip([
      await deflatedEntry("xl/worksheets/sheet1.xml", text(100)),
      await deflatedEntry("docs/résumé.txt", new TextEncoder().encode("été")),
      await deflatedEntry("empty.txt", new Uint8Array(0)),
    ]);
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual([
      "xl/worksheets/sheet1.xml",
      "docs/résumé.txt",
      "empty.txt",
    ]);
    expect(await read.file("xl/worksheets/sheet1.xml")?.async("uint8array")).toEqual(text(100));
    expect(await read.file("docs/résumé.txt")?.async("string")).toBe("été");
    expect(await read.file("empty.txt")?.async("string")).toBe("");
  });
});
