import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter, i) => [
    letter,
    [..."áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ"][i] ?? letter,
  ])
);

const accent = (text: string): string => text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);

const transform = (elements: readonly MessageFormatElement[]): MessageFormatElement[] =>
  elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: transform(option.value) },
        ])
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });

/**
 * The pseudo-locale's form of an English message, as a parsed message: every letter of its own text accented
 * and the whole bracketed, its placeholders, plurals and selects kept, so that it formats like the original.
 */
export const pseudoLocalise = (message: string): MessageFormatElement[] => [
  { type: TYPE.literal, value: "［" },
  ...transform(parse(message)),
  { type: TYPE.literal, value: "］" },
];
