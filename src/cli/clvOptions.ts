// `tiering clv` flags to the core's options, each checked and named by its flag before anything
// is read, as `tiering segment` does.
import {
  type ClvGrouping,
  type DeepPartial,
  PURCHASE_MODEL_SETTINGS,
  type SegmentOptions,
  TIME_UNITS,
} from "../core";
import { CliError } from "./cliError";
import type { CliSettings, ColumnFlagKey, RawFlags } from "./options";
import {
  columnFlags,
  commonSettings,
  compact,
  dateFlag,
  dateSystemFlag,
  languageOf,
  numberFlag,
  oneOf,
  readingOptions,
} from "./options";

/** Longest horizon the core accepts (100 years). */
const MAX_HORIZON_MONTHS = 1200;

/** The clv command's flags as commander hands them over. */
export interface ClvRawFlags extends Pick<
  RawFlags,
  | "asOf"
  | "margin"
  | "lang"
  | "dateOrder"
  | "decimalComma"
  | "dateSystem"
  | "removeDuplicates"
  | ColumnFlagKey
  | "encoding"
  | "engine"
  | "sheet"
  | "json"
  | "quiet"
> {
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

export type ClvSettings = Omit<CliSettings, "out"> & { calibrationEnd: string | null };

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

function coreOptions(
  flags: ClvRawFlags,
  language: ClvSettings["language"],
  calibrationEnd: string | null
) {
  const system = dateSystemFlag(flags.dateSystem);
  return compact<DeepPartial<SegmentOptions>>({
    language,
    ...readingOptions(flags, system),
    clv: {
      model: "probabilistic",
      margin: numberFlag("--margin", flags.margin, 0, 1, true),
      probabilistic: {
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
      },
    },
  });
}

/** The keyword of --group that asks for first-purchase quarters rather than a column. */
const COHORT = "cohort";

function groupingOf(value: string | undefined): ClvGrouping | undefined {
  if (value === undefined) return undefined;
  return value.trim().toLowerCase() === COHORT ? "cohort" : "column";
}

/** --group's column, checked like the other column flags; none for --group cohort. */
function groupColumn(value: string | undefined): Partial<Record<"group", string>> {
  if (value === undefined || groupingOf(value) === "cohort") return {};
  if (value.trim() === "" || /^0+$/.test(value.trim()))
    throw new CliError("flag.badColumn", { flag: "--group", value });
  return { group: value };
}

/** Validates every flag of `tiering clv`. Throws CliError naming the first bad one. */
export function parseClvFlags(
  file: string,
  flags: ClvRawFlags,
  env: Record<string, string | undefined>
): ClvSettings {
  const language = languageOf(flags, env);
  const calibrationEnd = dateFlag("--calibration-end", flags.calibrationEnd) ?? null;
  return {
    ...commonSettings(file, flags, language),
    core: coreOptions(flags, language, calibrationEnd),
    columns: { ...columnFlags(flags), ...groupColumn(flags.group) },
    calibrationEnd,
  };
}
