import JSZip from "jszip";
import { NotStreamable, XlsxPackage } from "../../../src/adapters/xlsx/xlsx-package";

/** Text of about `bytes` bytes in three scripts, so that chunks end inside characters of two to four bytes. */
const textOf = (bytes: number): string => {
  const line = "<row>Résultat attendu — النتائج المتوقعة — 预期成果 — 𝔘𝔫𝔦𝔬𝔫 </row>\n";
  return line.repeat(Math.ceil(bytes / new TextEncoder().encode(line).length));
};

/** A zip holding a workbook part and `big.xml`, deflated. */
const zipped = async (big: string): Promise<Uint8Array> => {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("big.xml", big);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};

/** The bytes with the size the central directory declares for `part` (uncompressed) set to `size`. */
const declaring = (bytes: Uint8Array, part: string, size: number): Uint8Array => {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (
      length === name.length &&
      copy.subarray(at + 46, at + 46 + length).every((b, i) => b === name[i])
    ) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no ${part} in the central directory`);
};

/** Every chunk the package gives of a part: its bytes' lengths and its text. */
const streamOf = async (
  pkg: XlsxPackage,
  part: string
): Promise<{ readonly lengths: number[]; readonly text: string }> => {
  const lengths: number[] = [];
  let text = "";
  await pkg.stream(part, (bytes, chunk) => {
    lengths.push(bytes.length);
    text += chunk;
  });
  return { lengths, text };
};

describe("XlsxPackage.stream: a part a chunk at a time", () => {
  it("gives a part past 1 MB in chunks of at most 64 KB, its text whole across characters split between chunks", async () => {
    const big = textOf(3 * 1024 * 1024);
    const pkg = XlsxPackage.open("big.xlsx", await zipped(big));
    const { lengths, text } = await streamOf(pkg, "big.xml");
    expect(text).toBe(big);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(new TextEncoder().encode(big).length);
    expect(lengths.length).toBeGreaterThan(40);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(64 * 1024);
  });

  it("gives a small part whole-inflated, in the same chunks of text", async () => {
    const small = textOf(200 * 1024);
    const pkg = XlsxPackage.open("small.xlsx", await zipped(small));
    expect((await streamOf(pkg, "big.xml")).text).toBe(small);
  });

  it("stops a large part that inflates past the size its zip declares, or short of it", async () => {
    const big = textOf(2 * 1024 * 1024);
    const bytes = await zipped(big);
    const size = new TextEncoder().encode(big).length;
    for (const declared of [size - 1, 1024 * 1024 + 1, size + 1]) {
      const pkg = XlsxPackage.open("lying.xlsx", declaring(bytes, "big.xml", declared));
      let given = 0;
      await expect(
        pkg.stream("big.xml", (chunk) => {
          given += chunk.length;
        })
      ).rejects.toBeInstanceOf(NotStreamable);
      // Never more than the zip declares, give or take the chunk that went past it.
      expect(given).toBeLessThanOrEqual(declared);
    }
  });

  it("stops at a damaged deflate stream", async () => {
    const bytes = await zipped(textOf(2 * 1024 * 1024));
    const damaged = bytes.slice();
    // Somewhere inside big.xml's compressed bytes, after the small part's.
    for (let at = 400; at < 600; at++) damaged[at] = 0xff;
    const pkg = XlsxPackage.open("damaged.xlsx", damaged);
    await expect(pkg.stream("big.xml", () => undefined)).rejects.toBeInstanceOf(NotStreamable);
  });

  it("stops where the reader of its chunks throws, and throws what it threw", async () => {
    const pkg = XlsxPackage.open("big.xlsx", await zipped(textOf(2 * 1024 * 1024)));
    const stop = new RangeError("rows past the limit");
    let calls = 0;
    await expect(
      pkg.stream("big.xml", () => {
        calls++;
        if (calls === 3) throw stop;
      })
    ).rejects.toBe(stop);
    expect(calls).toBe(3);
  });
});
