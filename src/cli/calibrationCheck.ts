// --calibration-end names a check the user asked for: when the data cannot give it, that is a bad
// flag for this file (exit 2), not a note under a report that lacks what was asked for. Both
// `tiering clv` and `tiering segment --clv-model probabilistic` hold to it.
import type { CalibrationReport, Warning } from "../core";
import { CliError } from "./cliError";

export interface CalibrationOutcome {
  /** The --calibration-end given, or null. */
  calibrationEnd: string | null;
  file: string;
  /** The check the run made; null (or undefined without fits) when it could not. */
  calibration: CalibrationReport | null | undefined;
  /** The input was a customer summary: no dates to split at. */
  summarised: boolean;
  warnings: Warning[];
}

export function requireCalibration(o: CalibrationOutcome): void {
  if (o.calibrationEnd === null || (o.calibration ?? null) !== null) return;
  if (o.summarised) throw new CliError("clv.calibrationNeedsDates", { file: o.file });
  const outside = o.warnings.find((w) => w.code === "calibrationOutside");
  throw new CliError("clv.calibrationOutside", {
    calibrationEnd: o.calibrationEnd,
    first: outside?.params.first ?? "",
    last: outside?.params.last ?? "",
  });
}
