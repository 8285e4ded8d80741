// `tiering clv`'s terminal report of the CLV intervals (method.md section 4): each CLV tier's
// total with P10, P50 and P90 over the parameter draws, and per listed customer the interval and
// how sure the tier is ("high CLV, 62% sure").
import {
  CLV_TIERS,
  type ClvAnalysis,
  label,
  type Language,
  type ProbabilisticResult,
} from "../core";
import type { CliMessageKey } from "./messages";
import { plainTable } from "./printSummary";

type Text = (key: CliMessageKey, params?: Record<string, string | number>) => string;

interface Shown {
  money: Intl.NumberFormat;
  count: Intl.NumberFormat;
  percent: Intl.NumberFormat;
}

const NONE = "–";
const show = (x: number, f: Intl.NumberFormat): string => (Number.isFinite(x) ? f.format(x) : NONE);

export function tierIntervalSection(
  p: ProbabilisticResult,
  t: Text,
  f: Shown,
  language: Language
): string[] {
  const intervals = p.intervals;
  if (intervals === null) return [];
  const title = t("clvReport.tiersTitle", {
    months: p.horizonMonths,
    draws: intervals.draws,
  });
  const table = plainTable(
    [
      label("col.clvTier", language),
      label("col.customers", language),
      t("clvReport.tierTotal"),
      "P10",
      "P50",
      "P90",
    ],
    1
  );
  for (const tier of intervals.tiers) {
    table.push([
      label(`clvTier.${tier.tier}`, language),
      f.count.format(tier.customers),
      show(tier.total, f.money),
      show(tier.p10, f.money),
      show(tier.p50, f.money),
      show(tier.p90, f.money),
    ]);
  }
  return ["", title, table.toString()];
}

/** The customer table's interval headers; none without intervals. */
export function intervalHeaders(a: ClvAnalysis, t: Text): string[] {
  return a.probabilistic.intervals === null ? [] : [t("clvCol.interval"), t("clvCol.tierSure")];
}

export function intervalTexts(
  a: ClvAnalysis,
  k: number,
  t: Text,
  f: Shown,
  language: Language
): string[] {
  const intervals = a.probabilistic.intervals;
  if (intervals === null) return [];
  const p10 = intervals.p10[k];
  const range = Number.isFinite(p10)
    ? `${show(p10, f.money)} – ${show(intervals.p90[k], f.money)}`
    : NONE;
  const tier = intervals.tier[k];
  const sure =
    tier < CLV_TIERS.length
      ? t("clvReport.tierSure", {
          tier: label(`clvTier.${CLV_TIERS[tier]}`, language),
          share: f.percent.format(intervals.tierConfidence[k]),
        })
      : NONE;
  return [range, sure];
}
