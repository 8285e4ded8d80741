// What a series' proxies resolve to: the series with the chart that holds it.
import { ChartEntity, SeriesEntity } from "../entities";

export interface SeriesTarget {
  chart: ChartEntity;
  series: SeriesEntity;
}
