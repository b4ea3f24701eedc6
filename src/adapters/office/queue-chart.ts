import type { ChartSpec } from "../../core/layout";
import { jsonBytes, PayloadBatch } from "./payload-batch";

const CHART_TYPES: Readonly<Record<ChartSpec["kind"], "BarStacked" | "BarClustered">> = {
  barStacked: "BarStacked",
  barClustered: "BarClustered",
};

/**
 * Adds a native chart of a block of the sheet (ExcelApi 1.1): series by columns, so the header row names the
 * series and the first column the categories (or, where the spec gives them apart, its category cells: ExcelApi
 * 1.7); titled, named and placed over the cells the spec gives.
 */
export const queueChart = async (
  batch: PayloadBatch,
  ws: Excel.Worksheet,
  chart: ChartSpec
): Promise<void> => {
  await batch.reserve(
    jsonBytes([chart.name, chart.title, chart.dataRange, chart.categories ?? ""]) + 64,
    chart.categories === undefined ? 5 : 8
  );
  const added = ws.charts.add(CHART_TYPES[chart.kind], ws.getRange(chart.dataRange), "Columns");
  if (chart.categories !== undefined)
    added.axes.categoryAxis.setCategoryNames(ws.getRange(chart.categories));
  added.name = chart.name;
  added.title.text = chart.title;
  added.setPosition(chart.at, chart.to);
};
