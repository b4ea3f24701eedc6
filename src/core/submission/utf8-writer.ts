import { writeUtf8 } from "./utf8-bytes";

/** The part of the platform's TextDecoder this needs: in Node and every browser, absent from some embedded hosts. */
interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

let decoder: Utf8Decoder | null | undefined;

/**
 * UTF-8 bytes written one text after another into one growing buffer: how the canonical text is built as the
 * bytes its hash is taken over, without a string per line or per cell (a 10,000-KPI workbook's text is some 11 MB
 * in 230,000 lines). A lone surrogate is written as U+FFFD, as TextEncoder does (utf8Bytes).
 */
export class Utf8Writer {
  private buf: Uint8Array;
  private at = 0;

  constructor(size = 1 << 16) {
    this.buf = new Uint8Array(size);
  }

  /** How many bytes are written so far: a mark to copy from (copy). */
  get length(): number {
    return this.at;
  }

  private room(bytes: number): Uint8Array {
    if (this.at + bytes > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.at + bytes));
      grown.set(this.buf.subarray(0, this.at));
      this.buf = grown;
    }
    return this.buf;
  }

  /** Appends one ASCII character (a quote, a bracket, a comma, a line feed). */
  ascii(code: number): void {
    this.room(1)[this.at++] = code;
  }

  /** Appends a text's UTF-8 bytes. */
  text(text: string): void {
    this.at = writeUtf8(text, this.room(text.length * 3), this.at);
  }

  /** Appends again the bytes written from `from` to `to` (marks taken with length). */
  copy(from: number, to: number): void {
    const buf = this.room(to - from);
    // A line's start is some thirty bytes: copied in a loop, cheaper than a call into the engine per line.
    if (to - from > 64) buf.copyWithin(this.at, from, to);
    else for (let i = from; i < to; i++) buf[this.at + i - from] = buf[i]!;
    this.at += to - from;
  }

  /** The bytes written. */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

/**
 * The text of UTF-8 bytes (well formed: written by Utf8Writer from text without lone surrogates), through the
 * platform's TextDecoder where there is one, utf8TextScript where not: both give the same text (tested).
 */
export const utf8Text = (bytes: Uint8Array): string => {
  if (decoder === undefined) {
    const Decoder = (globalThis as { TextDecoder?: new () => Utf8Decoder }).TextDecoder;
    decoder = Decoder ? new Decoder() : null;
  }
  return decoder ? decoder.decode(bytes) : utf8TextScript(bytes);
};

/** utf8Text in TypeScript, for well-formed UTF-8, in runs of at most 4,096 units. */
export const utf8TextScript = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b < 0xe0) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      cp =
        ((b & 0x07) << 18) |
        ((bytes[i + 1]! & 0x3f) << 12) |
        ((bytes[i + 2]! & 0x3f) << 6) |
        (bytes[i + 3]! & 0x3f);
      i += 4;
    }
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + (cp & 0x3ff));
    else units.push(cp);
    if (units.length >= 4096) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
};
