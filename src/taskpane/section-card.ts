import { addinWording } from "../addin/addin-wording";
import type { Translator } from "../core/i18n";
import { element } from "./dom-element";
import { offerDownload, withdrawDownload } from "./offer-download";

/**
 * Where a section shows what its action did, right under its buttons: a sentence (announced, and focused once the
 * action is done, so that keyboard and screen-reader users land on it), the download of the file it made, and its
 * details (the findings, the stamp, the changes). Ids: `<id>-result`, `<id>-status`, `<id>-download`.
 */
export interface SectionResult {
  readonly element: HTMLElement;
  /** Where the section puts its lists; emptied by `clear`. */
  readonly detail: HTMLElement;
  say(text: string, kind?: "info" | "error"): void;
  offer(bytes: Uint8Array, name: string): void;
  /** Empties the sentence, the download and the details, before a new run of the section. */
  clear(): void;
  /** Brings the result into view and moves the focus to its sentence. */
  show(): void;
}

/** One section's card: heading, explanation, fields, buttons, and its result. */
export interface SectionCard {
  readonly element: HTMLElement;
  readonly result: SectionResult;
}

/** What a section's card holds; ids as in the section file's header comment. */
export interface CardSpec {
  readonly id: string;
  readonly heading: string;
  /** What the section does, under its heading (`<id>-hint`), which its buttons name as their description. */
  readonly hint?: string;
  readonly body: readonly HTMLElement[];
  readonly actions: readonly HTMLElement[];
}

const sectionResult = (id: string, t: Translator): SectionResult => {
  const box = element("div", "result");
  box.id = `${id}-result`;
  const status = element("p", "status");
  status.id = `${id}-status`;
  status.setAttribute("role", "status");
  status.tabIndex = -1;
  const download = element("a", "button download");
  download.id = `${id}-download`;
  download.hidden = true;
  const detail = element("div", "result__detail");
  box.append(status, download, detail);
  const say = (text: string, kind: "info" | "error" = "info"): void => {
    // Every sentence the pane shows passes here: in the add-in's words, never a kpi-report command.
    status.textContent = addinWording(text, t);
    status.classList.toggle("status--error", kind === "error" && text !== "");
  };
  return {
    element: box,
    detail,
    say,
    offer: (bytes, name) => {
      offerDownload(download, bytes, name);
      download.textContent = t.t("pane.download", { file: name });
    },
    clear: () => {
      say("");
      withdrawDownload(download);
      detail.replaceChildren();
    },
    show: () => {
      status.scrollIntoView?.({ block: "nearest" });
      status.focus({ preventScroll: true });
    },
  };
};

/** Builds a section's card, its words in the translator's language; the caller appends it to its tab's panel. */
export const sectionCard = (spec: CardSpec, t: Translator): SectionCard => {
  const card = element("section", "card");
  card.id = `${spec.id}-section`;
  const heading = element("h2", "card__heading", spec.heading);
  heading.id = `${spec.id}-heading`;
  card.setAttribute("aria-labelledby", heading.id);
  const hint = spec.hint === undefined ? [] : [element("p", "card__hint", spec.hint)];
  for (const p of hint) p.id = `${spec.id}-hint`;
  const actions = element("div", "card__actions");
  actions.append(...spec.actions);
  for (const button of spec.actions)
    if (spec.hint !== undefined) button.setAttribute("aria-describedby", `${spec.id}-hint`);
  const result = sectionResult(spec.id, t);
  card.append(heading, ...hint, ...spec.body, actions, result.element);
  return { element: card, result };
};
