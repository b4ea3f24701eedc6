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
): Promise<void> => {
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  // The listeners reach the caller's `onChunk` through this object only, and forget it once the stream is done:
  // the stream outlives its end (its native handle closes later) while the caller goes on synchronously, and
  // whatever `onChunk` reached (a 10,000-row sheet's row lists, 5 MB) would stay alive through the rules
  // (issue #12). No listener refers to `stored` or `onChunk` themselves, which would keep them as long.
  const sink: { onChunk?: (chunk: Uint8Array) => void; left: number } = { onChunk, left: size };
  const done = new Promise<void>((resolve, reject) => {
    const stop = (error?: unknown): void => {
      if (sink.onChunk === undefined) return;
      delete sink.onChunk;
      inflater.removeListener("data", onData);
      if (error === undefined) return resolve();
      inflater.destroy();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      const handler = sink.onChunk;
      if (handler === undefined) return;
      sink.left -= chunk.length;
      if (sink.left < 0) return stop(new RangeError("the part inflates past its declared size"));
      try {
        handler(chunk);
      } catch (error) {
        stop(error ?? new Error("the part's reader failed"));
      }
    };
    inflater.on("data", onData);
    inflater.once("error", stop);
    inflater.once("end", () => stop());
  });
  inflater.end(stored);
  return done;
};
