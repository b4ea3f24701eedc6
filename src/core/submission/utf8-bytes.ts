/** The part of the platform's TextEncoder this needs: in Node and every browser, absent from some embedded hosts. */
interface Utf8Encoder {
  encode(text: string): Uint8Array;
}

const platformEncoder = (): Utf8Encoder | undefined => {
  const Encoder = (globalThis as { TextEncoder?: new () => Utf8Encoder }).TextEncoder;
  return Encoder ? new Encoder() : undefined;
};

let encoder: Utf8Encoder | null | undefined;

/**
 * The UTF-8 encoding of a string, as the stamp's hash needs it. A lone surrogate (which no spreadsheet
 * should hold) is encoded as U+FFFD, as TextEncoder and Python's "replace" error handler do. Through the
 * platform's TextEncoder where there is one (native, several times faster on the tens of megabytes of a large
 * workbook's canonical text), utf8BytesScript where not: both give the same bytes (tested).
 */
export const utf8Bytes = (text: string): Uint8Array => {
  if (encoder === undefined) encoder = platformEncoder() ?? null;
  return encoder ? encoder.encode(text) : utf8BytesScript(text);
};

/** utf8Bytes in TypeScript, written into one array sized in a first pass. */
export const utf8BytesScript = (text: string): Uint8Array => {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) size += 1;
    else if (unit < 0x800) size += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      size += 4;
      i++;
    } else size += 3;
  }
  const out = new Uint8Array(size);
  writeUtf8(text, out, 0);
  return out;
};

/**
 * Writes a text's UTF-8 bytes into `out` from `at` (room for them already made: at most 3 bytes per UTF-16
 * unit), a lone surrogate as U+FFFD; gives where the bytes end. The one encoder of utf8BytesScript and the
 * canonical text's Utf8Writer.
 */
export const writeUtf8 = (text: string, out: Uint8Array, from: number): number => {
  let at = from;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      out[at++] = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i++;
    } else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x800) {
      out[at++] = 0xc0 | (cp >> 6);
      out[at++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      out[at++] = 0xe0 | (cp >> 12);
      out[at++] = 0x80 | ((cp >> 6) & 0x3f);
      out[at++] = 0x80 | (cp & 0x3f);
    } else {
      out[at++] = 0xf0 | (cp >> 18);
      out[at++] = 0x80 | ((cp >> 12) & 0x3f);
      out[at++] = 0x80 | ((cp >> 6) & 0x3f);
      out[at++] = 0x80 | (cp & 0x3f);
    }
  }
  return at;
};

const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
