// The probabilistic CLV's flags (purchase model, unit, horizon, discount, ...): one parser for
// `tiering clv` and `tiering segment --clv-model probabilistic`, so both read a flag alike and
// name it alike when it is bad.
import {
  type ClvGrouping,
  type DeepPartial,
  PURCHASE_MODEL_SETTINGS,
  type SegmentOptions,
  TIME_UNITS,
} from "../core";
import { CliError } from "./cliError";
import { numberFlag, oneOf } from "./options";

/** Longest horizon the core accepts (100 years). */
const MAX_HORIZON_MONTHS = 1200;

/** The probabilistic CLV's flags as commander hands them over. */
export interface ProbabilisticRawFlags {
  unit?: string;
  horizon?: string;
  discount?: string;
  churnDays?: string;
  intervalDraws?: string;
  model?: string;
  calibrationEnd?: string;
  /** "cohort", or the group column's header, letter or number. */
  group?: string;
  minGroupCustomers?: string;
  minGroupRepeatBuyers?: string;
}

/** Each flag above as typed, for a message naming the one given where it means nothing. */
export const PROBABILISTIC_FLAG_NAMES: Record<keyof ProbabilisticRawFlags, string> = {
  unit: "--unit",
  horizon: "--horizon",
  discount: "--discount",
  churnDays: "--churn-days",
  intervalDraws: "--interval-draws",
  model: "--model",
  calibrationEnd: "--calibration-end",
  group: "--group",
  minGroupCustomers: "--min-group-customers",
  minGroupRepeatBuyers: "--min-group-repeat-buyers",
};

function horizonFlag(value: string | undefined): number | undefined {
  const months = numberFlag("--horizon", value, 1, MAX_HORIZON_MONTHS);
  // CLV sums whole months; a fraction would silently be something else.
  if (months !== undefined && !Number.isInteger(months))
    throw new CliError("flag.badWholeNumber", { flag: "--horizon", value: value ?? "" });
  return months;
}

/** A count flag: a number in the range, and whole (a fraction of a customer means nothing). */
function countFlag(flag: string, value: string | undefined, min: number): number | undefined {
  const n = numberFlag(flag, value, min, 1_000_000);
  if (n !== undefined && !Number.isInteger(n))
    throw new CliError("flag.badWholeNumber", { flag, value: value ?? "" });
  return n;
}

/** The keyword of --group that asks for first-purchase quarters rather than a column. */
const COHORT = "cohort";

function groupingOf(value: string | undefined): ClvGrouping | undefined {
  if (value === undefined) return undefined;
  return value.trim().toLowerCase() === COHORT ? "cohort" : "column";
}

/** --group's column, checked like the other column flags; none for --group cohort. */
export function groupColumn(value: string | undefined): Partial<Record<"group", string>> {
  if (value === undefined || groupingOf(value) === "cohort") return {};
  if (value.trim() === "" || /^0+$/.test(value.trim()))
    throw new CliError("flag.badColumn", { flag: "--group", value });
  return { group: value };
}

/**
 * clv.probabilistic from the flags, each checked in this order (the first bad one is named);
 * the calibration end comes checked already, as each command checks it first.
 */
export function probabilisticOptions(
  flags: ProbabilisticRawFlags,
  calibrationEnd: string | null
): DeepPartial<SegmentOptions["clv"]["probabilistic"]> {
  return {
    purchaseModel: oneOf("--model", flags.model, PURCHASE_MODEL_SETTINGS),
    unit: oneOf("--unit", flags.unit, TIME_UNITS),
    horizonMonths: horizonFlag(flags.horizon),
    monthlyDiscount: numberFlag("--discount", flags.discount, 0, 1, true),
    calibrationEnd: calibrationEnd ?? undefined,
    noPurchaseDays: numberFlag("--churn-days", flags.churnDays, 1, 36_500),
    intervalDraws: numberFlag("--interval-draws", flags.intervalDraws, 0, 10_000),
    groupBy: groupingOf(flags.group),
    minGroupCustomers: countFlag("--min-group-customers", flags.minGroupCustomers, 2),
    minGroupRepeatBuyers: countFlag("--min-group-repeat-buyers", flags.minGroupRepeatBuyers, 1),
  };
}
