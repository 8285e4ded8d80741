// A from/to matrix of tier moves between two runs: customers and value per (last run, now) pair.

export interface FlowMatrix {
  /** Categories of the last run, one row each; one more row after them holds the new customers. */
  fromKeys: string[];
  /** Categories now, one column each; one more column after them holds the gone customers. */
  toKeys: string[];
  /** [row][column]: (fromKeys.length + 1) x (toKeys.length + 1). */
  counts: number[][];
  /** Sum of the values at the last run (0 in the new row). Unknown values add nothing. */
  valueBefore: number[][];
  /** Sum of the values now (0 in the gone column). Unknown values add nothing. */
  valueNow: number[][];
}

export function emptyFlowMatrix(fromKeys: string[], toKeys: string[]): FlowMatrix {
  const zeros = (): number[][] =>
    Array.from({ length: fromKeys.length + 1 }, () => new Array<number>(toKeys.length + 1).fill(0));
  return { fromKeys, toKeys, counts: zeros(), valueBefore: zeros(), valueNow: zeros() };
}

/** Adds one customer; NaN stands for "not in that run" or "value unknown". */
export function addFlow(
  m: FlowMatrix,
  row: number,
  column: number,
  before: number,
  now: number
): void {
  m.counts[row][column]++;
  if (Number.isFinite(before)) m.valueBefore[row][column] += before;
  if (Number.isFinite(now)) m.valueNow[row][column] += now;
}

/** Row index of the new customers. */
export const newRow = (m: FlowMatrix): number => m.fromKeys.length;

/** Column index of the gone customers. */
export const goneColumn = (m: FlowMatrix): number => m.toKeys.length;
