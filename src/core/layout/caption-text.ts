import type { TableCaption } from "../plan";

/** A source table's caption as the plan prints it: "Table 4.1 - ITU-R Outputs and Objectives", or the title alone. */
export const captionText = (caption: TableCaption): string =>
  caption.number === null ? caption.title : `Table ${caption.number} - ${caption.title}`;
