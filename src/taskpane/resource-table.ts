import type { ResourceCell, ResourceTableView } from "../app/present/present-resources";
import { element } from "./dom-element";

/**
 * A figure with its bar under it. The text is what is read; the bar (a meter from 0 to 1, so the browser draws it
 * from the inline start, right-to-left too) is decoration, hidden from assistive technology.
 */
const figure = (cell: ResourceCell, over = false): HTMLTableCellElement => {
  const td = element("td", `resource-table__figure${over ? " resource-table__figure--over" : ""}`);
  const bar = element("meter", "resource-table__bar");
  bar.min = 0;
  bar.max = 1;
  bar.value = cell.bar;
  bar.setAttribute("aria-hidden", "true");
  td.append(element("span", "resource-table__text", cell.text), bar);
  return td;
};

const headerCell = (text: string, scope: "col" | "row", className: string): HTMLElement => {
  const th = element("th", className, text);
  th.scope = scope;
  return th;
};

/**
 * One table of the Resources summary: a line per goal or sector (its name as the row header), budget and
 * expenditure on one scale, execution against 100% (marked where more was spent than budgeted), and the total.
 */
export const resourceTable = (id: string, view: ResourceTableView): HTMLTableElement => {
  const table = element("table", "resource-table");
  table.id = id;
  table.createCaption().append(view.caption);
  table.caption?.classList.add("resource-table__caption");
  const head = table.createTHead().insertRow();
  view.headers.forEach((text, i) =>
    head.append(headerCell(text, "col", i === 0 ? "resource-table__label" : "resource-table__head"))
  );
  const body = table.createTBody();
  for (const row of view.rows) {
    const tr = body.insertRow();
    tr.append(
      headerCell(row.label, "row", "resource-table__label"),
      figure(row.budget),
      figure(row.expenditure),
      figure(row.execution, row.execution.over)
    );
  }
  const total = table.createTFoot().insertRow();
  total.className = "resource-table__total";
  total.append(
    headerCell(view.total.label, "row", "resource-table__label"),
    ...[view.total.budget, view.total.expenditure, view.total.execution].map((text) =>
      element("td", "resource-table__figure", text)
    )
  );
  return table;
};
