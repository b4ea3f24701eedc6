import { Finding, SEVERITIES, Severity } from "../core/findings";
import {
  arrangeFindings,
  FindingGrouping,
  severityCounts,
  SeverityFilter,
} from "./arrange-findings";
import type { MessageKey, Translator } from "../core/i18n";
import { element, selectableButton } from "./dom-element";
import { addinWording } from "../addin/addin-wording";

/** A finding's severity as its card names it. */
const SEVERITY: Readonly<Record<Severity, MessageKey>> = {
  error: "severity.error",
  warning: "severity.warning",
  info: "severity.info",
};

/** The filter's option for each choice, with its count. */
const SHOW: Readonly<Record<SeverityFilter, MessageKey>> = {
  all: "pane.findings.showAll",
  error: "pane.findings.showErrors",
  warning: "pane.findings.showWarnings",
  info: "pane.findings.showInfo",
};

/** What the view lists: validation's findings and the workbook's sectors, in its order. */
export interface FindingsShown {
  readonly findings: readonly Finding[];
  readonly sectors: readonly string[];
}

/** A list of findings the officer can filter by severity, group by sector or rule, and collapse group by group. */
export interface FindingsView {
  readonly element: HTMLElement;
  show(shown: FindingsShown, sectorName: (id: string) => string): void;
}

/** Up to this many findings, every group is open; past it, the first only. */
const OPEN_AT_MOST = 12;

/** A row of radio buttons drawn as one segmented control (one tab stop; the arrow keys choose). */
const segmented = <T extends string>(
  name: string,
  legend: string,
  options: readonly (readonly [T, string])[],
  onChange: (value: T) => void
): {
  readonly element: HTMLFieldSetElement;
  readonly labels: Map<T, HTMLLabelElement>;
  value(): T;
} => {
  const set = element("fieldset", "segmented");
  set.append(element("legend", "segmented__legend", legend));
  const labels = new Map<T, HTMLLabelElement>();
  const radios = options.map(([value, text], i) => {
    const radio = element("input", "segmented__radio");
    radio.type = "radio";
    radio.name = name;
    radio.id = `${name}-${value}`;
    radio.value = value;
    radio.checked = i === 0;
    radio.addEventListener("change", () => onChange(value));
    const label = element("label", "segmented__option", text);
    label.htmlFor = radio.id;
    labels.set(value, label);
    set.append(radio, label);
    return radio;
  });
  return {
    element: set,
    labels,
    value: () => (radios.find((r) => r.checked)?.value ?? options[0]?.[0]) as T,
  };
};

/**
 * Builds the view; `prefix` makes its ids (`<prefix>-show-<severity>`, `<prefix>-group-<sector|rule>`,
 * `<prefix>-location`, `<prefix>-findings`). Each finding is a button naming its severity and cell that calls
 * `onSelect`; workbook text (messages quote the officer's entries) is set as text, never parsed as HTML.
 */
export const findingsView = (
  prefix: string,
  t: Translator,
  onSelect: (finding: Finding, button: HTMLButtonElement, location: HTMLElement) => void
): FindingsView => {
  let last: { shown: FindingsShown; sectorName: (id: string) => string } | undefined;
  const list = element("div", "results__list");
  list.id = `${prefix}-findings`;
  const location = element("p", "results__location");
  location.id = `${prefix}-location`;
  location.setAttribute("role", "status");
  const render = (): void => {
    list.replaceChildren();
    location.textContent = "";
    if (!last) return;
    const groups = arrangeFindings(
      last.shown.findings,
      last.shown.sectors,
      { show: show.value(), by: by.value() },
      last.sectorName,
      t
    );
    const shown = groups.reduce((n, g) => n + g.findings.length, 0);
    groups.forEach((group, i) => {
      const details = element("details", "finding-group");
      // A long list opens its first group only: the others show their title and count until opened.
      details.open = i === 0 || shown <= OPEN_AT_MOST;
      const summary = element("summary", "finding-group__heading", group.title);
      summary.append(element("span", "finding-group__count", t.number(group.findings.length)));
      const items = element("ul", "finding-list");
      for (const f of group.findings) {
        const item = element("li", "finding-list__item");
        const button = selectableButton(list, `finding finding--${f.severity}`, (b) =>
          onSelect(f, b, location)
        );
        const severity = t.t(SEVERITY[f.severity]);
        const where =
          f.cell === null
            ? t.t("pane.finding.sheet", { severity, sheet: f.sheet })
            : t.t("pane.finding.cell", { severity, sheet: f.sheet, cell: f.cell });
        button.append(
          element("span", "finding__cell", where),
          element("span", "finding__message", addinWording(f.message, t))
        );
        if (f.fix) button.append(element("span", "finding__fix", addinWording(f.fix, t)));
        item.append(button);
        items.append(item);
      }
      details.append(summary, items);
      list.append(details);
    });
  };
  const show = segmented<SeverityFilter>(
    `${prefix}-show`,
    t.t("pane.findings.show"),
    (["all", "error", "warning", "info"] as const).map((v) => [v, t.t(SHOW[v], { count: 0 })]),
    render
  );
  const by = segmented<FindingGrouping>(
    `${prefix}-group`,
    t.t("pane.findings.groupBy"),
    [
      ["sector", t.t("pane.findings.bySector")],
      ["rule", t.t("pane.findings.byRule")],
    ],
    render
  );
  const controls = element("div", "findings__controls");
  controls.append(show.element, by.element);
  const view = element("div", "findings");
  view.append(controls, location, list);
  return {
    element: view,
    show: (shown, sectorName) => {
      last = { shown, sectorName };
      const counts = severityCounts(shown.findings);
      show.labels.get("all")?.replaceChildren(t.t(SHOW.all, { count: shown.findings.length }));
      for (const severity of SEVERITIES)
        show.labels
          .get(severity)
          ?.replaceChildren(t.t(SHOW[severity], { count: counts[severity] }));
      view.hidden = shown.findings.length === 0;
      render();
    },
  };
};
