import { Inflate, inflateSync } from "fflate";

/**
 * The pages' inflation of a part (webpack puts it in place of src/adapters/xlsx/inflate-raw.ts, which uses
 * Node's zlib): fflate into one buffer of the part's declared size and a byte of room, so that a part that
 * inflates to more shows it by its length, and memory never holds more than the zip declares.
 */
export const inflateRaw = (stored: Uint8Array, size: number): Uint8Array =>
  inflateSync(stored, { out: new Uint8Array(size + 1) });

/** How much of a part's stored bytes fflate is given at a time. */
const CHUNK = 16 * 1024;

/**
 * A part inflated a chunk at a time by fflate, as the Node module's inflateRawChunks does with zlib: each chunk
 * handed to `onChunk` and dropped; throws on a damaged stream, past `size`, or what `onChunk` throws.
 */
export const inflateRawChunks = (
  stored: Uint8Array,
  size: number,
  onChunk: (chunk: Uint8Array) => void
): Promise<void> => {
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > size) throw new RangeError("the part inflates past its declared size");
    onChunk(chunk);
  });
  try {
    if (stored.length === 0) inflater.push(stored, true);
    for (let at = 0; at < stored.length; at += CHUNK)
      inflater.push(stored.subarray(at, at + CHUNK), at + CHUNK >= stored.length);
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};
