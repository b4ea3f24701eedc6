import { createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * A part's deflated bytes inflated whole, by Node's zlib: one buffer of the part's size, made once, and the
 * inflation stops at the first byte past `size` (a zip bomb whose headers lie costs no more than that). Throws
 * on a damaged stream or one that inflates past `size`. The add-in's pages use ../../addin/inflate-raw.ts,
 * the same inflation in fflate (webpack puts it in place of this module).
 */
export const inflateRaw = (stored: Uint8Array, size: number): Uint8Array =>
  // One output chunk of the whole size: zlib then hands back that buffer instead of joining 16 KB pieces.
  inflateRawSync(stored, { maxOutputLength: size + 1, chunkSize: Math.max(64, size + 1) });

/** How much of a part zlib hands over at a time. */
const CHUNK = 64 * 1024;

/**
 * A part's deflated bytes inflated a chunk at a time, each chunk handed to `onChunk` and then dropped, so that
 * memory holds one chunk of a large part, never the whole of it (a 10,000-row sheet inflates to 8.5 MB, which the
 * collector freed only long after it was read: issue #12). Rejects on a damaged stream, on one that inflates past
 * `size` (stopping there), or with whatever `onChunk` throws (stopping there too).
 */
export const inflateRawChunks = (
  stored: Uint8Array,
  size: number,
  onChunk: (chunk: Uint8Array) => void
): Promise<void> =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    let produced = 0;
    let stopped = false;
    const stop = (error: unknown): void => {
      if (stopped) return;
      stopped = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (stopped) return;
      produced += chunk.length;
      if (produced > size) return stop(new RangeError("the part inflates past its declared size"));
      try {
        onChunk(chunk);
      } catch (error) {
        stop(error);
      }
    });
    inflater.once("error", stop);
    inflater.once("end", () => {
      if (!stopped) resolve();
    });
    inflater.end(stored);
  });
