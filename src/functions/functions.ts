// The TIER.* custom functions. Their JSDoc is the source of functions.json:
// custom-functions-metadata-plugin reads it at build time (webpack.config.js), and its loader
// appends CustomFunctions.associate("ID", fn) for each function to this file in the bundle.
// Descriptions stay on one line because Excel shows them as written, line breaks included. The
// bodies are thin: each hands its arguments to a module that does the work through src/core.
// Ranges arrive as rows of cells (unknown[][]); the result is rows of cells that spill, with
// #VALUE! error values (never exceptions) where the input is wrong. The fits return promises: they
// give Excel's thread back as they go (yielding.ts).
import { abcClassCells } from "./abcClass";
import { bgNbdFitCells, pnbdFitCells } from "./bgNbdFit";
import { clvCells } from "./clvCells";
import { expectedPurchasesCells, pAliveCells, pNoPurchaseCells } from "./purchasePredictions";
import { clvIntervalCells } from "./clvIntervalCells";
import { nextTierCells } from "./nextTierCells";
import { rfmScoreCells } from "./rfmScore";
import { rfmTableCells } from "./rfmTable";
import { segmentCells } from "./segmentNames";
import { thresholdsCells } from "./thresholdsCells";

/**
 * RFM scores (1-5, 5 best) of a customer summary, one result per row, spilled down. Quantile scoring ranks the rows given; "fixed" uses the literature's thresholds.
 * @customfunction RFM_SCORE
 * @param recency Days since each customer's last purchase.
 * @param frequency Number of purchases of each customer (0 means no purchase).
 * @param monetary Total spend of each customer.
 * @param [output] "code" (default, e.g. 545), "total" (3-15) or "scores" (three columns R, F, M).
 * @param [scoring] "quantile" (default: by rank among the rows), "fixed" (the literature's thresholds) or "rfm-r" (as the R rfm package).
 * @returns The RFM code, total or scores of each row.
 */
export function rfmScore(
  recency: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][],
  output?: string,
  scoring?: string
): unknown[][] {
  return rfmScoreCells(recency, frequency, monetary, output, scoring);
}

/**
 * A customer table from transactions, spilled with a header row: customer, recency in days, frequency, monetary, R, F, M, RFM code and segment.
 * @customfunction RFM
 * @param customers Customer of each transaction.
 * @param dates Date of each transaction.
 * @param amounts Amount of each transaction (negative for returns).
 * @param [order_ids] Order id of each transaction: frequency counts distinct orders instead of distinct days.
 * @param [as_of] Date the recency is counted to (default: the day after the latest date).
 * @returns The customer table, spilled.
 */
export function rfm(
  customers: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  order_ids?: unknown[][],
  as_of?: unknown
): Promise<unknown[][]> {
  return rfmTableCells(customers, dates, amounts, order_ids, as_of);
}

/**
 * ABC class (A, B or C) of each row by its value, aligned with the input.
 * @customfunction ABC_CLASS
 * @param values Value of each customer, e.g. total spend.
 * @param [mode] "value" (default: share of the total value), "count" (share of customers) or "absolute" (amounts).
 * @param [a_cut] Where A ends: 0.8 of the value, 0.2 of the customers, or above 1,000,000 (defaults by mode).
 * @param [b_cut] Where B ends: 0.95 of the value, 0.5 of the customers, or from 500,000 (defaults by mode).
 * @returns A, B or C for each row.
 */
export function abcClass(
  values: unknown[][],
  mode?: string,
  a_cut?: number,
  b_cut?: number
): unknown[][] {
  return abcClassCells(values, mode, a_cut, b_cut);
}

/**
 * Segment name of each row's R, F and M scores (1-5) under a segment scheme.
 * @customfunction SEGMENT
 * @param r R score of each customer (1-5).
 * @param f F score of each customer (1-5).
 * @param m M score of each customer (1-5).
 * @param [scheme] "four" (default), "value-tiers", "eight" (the eight classic segments) or "named" (as the R rfm package).
 * @param [language] "zh-CN" or "en-US" (default: Office's display language).
 * @returns The segment name of each row.
 */
export function segment(
  r: unknown[][],
  f: unknown[][],
  m: unknown[][],
  scheme?: string,
  language?: string
): unknown[][] {
  return segmentCells(r, f, m, scheme, language);
}

/**
 * Simple customer lifetime value: average order value x purchases per year x lifespan in years x margin, cell by cell over single values or ranges of one shape.
 * @customfunction CLV
 * @param average_order_value Average amount of an order.
 * @param purchases_per_year Orders per year.
 * @param lifespan_years Expected years as a customer (0-100).
 * @param [margin] Profit margin, -1 to 1 (default 1: a revenue CLV).
 * @returns The CLV of each cell.
 */
export function clv(
  average_order_value: unknown[][],
  purchases_per_year: unknown[][],
  lifespan_years: unknown[][],
  margin?: unknown[][]
): unknown[][] {
  return clvCells(average_order_value, purchases_per_year, lifespan_years, margin);
}

/**
 * BG/NBD model parameters fitted by maximum likelihood to customers' purchase histories, spilled as two rows: the names r, alpha, a, b over their values. Use one time unit (days, weeks...) for recency and T.
 * @customfunction BGNBD_FIT
 * @param frequency Repeat purchase days of each customer (purchase days minus one).
 * @param recency Time from each customer's first to last purchase.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @returns The parameters r, alpha, a and b under their names.
 */
export function bgNbdFit(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): Promise<unknown[][]> {
  return bgNbdFitCells(frequency, recency, T);
}

/**
 * Pareto/NBD model parameters fitted by maximum likelihood to customers' purchase histories, spilled as two rows: the names r, alpha, s, beta over their values. Use one time unit (days, weeks...) for recency and T.
 * @customfunction PNBD_FIT
 * @param frequency Repeat purchase days of each customer (purchase days minus one).
 * @param recency Time from each customer's first to last purchase.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @returns The parameters r, alpha, s and beta under their names.
 */
export function pnbdFit(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][]
): Promise<unknown[][]> {
  return pnbdFitCells(frequency, recency, T);
}

/**
 * Probability that each customer is still active (P(alive)) under the BG/NBD or Pareto/NBD model, one result per row.
 * @customfunction P_ALIVE
 * @param frequency Repeat purchase days of each customer (purchase days minus one).
 * @param recency Time from each customer's first to last purchase.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param params The BG/NBD parameters r, alpha, a, b (the two rows TIER.BGNBD_FIT spills, or one row of four numbers), or the two rows TIER.PNBD_FIT spills.
 * @returns P(alive) of each row, from 0 to 1.
 */
export function pAlive(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  params: unknown[][]
): unknown[][] {
  return pAliveCells(frequency, recency, T, params);
}

/**
 * Expected repeat purchases of each customer in the next t periods under the BG/NBD or Pareto/NBD model, one result per row.
 * @customfunction EXPECTED_PURCHASES
 * @param periods Time ahead (the models' t), in the unit of recency and T: one value for every row, or one per row.
 * @param frequency Repeat purchase days of each customer (purchase days minus one).
 * @param recency Time from each customer's first to last purchase.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param params The BG/NBD parameters r, alpha, a, b (the two rows TIER.BGNBD_FIT spills, or one row of four numbers), or the two rows TIER.PNBD_FIT spills.
 * @returns The expected number of purchases of each row.
 */
export function expectedPurchases(
  // Not "t": Excel matches names without case, and T is the next-but-two parameter.
  periods: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  params: unknown[][]
): unknown[][] {
  return expectedPurchasesCells(periods, frequency, recency, T, params);
}

/**
 * Probability that each customer makes no purchase in the next t periods under the BG/NBD or Pareto/NBD model (they have dropped out, or their next purchase comes later), one result per row.
 * @customfunction P_NO_PURCHASE
 * @param periods Time ahead, in the unit of recency and T (90 days is 12.86 weeks): one value for every row, or one per row.
 * @param frequency Repeat purchase days of each customer (purchase days minus one).
 * @param recency Time from each customer's first to last purchase.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param params The BG/NBD parameters r, alpha, a, b (the two rows TIER.BGNBD_FIT spills, or one row of four numbers), or the two rows TIER.PNBD_FIT spills.
 * @returns P(no purchase in the next periods) of each row, from 0 to 1.
 */
export function pNoPurchase(
  // Not "t": Excel matches names without case, and T is the next-but-two parameter.
  periods: unknown[][],
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  params: unknown[][]
): unknown[][] {
  return pNoPurchaseCells(periods, frequency, recency, T, params);
}

/**
 * The probabilistic CLV of each row of a customer summary over the horizon, with how sure it is: six columns per row, CLV, P10, P50 and P90 of the CLV over 200 draws of the fitted parameters, the CLV tier and the share of draws that keep the customer in that tier. Fits BG/NBD (or the model given) and Gamma-Gamma to the rows, as `tiering clv` does.
 * @customfunction CLV_INTERVAL
 * @param frequency Repeat purchase days of each customer (purchase days minus one).
 * @param recency Time from each customer's first to last purchase.
 * @param T Time from each customer's first purchase to the end of observation, in the unit of recency.
 * @param monetary Mean spend of each customer's repeat purchase days (0 without repeats).
 * @param [unit] The unit of recency and T: "weeks" (default), "days" or "months".
 * @param [horizon_months] Months ahead (default 12).
 * @param [model] "bgnbd" (default), "mbgnbd" or "pnbd".
 * @param [language] "zh-CN" or "en-US" (default: Office's display language).
 * @returns CLV, P10, P50, P90, CLV tier and tier confidence of each row.
 */
export function clvInterval(
  frequency: unknown[][],
  recency: unknown[][],
  T: unknown[][],
  monetary: unknown[][],
  unit?: string,
  horizon_months?: number,
  model?: string,
  language?: string
): Promise<unknown[][]> {
  return clvIntervalCells({
    frequency,
    recency,
    T,
    monetary,
    unit,
    horizonMonths: horizon_months,
    model,
    language,
  });
}

/**
 * The next tier of each row of a customer summary: the segment a customer could reach and the smallest single change that gets them there (1 more order, spend more, buy within so many days), every other row held as it is.
 * @customfunction NEXT_TIER
 * @param recency Days since each customer's last purchase.
 * @param frequency Number of purchases of each customer (0 means no purchase).
 * @param monetary Total spend of each customer.
 * @param [scheme] "four" (default), "value-tiers", "eight" or "named".
 * @param [scoring] "quantile" (default), "fixed" or "rfm-r".
 * @param [language] "zh-CN" or "en-US" (default: Office's display language).
 * @returns Two columns: the segment reached and the change; "top" for the top segment.
 */
export function nextTier(
  recency: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][],
  scheme?: string,
  scoring?: string,
  language?: string
): unknown[][] {
  return nextTierCells(recency, frequency, monetary, scheme, scoring, language);
}

/**
 * The values of R (days), F and M that each score 5 down to 1 covers when the rows of a customer summary are scored, as the summary sheet's thresholds table shows them.
 * @customfunction THRESHOLDS
 * @param recency Days since each customer's last purchase.
 * @param frequency Number of purchases of each customer (0 means no purchase).
 * @param monetary Total spend of each customer.
 * @param [scoring] "quantile" (default), "fixed" or "rfm-r".
 * @param [language] "zh-CN" or "en-US" (default: Office's display language).
 * @returns A header row, then one row per score from 5 to 1: the score and the values of R, F and M it covers.
 */
export function thresholds(
  recency: unknown[][],
  frequency: unknown[][],
  monetary: unknown[][],
  scoring?: string,
  language?: string
): unknown[][] {
  return thresholdsCells(recency, frequency, monetary, scoring, language);
}
