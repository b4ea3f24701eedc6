/**
 * A text with every pseudo-localised message taken out, nested ones too (the pseudo-locale brackets each message
 * in ［ ］): what is left was not in a catalog.
 */
export const withoutPseudoMessages = (text: string): string => {
  let rest = text;
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(/［[^［］]*］/g, "");
  }
  return rest;
};
