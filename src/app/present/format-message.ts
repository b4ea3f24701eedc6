/** The values a message's placeholders take: text as is, numbers for counts and plurals. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Where the `}` closing the `{` at `open` is, counting nested braces; -1 where it is not closed. */
const closing = (text: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
};

/** The branches of a plural argument (`=0 {none} one {# item} other {# items}`), by selector. */
const branches = (text: string): Map<string, string> => {
  const found = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open < 0) break;
    const end = closing(text, open);
    if (end < 0) throw new Error(`unclosed plural branch in "${text}"`);
    found.set(text.slice(i, open).trim(), text.slice(open + 1, end));
    i = end + 1;
  }
  return found;
};

// English plural categories; a catalog of another language brings its own rule with it (issue #14).
const category = (n: number): string => (n === 1 ? "one" : "other");

const argument = (inner: string, params: MessageParams): string => {
  const [name = "", kind, ...rest] = inner.split(",");
  const key = name.trim();
  const value = params[key];
  if (value === undefined) throw new Error(`message parameter "${key}" not given`);
  if (kind === undefined) return String(value);
  const options = branches(rest.join(","));
  if (kind.trim() === "select") {
    const branch = options.get(String(value)) ?? options.get("other");
    if (branch === undefined) throw new Error(`select "${key}" without an "other" branch`);
    return formatMessage(branch, params);
  }
  if (kind.trim() !== "plural") throw new Error(`unknown message argument "${kind.trim()}"`);
  const n = Number(value);
  const branch = options.get(`=${n}`) ?? options.get(category(n)) ?? options.get("other");
  if (branch === undefined) throw new Error(`plural "${key}" without an "other" branch`);
  return formatMessage(branch, params, n);
};

/**
 * Fills a message template: `{name}` takes a parameter, `{n, plural, =0 {...} one {# item} other {# items}}`
 * picks the branch for the count (`#` stands for it), `{kind, select, a {...} other {...}}` the branch for a word,
 * `''` is one apostrophe (as in ICU, where an apostrophe before a brace would quote it). The subset of ICU MessageFormat that our messages use, so
 * that each message is one template a translator can read whole, and plurals are decided in this one place.
 * @example formatMessage("{n, plural, one {# error} other {# errors}}", { n: 2 }) // "2 errors"
 */
export const formatMessage = (
  template: string,
  params: MessageParams = {},
  count?: number
): string => {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i] ?? "";
    if (ch === "{") {
      const end = closing(template, i);
      if (end < 0) throw new Error(`unclosed "{" in "${template}"`);
      out += argument(template.slice(i + 1, end), params);
      i = end + 1;
    } else if (ch === "'" && template[i + 1] === "'") {
      out += "'";
      i += 2;
    } else {
      out += ch === "#" && count !== undefined ? String(count) : ch;
      i++;
    }
  }
  return out;
};
