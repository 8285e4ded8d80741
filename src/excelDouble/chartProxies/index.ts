// Charts in the double, one file per object: the collection, the chart and its parts (title,
// axes, legend, series, points, data labels, formats).
export { ChartCollectionProxy } from "./collection";
export { ChartProxy } from "./chart";
export { ChartTitleProxy } from "./title";
export { ChartAxesProxy, ChartAxisProxy } from "./axes";
export { ChartLegendProxy } from "./legend";
export { ChartSeriesCollectionProxy, ChartSeriesProxy } from "./series";
export { ChartPointProxy, ChartPointsCollectionProxy } from "./points";
export { ChartDataLabelsProxy } from "./dataLabels";
