// Any error of a run to an exit code and the one line printed on stderr. Expected errors
// (bad file, bad flag, bad option, unusable input) never show a stack trace.
import { CancelledError, errorMessage, type Language, OptionError } from "../core";
import { cliText } from "./messages";
import { COLUMN_FLAGS, COMMAND_COLUMN_FLAGS } from "./options";

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells report for Ctrl-C. */
export const EXIT_CANCELLED = 130;

export interface Outcome {
  code: number;
  line: string;
}

/** Core option paths as the flags that set them, so a core error names what the user typed. */
const FLAG_OF_PATH: Record<string, string> = {
  language: "--lang",
  shape: "--shape",
  asOf: "--as-of",
  decimalComma: "--decimal-comma",
  removeDuplicates: "--remove-duplicates",
  "dates.order": "--date-order",
  "dates.system": "--date-system",
  "abc.mode": "--abc-mode",
  "abc.basis": "--abc-basis",
  "rfm.scoring": "--scoring",
  scheme: "--scheme",
  "clv.margin": "--margin",
  "clv.lifespanYears": "--lifespan",
  "clv.probabilistic.unit": "--unit",
  "clv.probabilistic.horizonMonths": "--horizon",
  "clv.probabilistic.monthlyDiscount": "--discount",
  "clv.probabilistic.noPurchaseDays": "--churn-days",
  "clv.probabilistic.intervalDraws": "--interval-draws",
  "clv.probabilistic.minGroupCustomers": "--min-group-customers",
  "clv.probabilistic.minGroupRepeatBuyers": "--min-group-repeat-buyers",
  "clv.probabilistic.purchaseModel": "--model",
  "clv.probabilistic.calibrationEnd": "--calibration-end",
  "lifecycle.noPurchaseAtRisk": "--at-risk-level",
  ...Object.fromEntries(COLUMN_FLAGS.map(([role, , flag]) => [`mapping.${role}`, flag])),
  ...Object.fromEntries(COMMAND_COLUMN_FLAGS.map(([role, flag]) => [`mapping.${role}`, flag])),
};

export function flagOfPath(path: string): string {
  if (path in FLAG_OF_PATH) return FLAG_OF_PATH[path];
  // Inside a rules table given with --scheme: keep the path within the table.
  if (path.startsWith("scheme.") || path.startsWith("scheme["))
    return `--scheme (${path.slice(7)})`;
  return path;
}

function withFlag(error: OptionError): OptionError {
  const other = error.params.other;
  const params =
    typeof other === "string" ? { ...error.params, other: flagOfPath(other) } : error.params;
  return new OptionError(error.problem, flagOfPath(error.path), params);
}

export function outcomeOf(error: unknown, language: Language): Outcome {
  if (error instanceof CancelledError)
    return { code: EXIT_CANCELLED, line: cliText("run.cancelled", {}, language) };
  // Every error raised on purpose (the CLI's CliError, the core's) is one the user can fix.
  const coded = errorMessage(error instanceof OptionError ? withFlag(error) : error, language);
  if (coded !== null) return { code: EXIT_USAGE, line: coded };
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT_UNEXPECTED, line: cliText("run.unexpected", { message }, language) };
}
