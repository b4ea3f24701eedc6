import { element } from "./dom-element";

/** A button of a section; `primary` for the one main action of its tab (Fluent's one primary button per view). */
export const actionButton = (id: string, text: string, primary = false): HTMLButtonElement => {
  const button = element("button", primary ? "button button--primary" : "button", text);
  button.id = id;
  button.type = "button";
  return button;
};

/** A tick box with its label after it. */
export const checkBox = (
  id: string,
  text: string,
  checked = false
): {
  readonly row: HTMLDivElement;
  readonly box: HTMLInputElement;
  readonly label: HTMLLabelElement;
} => {
  const box = element("input", "check__box");
  box.type = "checkbox";
  box.id = id;
  box.checked = checked;
  const label = element("label", "check__label", text);
  label.htmlFor = id;
  const row = element("div", "check");
  row.append(box, label);
  return { row, box, label };
};

/** A labelled field (text, file or a dropdown), the label above the control. */
export const field = <T extends HTMLInputElement | HTMLSelectElement>(
  control: T,
  id: string,
  text: string
): { readonly row: HTMLDivElement; readonly control: T } => {
  control.id = id;
  control.classList.add("field__control");
  const label = element("label", "field__label", text);
  label.htmlFor = id;
  const row = element("div", "field");
  row.append(label, control);
  return { row, control };
};

/** A text box for a person's name. */
export const nameInput = (): HTMLInputElement => {
  const input = element("input", "");
  input.type = "text";
  input.autocomplete = "name";
  return input;
};

/** A file picker for .xlsx workbooks. */
export const workbookInput = (multiple = false): HTMLInputElement => {
  const input = element("input", "field__control--file");
  input.type = "file";
  input.multiple = multiple;
  input.accept = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return input;
};
