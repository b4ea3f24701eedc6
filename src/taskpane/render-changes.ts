import type { ChangeItem } from "../app/present";
import { element, selectableButton } from "./dom-element";

/**
 * Lists a submission's changed cells, each a button naming its cell that calls `onSelect`, as findings are
 * listed; a change with no cell (a row gone, the stamp's own fields) is plain text. Values are set as text.
 */
export const renderChanges = (
  container: HTMLElement,
  changes: readonly ChangeItem[],
  onSelect: (change: ChangeItem, button: HTMLButtonElement) => void
): void => {
  container.replaceChildren();
  if (changes.length === 0) return;
  const list = element("ul", "change-list");
  for (const change of changes) {
    const item = element("li", "change-list__item");
    // The line as every front end words it: place, row, column, old and new value.
    const parts = [element("span", "change__detail", change.line)];
    if (change.sheet === null) {
      const text = element("div", "change change--gone");
      text.append(...parts);
      item.append(text);
    } else {
      const button = selectableButton(container, "change", (b) => onSelect(change, b));
      button.append(...parts);
      item.append(button);
    }
    list.append(item);
  }
  container.append(list);
};
