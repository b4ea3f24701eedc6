import type { Finding, Severity } from "../core/findings";
import { element, selectableButton } from "./dom-element";
import type { SectorGroup } from "./group-findings";

const HEADINGS: Readonly<Record<Severity, [string, string]>> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

/** "3 errors", "1 warning": a count with its word. */
export const countOf = (n: number, severity: Severity): string =>
  `${n} ${HEADINGS[severity][n === 1 ? 0 : 1]}`;

/**
 * Lists findings by sector and severity, each a button naming its cell that calls `onSelect`. Workbook text
 * (messages quote the officer's entries) is set as text, never parsed as HTML.
 */
export const renderFindings = (
  container: HTMLElement,
  groups: readonly SectorGroup[],
  sectorName: (id: string) => string,
  onSelect: (finding: Finding, button: HTMLButtonElement) => void
): void => {
  container.replaceChildren();
  for (const { sector, groups: bySeverity } of groups) {
    const section = element("section", "finding-group");
    section.append(
      element(
        "h3",
        "finding-group__heading",
        sector === null ? "Whole workbook" : sectorName(sector)
      )
    );
    for (const { severity, findings } of bySeverity) {
      const heading = element(
        "h4",
        `finding-group__severity finding-group__severity--${severity}`,
        `${countOf(findings.length, severity)[0]?.toUpperCase() ?? ""}${countOf(findings.length, severity).slice(1)}`
      );
      const list = element("ul", "finding-list");
      for (const f of findings) {
        const item = element("li", "finding-list__item");
        const button = selectableButton(container, `finding finding--${f.severity}`, (b) =>
          onSelect(f, b)
        );
        button.append(
          element("span", "finding__cell", f.cell === null ? f.sheet : `${f.sheet}!${f.cell}`),
          element("span", "finding__message", f.message)
        );
        if (f.fix) button.append(element("span", "finding__fix", f.fix));
        item.append(button);
        list.append(item);
      }
      section.append(heading, list);
    }
    container.append(section);
  }
};
