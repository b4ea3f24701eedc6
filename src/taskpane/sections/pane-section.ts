import type { PaneContext } from "../pane-context";

/** One section of the pane: it builds its card on the context (`ctx.card(tab, ...)`) and wires its buttons. */
export type PaneSection = (ctx: PaneContext) => void;
