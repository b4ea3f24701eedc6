export { formatMessage } from "../../core/i18n";
export type { MessageKey, MessageValues as MessageParams } from "../../core/i18n";
export { say } from "./say";
export { findingPlace, groupFindings, presentFindings, summaryLine } from "./present-findings";
export type { FindingItem, FindingsView, SectorGroup, SeverityGroup } from "./present-findings";
export { presentVerification, trustsOld, verificationJson } from "./present-verification";
export type { ChangeItem, VerificationView } from "./present-verification";
export { presentMatrix } from "./present-matrix";
export type { MatrixView } from "./present-matrix";
export { annexFileName, presentAnnex } from "./present-annex";
export type { AnnexView } from "./present-annex";
export { presentUpgrade, presentUpgradeOffer } from "./present-upgrade";
export type { UpgradeView } from "./present-upgrade";
export { councilFileName, presentConsolidation, presentRefusal } from "./present-consolidation";
export type { ConsolidationLine, ConsolidationView } from "./present-consolidation";
export { presentStamp } from "./present-stamp";
export type { StampView } from "./present-stamp";
export { presentInsert } from "./present-insert";
export type { InsertView } from "./present-insert";
export { presentResources } from "./present-resources";
export type {
  ResourceCell,
  ResourceRowView,
  ResourcesView,
  ResourceTableView,
} from "./present-resources";
