import { inflateSync } from "fflate";

/**
 * The pages' inflation of a part (webpack puts it in place of src/adapters/xlsx/inflate-raw.ts, which uses
 * Node's zlib): fflate into one buffer of the part's declared size and a byte of room, so that a part that
 * inflates to more shows it by its length, and memory never holds more than the zip declares.
 */
export const inflateRaw = (stored: Uint8Array, size: number): Uint8Array =>
  inflateSync(stored, { out: new Uint8Array(size + 1) });
