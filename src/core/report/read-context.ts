import type { Finding } from "../findings";
import type { Snapshot } from "../snapshot";

/** What the table readers share: the snapshot read, and the structural findings met on the way. */
export interface ReadContext {
  readonly snapshot: Snapshot;
  /** Readers add a finding here for each missing sheet, table or column. */
  readonly findings: Finding[];
}
