// `tiering backtest FILE`: score as of a cut date from the earlier rows only, then report what
// each tier did after it (method.md section 11), as tables or JSON.
import {
  backtest,
  backtestAggregated,
  backtestTyped,
  CLV_MODELS,
  type AggregatedSheet,
  type BacktestResult,
  type DeepPartial,
  type RunHooks,
  type SegmentOptions,
  type SheetInput,
  type TypedSheet,
} from "../core";
import { CliError } from "./cliError";
import type { CliIo } from "./io";
import {
  dateFlag,
  numberFlag,
  oneOf,
  parseFlags,
  type CliSettings,
  type RawFlags,
} from "./options";
import { backtestText } from "./printBacktest";
import { readAndAnalyse } from "./readAndAnalyse";

export interface BacktestRawFlags extends RawFlags {
  months?: string;
  cut?: string;
  clvModel?: string;
}

export interface BacktestSettings extends CliSettings {
  months: number;
  cut: string | null;
}

export function parseBacktestFlags(
  file: string,
  flags: BacktestRawFlags,
  env: Record<string, string | undefined>
): BacktestSettings {
  const settings = parseFlags(file, flags, env);
  if (settings.out) throw new CliError("flag.unknownOption", { option: "--out" });
  const months = numberFlag("--months", flags.months, 1, 120) ?? 6;
  if (!Number.isInteger(months))
    throw new CliError("flag.badNumber", {
      flag: "--months",
      value: flags.months ?? "",
      min: 1,
      max: 120,
    });
  const model = oneOf("--clv-model", flags.clvModel, CLV_MODELS);
  const core: DeepPartial<SegmentOptions> = model
    ? { ...settings.core, clv: { ...settings.core.clv, model } }
    : settings.core;
  return { ...settings, core, months, cut: dateFlag("--cut", flags.cut) ?? null };
}

export async function runBacktest(settings: BacktestSettings, io: CliIo): Promise<void> {
  const bt = { months: settings.months, cut: settings.cut };
  const analyses = {
    cells: (input: SheetInput, options: DeepPartial<SegmentOptions>, _hooks: RunHooks) =>
      backtest(input, options, bt),
    typed: (sheet: TypedSheet, options: DeepPartial<SegmentOptions>, _hooks: RunHooks) =>
      backtestTyped(sheet, options, bt),
    // DuckDB aggregates the rows up to the cut to customers and sums those after it: no row
    // comes to JavaScript (the probabilistic CLV's purchase days are aggregated too).
    aggregated: {
      analysis: (sheet: AggregatedSheet, options: DeepPartial<SegmentOptions>, _hooks: RunHooks) =>
        backtestAggregated(sheet, options, bt),
      aggregates: (o: SegmentOptions) => ({
        purchases: o.clv.model === "probabilistic",
        backtest: bt,
      }),
    },
  };
  const { result } = await readAndAnalyse(settings, io, analyses);
  io.stdout.write(settings.json ? backtestJson(result) : backtestText(result, settings.language));
}

/** The report as JSON: everything but the run at the cut itself (its tiers are the segment command's). */
export function backtestJson(r: BacktestResult): string {
  const { before, ...rest } = r;
  return (
    JSON.stringify({
      ...rest,
      asOf: before.asOf,
      customers: before.customers.n,
      counts: before.counts,
    }) + "\n"
  );
}
