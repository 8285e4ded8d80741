// A backtest's rows as another engine aggregates them (DuckDB under the CLI, for files of any
// length): the rows up to the cut to customers, as a run on the day after the cut reads them,
// and what the rows after the cut add up to per customer. No row comes to JavaScript.
import type { CustomerAggregates } from "../ingest/ingestAggregates";
import type { BacktestWindow } from "./window";

/**
 * The used rows after the cut (cut < day <= end). Sums are exact, by parts (whole parts and
 * millionths, see aggregate/exactSum.ts), so they do not depend on the order they are added in.
 */
export interface AfterCutSums {
  /** The customers scored at the cut that have a used row after it. */
  ids: string[];
  /** Purchases (amount > 0), counted once per order id, else once per day, as F counts them. */
  orders: Float64Array;
  revenueWhole: Float64Array;
  revenueMillionths: Float64Array;
  /** Customers not scored at the cut with a used row after it, and their revenue. */
  newCustomers: number;
  newWhole: number;
  newMillionths: number;
  /** All revenue after the cut. */
  totalWhole: number;
  totalMillionths: number;
}

export interface BacktestAggregates {
  /** The window the engine aggregated for: backtestWindow of the used rows' first and last day. */
  window: BacktestWindow;
  /**
   * The day of each of the head's rows the whole run uses (NaN for the others), by sheet row
   * index: the run at the cut detects its columns from the head's rows up to the cut.
   */
  headDays: Float64Array;
  /**
   * The used rows dated up to the cut, aggregated as the run at the cut reads them (its own date
   * window and duplicates; data row indexes are the file's, `count` the number of those rows).
   */
  before: CustomerAggregates;
  after: AfterCutSums;
}
