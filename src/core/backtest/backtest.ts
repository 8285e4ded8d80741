// Backtest (method.md section 11): score with the rows up to a cut date only, exactly as a run
// on that date would have, then report what each tier did in the months after the cut. Nothing
// after the cut reaches the scoring: the run before the cut sees a sheet of the earlier rows only
// (its columns are detected from them too).
import { ABC_LABELS } from "../abc";
import { detectColumns } from "../columns/detectColumns";
import { ExactSums, exactTotal } from "../aggregate/exactSum";
import { dayToIso, isoToDay } from "../cells/dayNumber";
import { CLV_TIERS, simpleClv } from "../clv";
import { InputError } from "../errors";
import { label } from "../i18n";
import type { DeepPartial, SegmentOptions } from "../options";
import { sameMapping, typedSubset } from "../ingest/ingestTypedRows";
import {
  readAggregatedCustomers,
  readCustomers,
  readTypedCustomers,
  type AggregatedSheet,
  type CustomersRead,
  type TypedSheet,
} from "../pipeline/readCustomers";
import { ProgressReporter } from "../progress";
import { resolveOptions } from "../resolveOptions";
import type { SegmentResult } from "../result";
import { segment, segmentAggregated, segmentTyped } from "../segment";
import { STAGES, type CellValue, type SheetInput } from "../types";
import type { AfterCutSums } from "./aggregates";
import { spearman } from "./spearman";
import { backtestWindow, type BacktestWindow } from "./window";

export interface BacktestOptions {
  /** Months after the cut (default 6). */
  months: number;
  /** ISO date of the cut; null: `months` before the end of the data. */
  cut: string | null;
}

/** What one group of customers (scored at the cut) did after it. */
export interface BacktestGroup {
  key: string;
  label: string;
  customers: number;
  /** Customers with a purchase after the cut. */
  boughtAgain: number;
  boughtAgainShare: number;
  ordersPerCustomer: number;
  revenuePerCustomer: number;
  /** Of all revenue after the cut, new customers' included. */
  revenueShare: number;
}

export interface DecileRow {
  /** 1 = the highest predictions. */
  decile: number;
  customers: number;
  predicted: number;
  actual: number;
}

export interface ClvCheck {
  model: "simple" | "probabilistic";
  deciles: DecileRow[];
  /** Rank correlation of predicted and actual revenue after the cut, over the customers predicted. */
  spearman: number;
}

export interface ChurnCheck {
  flagged: number;
  /** Customers (with a purchase before the cut) who did not buy after it. */
  notReturned: number;
  flaggedNotReturned: number;
  /** Share of the flagged who did not buy again. */
  precision: number;
  /** Share of those who did not buy again that were flagged. */
  recall: number;
}

export interface BacktestResult {
  cut: string;
  end: string;
  months: number;
  /** The run as of the cut (as-of date: the day after the cut). */
  before: SegmentResult;
  /** Revenue after the cut: of the customers scored, and of customers new after the cut. */
  laterRevenue: number;
  newCustomers: number;
  newCustomersRevenue: number;
  groups: {
    abc: BacktestGroup[];
    segments: BacktestGroup[];
    stages: BacktestGroup[];
    churn: BacktestGroup[];
    clvTiers: BacktestGroup[];
  };
  churn: ChurnCheck;
  clv: ClvCheck[];
}

/** Per scored customer, what happened after the cut. */
interface After {
  orders: Float64Array;
  revenue: Float64Array;
  newCustomers: number;
  newRevenue: number;
  total: number;
}

/** Days of each used row (the sheet's rows, by index), NaN for rows not used. */
function rowDays(read: CustomersRead, rowCount: number) {
  const t = read.transactions;
  if (t === null) throw new InputError("backtestNeedsTransactions", {});
  const days = new Float64Array(rowCount).fill(NaN);
  for (let i = 0; i < t.count; i++) days[t.rowIndex[i]] = t.day[i];
  return { read, t, days, first: firstDataRow(read) };
}

function sheetOf(input: SheetInput, first: number, keep: (i: number) => boolean): SheetInput {
  const values: CellValue[][] = input.values.slice(0, first);
  const formats = input.numberFormats ? input.numberFormats.slice(0, first) : undefined;
  for (let i = first; i < input.values.length; i++) {
    if (!keep(i)) continue;
    values.push(input.values[i]);
    formats?.push(input.numberFormats?.[i] ?? []);
  }
  return { ...input, values, numberFormats: formats };
}

/**
 * What each customer scored at the cut did in the window (cutDay < day <= endDay). Revenue is
 * summed exactly (aggregate/exactSum.ts), as another engine sums it in any order: slot n holds
 * the new customers' revenue, slot n + 1 all of it.
 */
function afterCut(
  read: ReturnType<typeof rowDays>,
  cutDay: number,
  endDay: number,
  before: SegmentResult
): After {
  const { t } = read;
  const index = new Map<string, number>();
  before.customers.ids.forEach((id, k) => index.set(id, k));
  const n = before.customers.n;
  const orders = new Float64Array(n);
  const sums = new ExactSums(n + 2);
  const seen = new Set<string>();
  const newIds = new Set<string>();
  for (let i = 0; i < t.count; i++) {
    const day = t.day[i];
    if (day <= cutDay || day > endDay) continue;
    const id = t.keys.ids[t.customer[i]];
    const amount = t.amount[i];
    sums.add(n + 1, amount);
    const k = index.get(id);
    if (k === undefined) {
      newIds.add(id);
      sums.add(n, amount);
      continue;
    }
    sums.add(k, amount);
    if (amount <= 0) continue;
    // A purchase counts once per order id, else once per day, as F does.
    const order = t.order && t.order[i] >= 0 ? `o${t.order[i]}` : `d${day}`;
    const key = `${k}|${order}`;
    if (!seen.has(key)) {
      seen.add(key);
      orders[k]++;
    }
  }
  const totals = sums.totals();
  return {
    orders,
    revenue: totals.subarray(0, n),
    newCustomers: newIds.size,
    newRevenue: totals[n],
    total: totals[n + 1],
  };
}

/** After from another engine's sums: the customers it names must be the ones scored. */
function afterOfSums(s: AfterCutSums, before: SegmentResult): After {
  const n = before.customers.n;
  const index = new Map<string, number>();
  before.customers.ids.forEach((id, k) => index.set(id, k));
  const orders = new Float64Array(n);
  const revenue = new Float64Array(n);
  s.ids.forEach((id, g) => {
    const k = index.get(id);
    if (k === undefined) throw new Error(`customer ${id} after the cut was not scored at it`);
    orders[k] = s.orders[g];
    revenue[k] = exactTotal(s.revenueWhole[g], s.revenueMillionths[g]);
  });
  return {
    orders,
    revenue,
    newCustomers: s.newCustomers,
    newRevenue: exactTotal(s.newWhole, s.newMillionths),
    total: exactTotal(s.totalWhole, s.totalMillionths),
  };
}

function groups(
  groupOf: ArrayLike<number>,
  defs: { key: string; label: string }[],
  after: After
): BacktestGroup[] {
  return defs.map((def, g) => {
    let customers = 0;
    let bought = 0;
    let orders = 0;
    let revenue = 0;
    for (let k = 0; k < after.orders.length; k++) {
      if (groupOf[k] !== g) continue;
      customers++;
      if (after.orders[k] > 0) bought++;
      orders += after.orders[k];
      revenue += after.revenue[k];
    }
    return {
      key: def.key,
      label: def.label,
      customers,
      boughtAgain: bought,
      boughtAgainShare: customers > 0 ? bought / customers : 0,
      ordersPerCustomer: customers > 0 ? orders / customers : 0,
      revenuePerCustomer: customers > 0 ? revenue / customers : 0,
      revenueShare: after.total > 0 ? revenue / after.total : 0,
    };
  });
}

function churnCheck(before: SegmentResult, after: After): ChurnCheck {
  let flagged = 0;
  let notReturned = 0;
  let both = 0;
  for (let k = 0; k < before.customers.n; k++) {
    if (!before.customers.hasPurchase[k]) continue;
    const warned = before.churnWarning[k] === 1;
    const gone = after.orders[k] === 0;
    if (warned) flagged++;
    if (gone) notReturned++;
    if (warned && gone) both++;
  }
  return {
    flagged,
    notReturned,
    flaggedNotReturned: both,
    precision: flagged > 0 ? both / flagged : NaN,
    recall: notReturned > 0 ? both / notReturned : NaN,
  };
}

/** Predicted revenue in the window against the actual, by decile of the prediction. */
function clvCheck(model: ClvCheck["model"], predicted: Float64Array, after: After): ClvCheck {
  const ks = Array.from(predicted.keys()).filter((k) => Number.isFinite(predicted[k]));
  ks.sort((a, b) => predicted[b] - predicted[a] || a - b);
  const deciles: DecileRow[] = [];
  for (let d = 0; d < 10; d++) {
    const from = Math.floor((d * ks.length) / 10);
    const to = Math.floor(((d + 1) * ks.length) / 10);
    let p = 0;
    let a = 0;
    for (let i = from; i < to; i++) {
      p += predicted[ks[i]];
      a += after.revenue[ks[i]];
    }
    deciles.push({ decile: d + 1, customers: to - from, predicted: p, actual: a });
  }
  const x = Float64Array.from(ks, (k) => predicted[k]);
  const y = Float64Array.from(ks, (k) => after.revenue[k]);
  return { model, deciles, spearman: spearman(x, y) };
}

/** Simple CLV's spend rate over the window: what it predicts for the months after the cut. */
function simplePrediction(before: SegmentResult, windowDays: number): Float64Array {
  const o = before.options;
  const c = before.customers;
  const rate = simpleClv(c, before.asOfDay, {
    lifespanYears: windowDays / 365,
    minTenureDays: o.clv.minTenureDays,
    margin: null,
  });
  return rate.clv.map((v, k) => (c.hasPurchase[k] ? v : NaN));
}

/** The probabilistic model's expected purchases over the window times expected spend. */
function probabilisticPrediction(before: SegmentResult): Float64Array | null {
  const p = before.probabilistic;
  if (p === null || !p.fit.converged || p.spend === null) return null;
  return p.expectedPurchases.map((e, k) =>
    before.customers.hasPurchase[k] ? e * p.expectedSpend[k] : NaN
  );
}

function monthsBetween(cutDay: number, endDay: number): number {
  return Math.max(1, Math.round((endDay - cutDay) / 30.4375));
}

export function backtest(
  input: SheetInput,
  options: DeepPartial<SegmentOptions> = {},
  bt: Partial<BacktestOptions> = {}
): BacktestResult {
  const o = resolveOptions(options);
  const rows = rowDays(readCustomers(input, o, new ProgressReporter({})), input.values.length);
  return backtestOf(spanOf(rows), options, bt, {
    before: (w, runOptions) => {
      const beforeSheet = sheetOf(input, rows.first, (i) => rows.days[i] <= w.cutDay);
      return beforeSheet.values.length === rows.first ? null : segment(beforeSheet, runOptions);
    },
    after: (w, before) => afterCut(rows, w.cutDay, w.endDay, before),
  });
}

/**
 * backtest() over transaction rows another engine has read (DuckDB under the CLI): the run at
 * the cut sees the earlier rows only, its columns found from the head's earlier rows.
 */
export function backtestTyped(
  sheet: TypedSheet,
  options: DeepPartial<SegmentOptions> = {},
  bt: Partial<BacktestOptions> = {}
): BacktestResult {
  const o = resolveOptions(options);
  const rows = rowDays(readTypedCustomers(sheet, o, new ProgressReporter({})), sheet.rowCount);
  const first = rows.first;
  return backtestOf(spanOf(rows), options, bt, {
    before: (w, runOptions) => {
      const keep = (i: number) => rows.days[i] <= w.cutDay;
      const typed = typedSubset(sheet.rows, (j) => keep(first + j));
      if (typed.count === 0) return null;
      const head = sheetOf(sheet.head, first, keep);
      return segmentTyped({ head, rowCount: first + typed.count, rows: typed }, runOptions);
    },
    after: (w, before) => afterCut(rows, w.cutDay, w.endDay, before),
  });
}

/**
 * backtest() over rows another engine has aggregated (DuckDB under the CLI, for files of any
 * length): the whole sheet is read as backtestTyped reads it (the same rejections and errors),
 * the run at the cut scores the engine's customers of the rows up to the cut, and what they
 * did after it comes from the engine's sums.
 */
export function backtestAggregated(
  sheet: AggregatedSheet,
  options: DeepPartial<SegmentOptions> = {},
  bt: Partial<BacktestOptions> = {}
): BacktestResult {
  const o = resolveOptions(options);
  const read = readAggregatedCustomers(sheet, o, new ProgressReporter({}));
  const b = sheet.backtest;
  if (!b) throw new Error("the backtest needs its rows aggregated up to and after the cut");
  const first = firstDataRow(read);
  const a = sheet.aggregates;
  return backtestOf({ minDay: a.minDay, maxDay: a.maxDay, first }, options, bt, {
    before: (w, runOptions) => {
      if (w.cutDay !== b.window.cutDay || w.endDay !== b.window.endDay)
        throw new Error("the rows were aggregated for another cut");
      if (b.before.count === 0) return null;
      const head = sheetOf(sheet.head, first, (i) => b.headDays[i] <= w.cutDay);
      const aggregated = { head, rowCount: first + b.before.count, aggregates: b.before };
      return segmentAggregated(aggregated, runOptions);
    },
    after: (_w, before) => afterOfSums(b.after, before),
  });
}

/**
 * Whether backtestAggregated's run at the cut finds the columns the engine aggregated its rows up
 * to the cut by. That run finds its columns from the head's rows up to the cut, as a run on that
 * day would: in a file without a header row (columns told from their values) those rows can name
 * other columns than the whole head does, and then the engine's sums are of the wrong cells (the
 * caller reads the rows otherwise: the CLI's core reader).
 */
export function cutFindsEngineColumns(
  sheet: AggregatedSheet,
  options: DeepPartial<SegmentOptions> = {}
): boolean {
  const b = sheet.backtest;
  if (!b || b.before.count === 0) return true;
  const o = resolveOptions(options);
  const whole = detectColumns(sheet.head, o);
  const first = whole.headerRowIndex === null ? 0 : whole.headerRowIndex + 1;
  const head = sheetOf(sheet.head, first, (i) => b.headDays[i] <= b.window.cutDay);
  const atCut = detectColumns(head, o);
  return (
    atCut.shape === whole.shape &&
    atCut.headerRowIndex === whole.headerRowIndex &&
    sameMapping(atCut.mapping, b.before.mapping)
  );
}

/** The used rows' first and last day, and the sheet row index of the first data row. */
interface Span {
  minDay: number;
  maxDay: number;
  first: number;
}

const firstDataRow = (read: CustomersRead): number =>
  read.detected.headerRowIndex === null ? 0 : read.detected.headerRowIndex + 1;

const spanOf = (rows: ReturnType<typeof rowDays>): Span => ({
  minDay: rows.t.minDay,
  maxDay: rows.t.maxDay,
  first: rows.first,
});

/** How one face runs the scoring at the cut (null: no row up to it) and follows the customers. */
interface BacktestRuns {
  before: (w: BacktestWindow, options: DeepPartial<SegmentOptions>) => SegmentResult | null;
  after: (w: BacktestWindow, before: SegmentResult) => After;
}

/** The run at the cut's options: as of the day after it, the model's horizon the window. */
function optionsAtCut(
  options: DeepPartial<SegmentOptions>,
  o: SegmentOptions,
  cutDay: number,
  windowMonths: number
): DeepPartial<SegmentOptions> {
  const probabilistic =
    o.clv.model === "probabilistic"
      ? { clv: { probabilistic: { horizonMonths: windowMonths, calibrationEnd: null } } }
      : {};
  return {
    ...options,
    ...probabilistic,
    clv: { ...options.clv, ...probabilistic.clv },
    asOf: dayToIso(cutDay + 1),
  };
}

function backtestOf(
  span: Span,
  options: DeepPartial<SegmentOptions>,
  bt: Partial<BacktestOptions>,
  runs: BacktestRuns
): BacktestResult {
  const o = resolveOptions(options);
  const months = bt.months ?? 6;
  const cutGiven = bt.cut ? isoToDay(bt.cut) : null;
  const w = backtestWindow(span.minDay, span.maxDay, months, cutGiven);
  const windowMonths = bt.cut ? monthsBetween(w.cutDay, w.endDay) : months;
  const before = runs.before(w, optionsAtCut(options, o, w.cutDay, windowMonths));
  if (before === null) throw new InputError("backtestNoRowsBefore", { cut: dayToIso(w.cutDay) });
  const after = runs.after(w, before);
  const clv = [clvCheck("simple", simplePrediction(before, w.endDay - w.cutDay), after)];
  const prob = probabilisticPrediction(before);
  if (prob) clv.push(clvCheck("probabilistic", prob, after));
  return {
    cut: dayToIso(w.cutDay),
    end: dayToIso(w.endDay),
    months: windowMonths,
    before,
    laterRevenue: after.total,
    newCustomers: after.newCustomers,
    newCustomersRevenue: after.newRevenue,
    groups: groupsOf(before, after, o.language),
    churn: churnCheck(before, after),
    clv,
  };
}

function groupsOf(
  before: SegmentResult,
  after: After,
  lang: SegmentOptions["language"]
): BacktestResult["groups"] {
  const segmentDefs = before.scheme.segments.map((s) => ({ key: s.id, label: s.label[lang] }));
  segmentDefs.push({ key: "noPurchase", label: label("stage.potential.none", lang) });
  const noPurchase = before.scheme.segments.length;
  return {
    abc: groups(
      before.abc.cls,
      ABC_LABELS.map((a) => ({ key: a, label: a })),
      after
    ),
    segments: groups(
      before.segment.map((s) => (s < 0 ? noPurchase : s)),
      segmentDefs,
      after
    ),
    stages: groups(
      before.stage,
      STAGES.map((s) => ({ key: s, label: label(`stage.${s}`, lang) })),
      after
    ),
    churn: groups(
      before.churnWarning,
      (["noWarning", "warning"] as const).map((k) => ({
        key: k,
        label: label(`backtest.churn.${k}`, lang),
      })),
      after
    ),
    clvTiers: groups(
      before.clvTier,
      CLV_TIERS.map((t) => ({ key: t, label: label(`clvTier.${t}`, lang) })),
      after
    ),
  };
}
