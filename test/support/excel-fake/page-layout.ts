import { parseBlock } from "./cell-address";
import { FakeClientObject } from "./client-object";
import { FakeOfficeError } from "./office-error";
import { liveSheet } from "./range-target";
import type { SheetState } from "./workbook-state";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["A3", "A4", "A5", "Letter", "Legal", "Tabloid"];
const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;
const PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** Excel.HeaderFooter: the six parts of one page kind's header and footer, with Excel's & codes. */
export class FakeHeaderFooter extends FakeClientObject<SheetState> {
  protected readonly scalarNames: readonly string[] = PARTS;
  protected readScalar(name: string, sheet: SheetState): unknown {
    return liveSheet(sheet).pageLayout[name] ?? "";
  }
  private setPart(name: (typeof PARTS)[number], value: string): void {
    this.queueSet(name, value, (sheet) => {
      if (value.length > 255)
        throw new FakeOfficeError("InvalidArgument", `${name} longer than 255 characters`);
      liveSheet(sheet).pageLayout[name] = value;
    });
  }
  get rightHeader(): string {
    return this.loadedValue("rightHeader");
  }
  set rightHeader(value: string) {
    this.setPart("rightHeader", value);
  }
  get leftFooter(): string {
    return this.loadedValue("leftFooter");
  }
  set leftFooter(value: string) {
    this.setPart("leftFooter", value);
  }
  get centerFooter(): string {
    return this.loadedValue("centerFooter");
  }
  set centerFooter(value: string) {
    this.setPart("centerFooter", value);
  }
  get rightFooter(): string {
    return this.loadedValue("rightFooter");
  }
  set rightFooter(value: string) {
    this.setPart("rightFooter", value);
  }
}

/** Excel.HeaderFooterGroup: the fake models the headers and footers of every page (defaultForAllPages). */
export class FakeHeaderFooterGroup extends FakeClientObject<SheetState> {
  protected readonly scalarNames: readonly string[] = [];
  protected readScalar(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", name);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this.navigate(
      "defaultForAllPages",
      () => new FakeHeaderFooter(this.context, () => this.target())
    );
  }
}

/** Excel.PageLayout (ExcelApi 1.9): orientation, paper, zoom, centring, margins in points, print titles. */
export class FakePageLayout extends FakeClientObject<SheetState> {
  protected readonly scalarNames: readonly string[] = [
    "orientation",
    "paperSize",
    "zoom",
    "centerHorizontally",
    ...MARGINS,
  ];
  protected readScalar(name: string, sheet: SheetState): unknown {
    return liveSheet(sheet).pageLayout[name] ?? null;
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }
  private setting(name: string, value: unknown, check: () => boolean): void {
    this.queueSet(name, value, (sheet) => {
      if (!check())
        throw new FakeOfficeError("InvalidArgument", `${name} ${JSON.stringify(value)}`);
      liveSheet(sheet).pageLayout[name] = value;
    });
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return this.navigate(
      "headersFooters",
      () => new FakeHeaderFooterGroup(this.context, () => this.target())
    );
  }
  get orientation(): string {
    return this.loadedValue("orientation");
  }
  set orientation(value: string) {
    this.setting("orientation", value, () => ORIENTATIONS.includes(value));
  }
  get paperSize(): string {
    return this.loadedValue("paperSize");
  }
  set paperSize(value: string) {
    this.setting("paperSize", value, () => PAPER.includes(value));
  }
  get zoom(): Record<string, number> {
    return this.loadedValue("zoom");
  }
  /** Fit to pages wide and tall, or a scale from 10 to 400 percent, not both. */
  set zoom(value: Record<string, number>) {
    this.setting("zoom", { ...value }, () => {
      const fit =
        value["horizontalFitToPages"] !== undefined || value["verticalFitToPages"] !== undefined;
      const scale = value["scale"];
      return scale === undefined ? fit : !fit && scale >= 10 && scale <= 400;
    });
  }
  get centerHorizontally(): boolean {
    return this.loadedValue("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.setting("centerHorizontally", value, () => typeof value === "boolean");
  }
  get leftMargin(): number {
    return this.loadedValue("leftMargin");
  }
  set leftMargin(value: number) {
    this.setting("leftMargin", value, () => value >= 0);
  }
  get rightMargin(): number {
    return this.loadedValue("rightMargin");
  }
  set rightMargin(value: number) {
    this.setting("rightMargin", value, () => value >= 0);
  }
  get topMargin(): number {
    return this.loadedValue("topMargin");
  }
  set topMargin(value: number) {
    this.setting("topMargin", value, () => value >= 0);
  }
  get bottomMargin(): number {
    return this.loadedValue("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.setting("bottomMargin", value, () => value >= 0);
  }
  get headerMargin(): number {
    return this.loadedValue("headerMargin");
  }
  set headerMargin(value: number) {
    this.setting("headerMargin", value, () => value >= 0);
  }
  get footerMargin(): number {
    return this.loadedValue("footerMargin");
  }
  set footerMargin(value: number) {
    this.setting("footerMargin", value, () => value >= 0);
  }
  /** The rows printed at the top of every page, as whole rows ("$1:$4"). */
  setPrintTitleRows(rows: string): void {
    this.queueCall("setPrintTitleRows", [rows], (sheet) => {
      const match = /^\$?(\d+):\$?(\d+)$/.exec(rows);
      if (!match) throw new FakeOfficeError("InvalidArgument", `print title rows ${rows}`);
      parseBlock(`A${match[1]}:A${match[2]}`);
      liveSheet(sheet).pageLayout["printTitleRows"] = `$${match[1]}:$${match[2]}`;
    });
  }
}
