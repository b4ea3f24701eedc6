/** A text compared as wording, not typography: case, spacing, quotes and trailing punctuation ignored. */
export const sameWording = (a: string, b: string): boolean => wordingKey(a) === wordingKey(b);

/** The form sameWording compares: what two texts of the same wording have in common. */
export const wordingKey = (t: string): string =>
  t
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[\s.;:,]+$/, "")
    .trim()
    .toLowerCase();
