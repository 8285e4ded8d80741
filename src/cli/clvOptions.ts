// `tiering clv` flags to the core's options, each checked and named by its flag before anything
// is read, as `tiering segment` does.
import { type DeepPartial, type SegmentOptions } from "../core";
import type { CliSettings, ColumnFlagKey, RawFlags } from "./options";
import {
  columnFlags,
  commonSettings,
  compact,
  dateFlag,
  dateSystemFlag,
  languageOf,
  numberFlag,
  readingOptions,
} from "./options";
import {
  groupColumn,
  probabilisticOptions,
  type ProbabilisticRawFlags,
} from "./probabilisticFlags";

/** The clv command's flags as commander hands them over. */
export interface ClvRawFlags
  extends
    Pick<
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
    >,
    ProbabilisticRawFlags {}

export type ClvSettings = Omit<CliSettings, "out"> & { calibrationEnd: string | null };

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
      probabilistic: probabilisticOptions(flags, calibrationEnd),
    },
  });
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
