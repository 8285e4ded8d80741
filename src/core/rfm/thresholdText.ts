// A score's range in words, as every face shows it: "0–12 days", "≥ 5", "500 to under 1,000".
import { formatMessage, type MessageKey } from "../i18n";
import type { Language } from "../types";
import type { RfmDimension, RfmThresholds, ScoreRange } from "./thresholds";

/** Whole numbers as they are; amounts with cents always with two decimals (216.90, not 216.9). */
function numberText(x: number, d: RfmDimension, language: Language): string {
  const digits = d === "monetary" && !Number.isInteger(x) ? 2 : 0;
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);
}

/** The values of one score; R in days. */
export function rangeText(r: ScoreRange, d: RfmDimension, language: Language): string {
  if (r.none) return formatMessage("threshold.none", {}, language);
  const low = r.low === null ? "" : numberText(r.low, d, language);
  const high = r.high === null ? "" : numberText(r.high, d, language);
  let key: MessageKey;
  if (r.low === null && r.high === null) key = "threshold.any";
  else if (r.low === null) key = r.highIncluded ? "threshold.atMost" : "threshold.below";
  else if (r.high === null) key = r.lowIncluded ? "threshold.atLeast" : "threshold.above";
  else if (r.lowIncluded && r.highIncluded)
    key = r.low === r.high ? "threshold.exactly" : "threshold.between";
  else if (r.lowIncluded) key = "threshold.fromUnder";
  else key = r.highIncluded ? "threshold.overTo" : "threshold.overUnder";
  const text = formatMessage(key, { low, high }, language);
  return d === "recency" && key !== "threshold.any"
    ? formatMessage("threshold.days", { range: text }, language)
    : text;
}

/** The thresholds as every face lays them out: a header, then score 5 down to 1 with R, F, M. */
export interface ThresholdRows {
  header: [string, string, string, string];
  rows: [number, string, string, string][];
}

export function thresholdRows(t: RfmThresholds, language: Language): ThresholdRows {
  const keys: MessageKey[] = ["col.score", "col.recencyDays", "col.frequency", "col.monetary"];
  const [score, r, f, m] = keys.map((k) => formatMessage(k, {}, language));
  return {
    header: [score, r, f, m],
    rows: t.ranges.recency.map((range, i) => [
      range.score,
      rangeText(t.ranges.recency[i], "recency", language),
      rangeText(t.ranges.frequency[i], "frequency", language),
      rangeText(t.ranges.monetary[i], "monetary", language),
    ]),
  };
}
