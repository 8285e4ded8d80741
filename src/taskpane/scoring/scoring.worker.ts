// The Web Worker that runs the core's segment() (and backtest()) off the pane's thread, so the pane stays
// responsive while a few hundred thousand rows are scored. The rows arrive in slices: copying a
// whole sheet into the worker in one message would itself block the pane for a second.
import { expose } from "comlink";
import {
  backtest,
  type BacktestOptions,
  type BacktestResult,
  type CellValue,
  type DeepPartial,
  type Progress,
  segment,
  type SegmentOptions,
  type SegmentResult,
  type SheetInput,
} from "../../core";
import { keepErrorCodes } from "./errorTransfer";

keepErrorCodes();

type Formats = NonNullable<SheetInput["numberFormats"]>;

export interface ScoringApi {
  /** Adds rows (and their number formats) to the sheet being received. */
  append(values: CellValue[][], numberFormats: Formats | null): void;
  /** Scores the rows received so far, then forgets them. */
  segment(
    at: { firstRowNumber?: number; firstColumnIndex?: number },
    options: DeepPartial<SegmentOptions>,
    onProgress: (p: Progress) => void
  ): SegmentResult;
  /** Backtests the rows received so far (method.md section 11), then forgets them. */
  backtest(
    at: { firstRowNumber?: number; firstColumnIndex?: number },
    options: DeepPartial<SegmentOptions>,
    bt: Partial<BacktestOptions>
  ): BacktestResult;
}

let values: CellValue[][] = [];
let numberFormats: Formats = [];
let withFormats = false;

/** The sheet received, handed over once: the worker keeps no copy. */
function received(at: { firstRowNumber?: number; firstColumnIndex?: number }): SheetInput {
  const input: SheetInput = { values, ...at, ...(withFormats ? { numberFormats } : {}) };
  values = [];
  numberFormats = [];
  withFormats = false;
  return input;
}

const api: ScoringApi = {
  append(rows, formats) {
    for (const row of rows) values.push(row);
    if (formats) {
      withFormats = true;
      for (const row of formats) numberFormats.push(row);
    }
  },
  segment(at, options, onProgress) {
    return segment(received(at), options, { onProgress });
  },
  backtest(at, options, bt) {
    return backtest(received(at), options, bt);
  },
};

expose(api);
