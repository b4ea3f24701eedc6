import { inflateRawSync } from "node:zlib";

/**
 * A part's deflated bytes inflated whole, by Node's zlib: one buffer of the part's size, made once, and the
 * inflation stops at the first byte past `size` (a zip bomb whose headers lie costs no more than that). Throws
 * on a damaged stream or one that inflates past `size`. The add-in's pages use ../../addin/inflate-raw.ts,
 * the same inflation in fflate (webpack puts it in place of this module).
 */
export const inflateRaw = (stored: Uint8Array, size: number): Uint8Array =>
  // One output chunk of the whole size: zlib then hands back that buffer instead of joining 16 KB pieces.
  inflateRawSync(stored, { maxOutputLength: size + 1, chunkSize: Math.max(64, size + 1) });
