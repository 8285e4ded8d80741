// Merges a caller's partial options over the defaults and validates every field, so a bad
// option stops the run with an OptionError naming it instead of producing a wrong number.
import { OptionError } from "./errors";
import { DEFAULT_OPTIONS, DeepPartial, SegmentOptions } from "./options";
import { validateThresholds } from "./rfm/fixedScores";
import { BUILT_IN_SCHEMES } from "./segments/schemes";
import { validateScheme } from "./segments/validateScheme";
import { isoToDay } from "./cells/dayNumber";
import type { ThresholdStep } from "./types";
import {
  ABC_BASES,
  ABC_MODES,
  CLV_MODELS,
  DATE_ORDERS,
  LANGUAGES,
  PURCHASE_MODEL_SETTINGS,
  CLV_GROUPINGS,
  RFM_SCORINGS,
  SCHEME_IDS,
  SHAPES,
  TIME_UNITS,
} from "./vocabulary";

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Rejects keys the options object does not have (a typo must not be silently ignored). */
function checkKnownKeys(given: unknown, model: Plain, path: string): void {
  if (given === undefined) return;
  if (!isPlain(given)) throw new OptionError("badType", path, { expected: "object" });
  for (const key of Object.keys(given)) {
    const sub = path ? `${path}.${key}` : key;
    if (!(key in model)) throw new OptionError("unknownOption", sub);
    // mapping and scheme have open shapes; they are checked on their own below.
    if (isPlain(model[key]) && sub !== "mapping" && sub !== "scheme") {
      checkKnownKeys(given[key], model[key] as Plain, sub);
    }
  }
}

function merge<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (!isPlain(base) || !isPlain(over)) return over as T;
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v !== undefined) out[k] = k === "mapping" || k === "scheme" ? v : merge(out[k], v);
  }
  return out as T;
}

function oneOf<T extends string | number>(value: T, allowed: readonly T[], path: string): void {
  if (!allowed.includes(value)) {
    throw new OptionError("badEnum", path, { value: String(value), allowed: allowed.join(", ") });
  }
}

function numberIn(value: unknown, min: number, max: number, path: string): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new OptionError("badType", path, { expected: "number", value: String(value) });
  }
  if (value < min || value > max) {
    throw new OptionError("outOfRange", path, { value, min, max });
  }
}

function orderedPair(pair: unknown, min: number, max: number, path: string): void {
  if (!Array.isArray(pair) || pair.length !== 2) {
    throw new OptionError("badType", path, { expected: "[number, number]" });
  }
  numberIn(pair[0], min, max, `${path}[0]`);
  numberIn(pair[1], min, max, `${path}[1]`);
}

function checkAbc(o: SegmentOptions): void {
  oneOf(o.abc.basis, ABC_BASES, "abc.basis");
  oneOf(o.abc.mode, ABC_MODES, "abc.mode");
  orderedPair(o.abc.valueCuts, 0, 1, "abc.valueCuts");
  orderedPair(o.abc.countCuts, 0, 1, "abc.countCuts");
  orderedPair(o.abc.absoluteCuts, 0, Number.MAX_VALUE, "abc.absoluteCuts");
  if (o.abc.valueCuts[0] > o.abc.valueCuts[1]) throw new OptionError("badOrder", "abc.valueCuts");
  if (o.abc.countCuts[0] > o.abc.countCuts[1]) throw new OptionError("badOrder", "abc.countCuts");
  // Absolute cut-offs read "A above [0], B from [1]": the A line must be the higher one.
  if (o.abc.absoluteCuts[0] < o.abc.absoluteCuts[1])
    throw new OptionError("badOrder", "abc.absoluteCuts");
}

function checkRfm(o: SegmentOptions): void {
  oneOf(o.rfm.scoring, RFM_SCORINGS, "rfm.scoring");
  oneOf(o.rfm.monetary, ["total", "average"], "rfm.monetary");
  const tables: [string, ThresholdStep[]][] = [
    ["rfm.fixed.recency", o.rfm.fixed.recency],
    ["rfm.fixed.frequency", o.rfm.fixed.frequency],
    ["rfm.fixed.monetary", o.rfm.fixed.monetary],
  ];
  for (const [path, steps] of tables) {
    const problem = validateThresholds(steps, path);
    if (problem)
      throw new OptionError("badThresholds", problem.path, {
        problem: problem.problem,
        index: problem.index,
      });
  }
}

function checkScheme(o: SegmentOptions): void {
  if (typeof o.scheme === "string") {
    oneOf(o.scheme, SCHEME_IDS, "scheme");
    return;
  }
  const check = validateScheme(o.scheme);
  if (!check.ok)
    throw new OptionError("badScheme", `scheme${check.path ? "." + check.path : ""}`, {
      problem: check.problem,
    });
}

function checkGeneral(o: SegmentOptions): void {
  oneOf(o.language, LANGUAGES, "language");
  oneOf(o.shape, ["auto", ...SHAPES], "shape");
  if (typeof o.headerRow === "number") numberIn(o.headerRow, 0, 1_048_575, "headerRow");
  else oneOf(o.headerRow, ["auto", "none"], "headerRow");
  oneOf(o.dates.system, [1900, 1904], "dates.system");
  oneOf(o.dates.order, DATE_ORDERS, "dates.order");
  numberIn(o.dates.farOutsideYears, 1, 10_000, "dates.farOutsideYears");
  if (typeof o.decimalComma !== "boolean")
    throw new OptionError("badType", "decimalComma", { expected: "boolean" });
  if (typeof o.removeDuplicates !== "boolean") {
    throw new OptionError("badType", "removeDuplicates", { expected: "boolean" });
  }
  if (o.asOf !== null && (typeof o.asOf !== "string" || Number.isNaN(isoToDay(o.asOf)))) {
    throw new OptionError("badDate", "asOf", { value: String(o.asOf) });
  }
  if (!isPlain(o.mapping)) throw new OptionError("badType", "mapping", { expected: "object" });
}

/** Longest CLV horizon: 100 years, as for the simple CLV's lifespan. */
const MAX_HORIZON_MONTHS = 1200;

/** A count of customers: a whole number within the range. */
function wholeIn(value: unknown, min: number, max: number, path: string): void {
  numberIn(value, min, max, path);
  if (!Number.isInteger(value))
    throw new OptionError("badType", path, { expected: "whole number", value: value as number });
}

function checkGroupMinimums(p: SegmentOptions["clv"]["probabilistic"]): void {
  // Below a handful of customers no model is identified: the fit would fail and fall back anyway.
  wholeIn(p.minGroupCustomers, 2, 1_000_000, "clv.probabilistic.minGroupCustomers");
  wholeIn(p.minGroupRepeatBuyers, 1, 1_000_000, "clv.probabilistic.minGroupRepeatBuyers");
  // Repeat buyers are some of the customers: a larger minimum would leave every group pooled.
  if (p.minGroupRepeatBuyers > p.minGroupCustomers)
    throw new OptionError("aboveOther", "clv.probabilistic.minGroupRepeatBuyers", {
      value: p.minGroupRepeatBuyers,
      other: "clv.probabilistic.minGroupCustomers",
      max: p.minGroupCustomers,
    });
}

function checkProbabilistic(o: SegmentOptions): void {
  oneOf(o.clv.model, CLV_MODELS, "clv.model");
  const p = o.clv.probabilistic;
  oneOf(p.purchaseModel, PURCHASE_MODEL_SETTINGS, "clv.probabilistic.purchaseModel");
  oneOf(p.unit, TIME_UNITS, "clv.probabilistic.unit");
  numberIn(p.horizonMonths, 1, MAX_HORIZON_MONTHS, "clv.probabilistic.horizonMonths");
  // The formula sums whole months (k = 1..H).
  if (!Number.isInteger(p.horizonMonths))
    throw new OptionError("badType", "clv.probabilistic.horizonMonths", {
      expected: "whole number",
      value: p.horizonMonths,
    });
  numberIn(p.monthlyDiscount, 0, 1, "clv.probabilistic.monthlyDiscount");
  // A day to 100 years: P(no purchase in 0 days) is 1 for everyone and tells nothing.
  numberIn(p.noPurchaseDays, 1, 36_500, "clv.probabilistic.noPurchaseDays");
  // 0 leaves the intervals out; the agreement counts of the tier confidence are 16-bit.
  numberIn(p.intervalDraws, 0, 10_000, "clv.probabilistic.intervalDraws");
  if (!Number.isInteger(p.intervalDraws))
    throw new OptionError("badType", "clv.probabilistic.intervalDraws", {
      expected: "whole number",
      value: p.intervalDraws,
    });
  oneOf(p.groupBy, CLV_GROUPINGS, "clv.probabilistic.groupBy");
  checkGroupMinimums(p);
  const end = p.calibrationEnd;
  if (end !== null && (typeof end !== "string" || Number.isNaN(isoToDay(end)))) {
    throw new OptionError("badDate", "clv.probabilistic.calibrationEnd", { value: String(end) });
  }
}

function checkModels(o: SegmentOptions): void {
  numberIn(o.clv.lifespanYears, 0, 100, "clv.lifespanYears");
  // A lifespan of 0 gives every customer a CLV of 0 and CLV tiers that mean nothing.
  if (o.clv.lifespanYears === 0)
    throw new OptionError("notPositive", "clv.lifespanYears", { value: 0, max: 100 });
  numberIn(o.clv.minTenureDays, 1, 36_500, "clv.minTenureDays");
  numberIn(o.clv.shortHistoryDays, 0, 36_500, "clv.shortHistoryDays");
  numberIn(o.dataWarnings.dominantShare, 0, 1, "dataWarnings.dominantShare");
  numberIn(o.dataWarnings.asOfGapDays, 1, 36_500, "dataWarnings.asOfGapDays");
  if (o.clv.margin !== null) numberIn(o.clv.margin, -1, 1, "clv.margin");
  checkProbabilistic(o);
  const w = o.valueScore.weights;
  numberIn(w.historical, 0, 1, "valueScore.weights.historical");
  numberIn(w.potential, 0, 1, "valueScore.weights.potential");
  numberIn(w.strategic, 0, 1, "valueScore.weights.strategic");
  if (w.historical + w.potential + w.strategic <= 0) {
    throw new OptionError("outOfRange", "valueScore.weights", { value: 0, min: 0, max: 1 });
  }
  numberIn(o.lifecycle.gapMultiple, 0, 1000, "lifecycle.gapMultiple");
  numberIn(o.lifecycle.gapFloorDays, 0, 100_000, "lifecycle.gapFloorDays");
  numberIn(o.lifecycle.atRiskDays, 0, 100_000, "lifecycle.atRiskDays");
  numberIn(o.lifecycle.lostDays, 0, 100_000, "lifecycle.lostDays");
  if (o.lifecycle.atRiskDays > o.lifecycle.lostDays)
    throw new OptionError("badOrder", "lifecycle.atRiskDays");
  // A probability strictly inside (0, 1): 0 would put everyone at risk, 1 no one.
  const risk = o.lifecycle.noPurchaseAtRisk;
  if (risk !== null) numberIn(risk, 0.01, 0.99, "lifecycle.noPurchaseAtRisk");
}

/** Defaults + the caller's options, validated. Throws OptionError on the first problem. */
export function resolveOptions(partial: DeepPartial<SegmentOptions> = {}): SegmentOptions {
  checkKnownKeys(partial, DEFAULT_OPTIONS as unknown as Plain, "");
  const o = merge(DEFAULT_OPTIONS, partial);
  checkGeneral(o);
  checkAbc(o);
  checkRfm(o);
  checkScheme(o);
  checkModels(o);
  return o;
}

/** The scheme the options name, as data. */
export function resolveScheme(o: SegmentOptions) {
  return typeof o.scheme === "string" ? BUILT_IN_SCHEMES[o.scheme] : o.scheme;
}
