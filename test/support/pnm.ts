/** A decoded PPM (P6, colour) or PGM (P5, grey) image, as pdftoppm writes them: RGB triples or grey bytes. */
export interface Pnm {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 3;
  readonly pixels: Uint8Array;
}

/** Decodes the binary PPM/PGM formats (8-bit), the simplest images to read without a library. */
export const readPnm = (bytes: Uint8Array): Pnm => {
  const tokens: string[] = [];
  let i = 0;
  while (tokens.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i] ?? 0))) i++;
    let token = "";
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 0)))
      token += String.fromCharCode(bytes[i++] ?? 0);
    tokens.push(token);
  }
  i++; // the single whitespace byte after the maximum value
  const [magic, w, h, max] = tokens;
  if ((magic !== "P6" && magic !== "P5") || max !== "255")
    throw new Error(`not an 8-bit PPM/PGM: ${magic}`);
  const channels = magic === "P6" ? 3 : 1;
  const width = Number(w);
  const height = Number(h);
  return { width, height, channels, pixels: bytes.slice(i, i + width * height * channels) };
};

/** How many pixels match a test, given as RGB (grey images repeat the grey level). */
export const countPixels = (
  image: Pnm,
  test: (r: number, g: number, b: number) => boolean
): number => {
  let n = 0;
  for (let p = 0; p < image.width * image.height; p++) {
    const at = p * image.channels;
    const r = image.pixels[at] ?? 0;
    const g = image.channels === 3 ? (image.pixels[at + 1] ?? 0) : r;
    const b = image.channels === 3 ? (image.pixels[at + 2] ?? 0) : r;
    if (test(r, g, b)) n++;
  }
  return n;
};
