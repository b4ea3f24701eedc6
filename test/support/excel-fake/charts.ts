import { blockName, parseBlock } from "./cell-address";
import { FakeClientObject, FakeCollection, Resolver } from "./client-object";
import type { FakeRequestContext } from "./fake-request-context";
import { FakeOfficeError } from "./office-error";
import type { FakeRange } from "./range";
import { liveSheet } from "./range-target";
import { assertChangeAllowed } from "./sheet-protection";
import type { ChartState, SheetState } from "./workbook-state";

interface ChartTarget {
  readonly sheet: SheetState;
  readonly chart: ChartState;
}

/** The chart types the fake accepts (Excel.ChartType has some eighty; these are the bar and column ones). */
const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Pie",
  "Line",
];

const live = (t: ChartTarget): ChartTarget => {
  liveSheet(t.sheet);
  if (!t.sheet.charts.includes(t.chart))
    throw new FakeOfficeError("ItemNotFound", "The chart was deleted.");
  return t;
};

/** Excel.ChartTitle: the fake models its text. */
export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  protected readonly scalarNames = ["text"];
  protected readScalar(_: string, t: ChartTarget): unknown {
    return live(t).chart.title;
  }
  get text(): string {
    return this.loadedValue("text");
  }
  set text(value: string) {
    this.queueSet("text", value, (t) => {
      assertChangeAllowed(live(t).sheet, t.chart.source, "structure");
      t.chart.title = value;
    });
  }
}

/** Excel.ChartAxis, the category axis: the fake models where its names come from (ExcelApi 1.7). */
export class FakeChartAxis extends FakeClientObject<ChartTarget> {
  protected readonly scalarNames = [];
  protected readScalar(): unknown {
    return undefined;
  }
  /** Takes the category names from cells of the chart's own sheet, one name a cell of a single row or column. */
  setCategoryNames(sourceData: FakeRange): void {
    this.context.enqueue(
      { o: this._id, n: "setCategoryNames", a: [{ _ObjectPathId: sourceData._id }] },
      () => {
        const t = live(this.target());
        const source = sourceData._targetNow();
        if (source.sheet !== t.sheet)
          throw new FakeOfficeError("InvalidArgument", "The category names are on another sheet.");
        if (source.block.rows > 1 && source.block.columns > 1)
          throw new FakeOfficeError(
            "InvalidArgument",
            "Category names come from one row or column."
          );
        assertChangeAllowed(t.sheet, t.chart.source, "structure");
        t.chart.categories = source.block;
      }
    );
  }
}

/** Excel.ChartAxes: only the category axis is modelled. */
export class FakeChartAxes extends FakeClientObject<ChartTarget> {
  protected readonly scalarNames = [];
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "categoryAxis" ? this.categoryAxis : undefined;
  }
  get categoryAxis(): FakeChartAxis {
    return this.navigate(
      "categoryAxis",
      () => new FakeChartAxis(this.context, () => this.target())
    );
  }
}

/** Excel.Chart: name, type, title and where it sits (setPosition over cells). */
export class FakeChart extends FakeClientObject<ChartTarget> {
  protected readonly scalarNames = ["name", "chartType", "id"];
  protected readScalar(name: string, t: ChartTarget): unknown {
    live(t);
    return name === "name"
      ? t.chart.name
      : name === "chartType"
        ? t.chart.type
        : String(t.chart.id);
  }
  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    return name === "title" ? this.title : name === "axes" ? this.axes : undefined;
  }
  get axes(): FakeChartAxes {
    return this.navigate("axes", () => new FakeChartAxes(this.context, () => this.target()));
  }
  get title(): FakeChartTitle {
    return this.navigate("title", () => new FakeChartTitle(this.context, () => this.target()));
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (t) => {
      live(t);
      if (value === "" || value.length > 255)
        throw new FakeOfficeError("InvalidArgument", `chart name ${value}`);
      if (t.sheet.charts.some((c) => c !== t.chart && c.name.toLowerCase() === value.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `A chart called ${value} already exists.`);
      t.chart.name = value;
    });
  }
  get chartType(): string {
    return this.loadedValue("chartType");
  }
  /** Places the chart over the cells from startCell to endCell (the top-left cell alone keeps its size). */
  setPosition(startCell: string, endCell?: string): void {
    this.queueCall(
      "setPosition",
      endCell === undefined ? [startCell] : [startCell, endCell],
      (t) => {
        live(t);
        const start = parseBlock(startCell);
        const end = parseBlock(endCell ?? startCell);
        if (end.top < start.top || end.left < start.left)
          throw new FakeOfficeError("InvalidArgument", `setPosition ${startCell} ${endCell ?? ""}`);
        t.chart.position = {
          start: blockName({ ...start, rows: 1, columns: 1 }),
          end: blockName({ ...end, rows: 1, columns: 1 }),
        };
      }
    );
  }
  /** Removes the chart. */
  delete(): void {
    this.queueCall("delete", [], (t) => {
      live(t);
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    });
  }
}

/** Excel.ChartCollection of a sheet: add(type, sourceData, seriesBy), items after a load. */
export class FakeChartCollection extends FakeCollection<FakeChart, ChartTarget> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: Resolver<SheetState>
  ) {
    super(context, () => {
      const s = sheet();
      return s === null ? null : liveSheet(s).charts.map((chart) => ({ sheet: s, chart }));
    });
  }

  protected makeItem(resolve: Resolver<ChartTarget>): FakeChart {
    return new FakeChart(this.context, resolve);
  }

  /** Adds a chart of the data in a range of this sheet (its first row and column name the series and categories). */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let made: ChartTarget | undefined;
    const chart = new FakeChart(this.context, () => {
      if (!made) throw new Error("fake Excel: a chart was used before the call that makes it");
      return made;
    });
    this.context.enqueue(
      {
        o: this._id,
        n: "add",
        a: [type, { _ObjectPathId: sourceData._id }, seriesBy],
        r: chart._id,
      },
      () => {
        const sheet = this.sheet();
        if (!sheet) throw new FakeOfficeError("ItemNotFound", "sheet");
        const source = sourceData._targetNow();
        if (source.sheet !== sheet)
          throw new FakeOfficeError("InvalidArgument", "The source data is on another sheet.");
        assertChangeAllowed(liveSheet(sheet), source.block, "structure");
        if (!CHART_TYPES.includes(type))
          throw new FakeOfficeError("InvalidArgument", `chart type ${type}`);
        if (!["Auto", "Columns", "Rows"].includes(seriesBy))
          throw new FakeOfficeError("InvalidArgument", `seriesBy ${seriesBy}`);
        const state: ChartState = {
          id: this.context.state.nextId++,
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          source: source.block,
          seriesBy,
          title: "",
          position: null,
          categories: null,
        };
        sheet.charts.push(state);
        made = { sheet, chart: state };
      }
    );
    return chart;
  }
}
