import { deflateRawSync } from "node:zlib";
import * as node from "../../../src/adapters/xlsx/inflate-raw";
import * as pages from "../../../src/addin/inflate-raw";

/** About 3 MB of sheet-like XML that deflates well, as a sheet does. */
const original = new TextEncoder().encode(
  Array.from(
    { length: 30_000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`
  ).join("\n")
);
const stored = deflateRawSync(original);

/** What an inflater gives a chunk at a time, joined, and how many chunks it gave. */
const inflated = async (
  inflate: typeof node.inflateRawChunks,
  size: number
): Promise<{ readonly bytes: Uint8Array; readonly chunks: number }> => {
  const chunks: Uint8Array[] = [];
  await inflate(stored, size, (chunk) => chunks.push(chunk.slice()));
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
};

describe.each([
  ["Node's zlib", node.inflateRawChunks],
  ["the pages' fflate", pages.inflateRawChunks],
])("inflateRawChunks with %s", (_name, inflate) => {
  it("gives the part's bytes exactly, in many chunks", async () => {
    const { bytes, chunks } = await inflated(inflate, original.length);
    expect(Buffer.compare(bytes, original)).toBe(0);
    expect(chunks).toBeGreaterThan(10);
  });

  it("rejects a part that inflates past its declared size", async () => {
    await expect(inflated(inflate, original.length - 1)).rejects.toThrow();
  });

  it("rejects a damaged stream", async () => {
    const damaged = new Uint8Array(stored);
    damaged.fill(0xff, 100, 300);
    await expect(inflate(damaged, original.length, () => undefined)).rejects.toThrow();
  });

  it("stops where its reader throws, with what it threw", async () => {
    const stop = new Error("stop here");
    let calls = 0;
    await expect(
      inflate(stored, original.length, () => {
        if (++calls === 2) throw stop;
      })
    ).rejects.toBe(stop);
    expect(calls).toBe(2);
  });
});
