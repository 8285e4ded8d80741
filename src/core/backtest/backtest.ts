// Backtest (method.md section 11): score with the rows up to a cut date only, exactly as a run
// on that date would have, then report what each tier did in the months after the cut. Nothing
// after the cut reaches the scoring: the run before the cut sees a sheet of the earlier rows only
// (its columns are detected from them too).
import { ABC_LABELS } from "../abc";
import { dayToIso, isoToDay } from "../cells/dayNumber";
import { CLV_TIERS, simpleClv } from "../clv";
import { InputError } from "../errors";
import { label } from "../i18n";
import type { DeepPartial, SegmentOptions } from "../options";
import { typedSubset } from "../ingest/ingestTypedRows";
import {
  readCustomers,
  readTypedCustomers,
  type CustomersRead,
  type TypedSheet,
} from "../pipeline/readCustomers";
import { ProgressReporter } from "../progress";
import { resolveOptions } from "../resolveOptions";
import type { SegmentResult } from "../result";
import { segment, segmentTyped } from "../segment";
import { STAGES, type CellValue, type SheetInput } from "../types";
import { spearman } from "./spearman";
import { backtestWindow } from "./window";

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
  return { read, t, days };
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
  const revenue = new Float64Array(n);
  const seen = new Set<string>();
  const newIds = new Set<string>();
  let newRevenue = 0;
  let total = 0;
  for (let i = 0; i < t.count; i++) {
    const day = t.day[i];
    if (day <= cutDay || day > endDay) continue;
    const id = t.keys.ids[t.customer[i]];
    const amount = t.amount[i];
    total += amount;
    const k = index.get(id);
    if (k === undefined) {
      newIds.add(id);
      newRevenue += amount;
      continue;
    }
    revenue[k] += amount;
    if (amount <= 0) continue;
    // A purchase counts once per order id, else once per day, as F does.
    const order = t.order && t.order[i] >= 0 ? `o${t.order[i]}` : `d${day}`;
    const key = `${k}|${order}`;
    if (!seen.has(key)) {
      seen.add(key);
      orders[k]++;
    }
  }
  return { orders, revenue, newCustomers: newIds.size, newRevenue, total };
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
  return backtestOf(rows, options, bt, (first, keep, runOptions) => {
    const beforeSheet = sheetOf(input, first, keep);
    return beforeSheet.values.length === first ? null : segment(beforeSheet, runOptions);
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
  return backtestOf(rows, options, bt, (first, keep, runOptions) => {
    const typed = typedSubset(sheet.rows, (j) => keep(first + j));
    if (typed.count === 0) return null;
    const head = sheetOf(sheet.head, first, keep);
    return segmentTyped({ head, rowCount: first + typed.count, rows: typed }, runOptions);
  });
}

/** Runs segment() over the header rows and the rows `keep` picks; null when it picks none. */
type RunBefore = (
  first: number,
  keep: (i: number) => boolean,
  options: DeepPartial<SegmentOptions>
) => SegmentResult | null;

function backtestOf(
  rows: ReturnType<typeof rowDays>,
  options: DeepPartial<SegmentOptions>,
  bt: Partial<BacktestOptions>,
  runBefore: RunBefore
): BacktestResult {
  const o = resolveOptions(options);
  const months = bt.months ?? 6;
  const cutGiven = bt.cut ? isoToDay(bt.cut) : null;
  const w = backtestWindow(rows.t.minDay, rows.t.maxDay, months, cutGiven);
  const first =
    rows.read.detected.headerRowIndex === null ? 0 : rows.read.detected.headerRowIndex + 1;
  const windowMonths = bt.cut ? monthsBetween(w.cutDay, w.endDay) : months;
  const probabilistic =
    o.clv.model === "probabilistic"
      ? { clv: { probabilistic: { horizonMonths: windowMonths, calibrationEnd: null } } }
      : {};
  const before = runBefore(first, (i) => rows.days[i] <= w.cutDay, {
    ...options,
    ...probabilistic,
    clv: { ...options.clv, ...probabilistic.clv },
    asOf: dayToIso(w.cutDay + 1),
  });
  if (before === null) throw new InputError("backtestNoRowsBefore", { cut: dayToIso(w.cutDay) });
  const after = afterCut(rows, w.cutDay, w.endDay, before);
  const lang = o.language;
  const segmentDefs = before.scheme.segments.map((s) => ({ key: s.id, label: s.label[lang] }));
  segmentDefs.push({ key: "noPurchase", label: label("stage.potential.none", lang) });
  const noPurchase = before.scheme.segments.length;
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
    groups: {
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
    },
    churn: churnCheck(before, after),
    clv,
  };
}
