import { annexSection } from "./annex";
import { consolidateSection } from "./consolidate";
import { createSection } from "./create";
import { highlightsSection } from "./highlights";
import { matrixSection } from "./matrix";
import type { PaneSection } from "./pane-section";
import { resourcesSection } from "./resources";
import { submitSection } from "./submit";
import { updateSection } from "./update";
import { validateSection } from "./validate";
import { verifySection } from "./verify";

export type { PaneSection } from "./pane-section";

/** The pane's sections, in the order they appear within their tabs: a new section is one file and one line here. */
export const SECTIONS: readonly PaneSection[] = [
  createSection,
  updateSection,
  validateSection,
  highlightsSection,
  matrixSection,
  annexSection,
  resourcesSection,
  submitSection,
  verifySection,
  consolidateSection,
];
