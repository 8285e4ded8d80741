// A rectangle of the chart's drawing area, in px.
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
