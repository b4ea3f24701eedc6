import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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

/** A full garbage collection, now (node's `gc`, exposed for this test file). */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** What an inflater gives a chunk at a time, joined, and how many chunks it gave. */
const inflated = async (
  inflate: typeof node.inflateRawChunks,
  size: number
): Promise<{ readonly bytes: Uint8Array; readonly chunks: number }> => {
  const chunks: Uint8Array[] = [];
  await inflate(stored, size, (chunk) => chunks.push(chunk.slice()));
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
};

/** A reader that keeps each chunk's length in `rows`. */
const pushInto =
  (rows: number[][]) =>
  (chunk: Uint8Array): void => {
    rows.push([chunk.length]);
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

  it("keeps nothing its reader reached once the part is read, though the caller goes straight on", async () => {
    // What a sheet's reader builds as it goes (its rows, megabytes), reached only through the reader.
    let rows: number[][] | undefined = [];
    const built = new WeakRef(rows);
    // A WeakRef holds its object until the task that made it ends.
    await new Promise(setImmediate);
    const read = inflate(stored, original.length, pushInto(rows));
    rows = undefined;
    await read;
    // No tick in between: the caller parses and checks synchronously after the read (the zlib stream's
    // native handle, still open here, once kept its listeners and all they reached alive: issue #12).
    collectGarbage();
    expect(built.deref()).toBeUndefined();
  });
});
