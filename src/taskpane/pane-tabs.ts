import type { Translator } from "../core/i18n";
import { element } from "./dom-element";

/**
 * The pane's tabs, in order: `label` is the catalog key of its name, `workbook` is set where its sections work on
 * the picked file (file mode).
 */
export const TABS = [
  { id: "create", label: "pane.tab.create", workbook: false },
  { id: "check", label: "pane.tab.check", workbook: true },
  { id: "tables", label: "pane.tab.tables", workbook: true },
  { id: "submit", label: "pane.tab.submit", workbook: true },
  { id: "council", label: "pane.tab.council", workbook: false },
] as const;

/** A tab of the pane, by id. */
export type TabId = (typeof TABS)[number]["id"];

/** The tabs as mounted: each tab's panel, and a way to choose a tab. */
export interface PaneTabs {
  panel(id: TabId): HTMLElement;
  select(id: TabId, focus?: boolean): void;
}

/**
 * Builds the tab list (WAI-ARIA tabs: one tab stop, arrow keys, Home and End move between tabs and show each) and
 * an empty panel per tab. `onSelect` hears every change of tab. Ids: `tab-<id>`, `panel-<id>`. In a right-to-left
 * pane the arrow keys follow the tabs as shown: the right arrow goes to the tab on the right, the previous one.
 */
export const mountTabs = (
  list: HTMLElement,
  panels: HTMLElement,
  t: Translator,
  onSelect: (tab: (typeof TABS)[number]) => void
): PaneTabs => {
  list.setAttribute("role", "tablist");
  const made = TABS.map((tab) => {
    const button = element("button", "tabs__tab", t.t(tab.label));
    button.type = "button";
    button.id = `tab-${tab.id}`;
    button.setAttribute("role", "tab");
    const panel = element("div", "tabs__panel");
    panel.id = `panel-${tab.id}`;
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", button.id);
    button.setAttribute("aria-controls", panel.id);
    list.append(button);
    panels.append(panel);
    return { tab, button, panel };
  });
  const select = (id: TabId, focus = false): void => {
    for (const m of made) {
      const chosen = m.tab.id === id;
      m.button.setAttribute("aria-selected", String(chosen));
      m.button.tabIndex = chosen ? 0 : -1;
      m.panel.hidden = !chosen;
      if (chosen) {
        if (focus) m.button.focus();
        onSelect(m.tab);
      }
    }
  };
  const [forward, back] =
    t.direction === "rtl" ? ["ArrowLeft", "ArrowRight"] : ["ArrowRight", "ArrowLeft"];
  made.forEach((m, i) => {
    m.button.addEventListener("click", () => select(m.tab.id));
    m.button.addEventListener("keydown", (event) => {
      const to =
        event.key === forward
          ? (i + 1) % made.length
          : event.key === back
            ? (i - 1 + made.length) % made.length
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? made.length - 1
                : -1;
      const next = made[to];
      if (!next) return;
      event.preventDefault();
      select(next.tab.id, true);
    });
  });
  select(TABS[0].id);
  return {
    panel: (id) => made.find((m) => m.tab.id === id)?.panel ?? panels,
    select,
  };
};
