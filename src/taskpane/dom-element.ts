/** An element of the pane with its BEM class and, where given, its text (always as text, never as HTML). */
export const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

/**
 * A button of a list in `container` that, when pressed, becomes the list's current item (aria-current, so
 * screen readers and the CSS know which cell was last selected) and calls `onSelect`.
 */
export const selectableButton = (
  container: HTMLElement,
  className: string,
  onSelect: (button: HTMLButtonElement) => void
): HTMLButtonElement => {
  const button = element("button", className);
  button.type = "button";
  const base = className.split(" ")[0] ?? className;
  button.addEventListener("click", () => {
    container
      .querySelectorAll(`.${base}[aria-current]`)
      .forEach((other) => other.removeAttribute("aria-current"));
    button.setAttribute("aria-current", "true");
    onSelect(button);
  });
  return button;
};
