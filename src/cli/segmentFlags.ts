// `tiering segment`'s flags: those every command shares (options.ts), plus the CLV model the
// pane's "CLV model" setting chooses and, for the probabilistic one, the settings `tiering clv`
// takes (parsed by the same probabilisticFlags.ts) and the pane's at-risk level.
import { CLV_MODELS, type DeepPartial, type SegmentOptions } from "../core";
import { CliError } from "./cliError";
import { compact, dateFlag, numberFlag, oneOf, parseFlags } from "./options";
import type { CliSettings, RawFlags } from "./options";
import {
  groupColumn,
  PROBABILISTIC_FLAG_NAMES,
  probabilisticOptions,
  type ProbabilisticRawFlags,
} from "./probabilisticFlags";

export interface SegmentRawFlags extends RawFlags, ProbabilisticRawFlags {
  clvModel?: string;
  /** lifecycle.noPurchaseAtRisk: the pane's "At-risk level (%)". */
  atRiskLevel?: string;
}

/** The flags that mean something only with the probabilistic CLV, as the user typed them. */
function probabilisticOnly(flags: SegmentRawFlags): string[] {
  const keys = Object.keys(PROBABILISTIC_FLAG_NAMES) as (keyof ProbabilisticRawFlags)[];
  const named = keys.filter((k) => flags[k] !== undefined).map((k) => PROBABILISTIC_FLAG_NAMES[k]);
  return flags.atRiskLevel === undefined ? named : [...named, "--at-risk-level"];
}

/** The CLV options of --clv-model probabilistic and its settings; nothing for the simple CLV. */
function probabilisticCore(flags: SegmentRawFlags): DeepPartial<SegmentOptions> {
  const calibrationEnd = dateFlag("--calibration-end", flags.calibrationEnd) ?? null;
  const probabilistic = probabilisticOptions(flags, calibrationEnd);
  const risk = numberFlag("--at-risk-level", flags.atRiskLevel, 0.01, 0.99, true);
  return compact<DeepPartial<SegmentOptions>>({
    clv: { model: "probabilistic", probabilistic },
    lifecycle: { noPurchaseAtRisk: risk },
  });
}

/** Validates every flag of `tiering segment`. Throws CliError naming the first bad one. */
export function parseSegmentFlags(
  file: string,
  flags: SegmentRawFlags,
  env: Record<string, string | undefined>
): CliSettings {
  const settings = parseFlags(file, flags, env);
  const model = oneOf("--clv-model", flags.clvModel, CLV_MODELS);
  if (model !== "probabilistic") {
    // A setting of a model that is not run would be dropped without a word.
    const stray = probabilisticOnly(flags);
    if (stray.length > 0) throw new CliError("flag.needsProbabilistic", { flag: stray[0] });
    return settings;
  }
  const extra = probabilisticCore(flags);
  const core = settings.core;
  return {
    ...settings,
    core: { ...core, ...extra, clv: { ...core.clv, ...extra.clv } },
    columns: { ...settings.columns, ...groupColumn(flags.group) },
  };
}
