// `tiering clv`'s terminal report: what was read, both fits with the unit beside every figure,
// the calibration table, and the customers with the highest CLV, in the run's language.
import {
  type CalibrationReport,
  type ClvAnalysis,
  type FitReport,
  formatMessage,
  label,
  type Language,
  type ProbabilisticResult,
  PURCHASE_MODEL_NAMES,
} from "../core";
import { accuracySection, modelChoiceSection, projectionSection } from "./printAccuracy";
import { terminalSafe } from "./terminalText";
import { intervalHeaders, intervalTexts, tierIntervalSection } from "./printClvIntervals";
import { clvGroupLines } from "./printClvGroups";
import { cliText, type CliMessageKey } from "./messages";
import { fixedDigits, numberFormats, WHOLE, type NumberFormats } from "./numberFormats";
import { plainTable, rejectedSection } from "./printSummary";
import type { LoadedInput } from "./readInput";
import { fileLine, rowCountsText, warningLines } from "./reportHeader";

/** Customers listed in the terminal; --json has them all. */
export const CUSTOMERS_SHOWN = 20;

const NONE = "–";

const FORMATS = {
  count: WHOLE,
  param: { maximumSignificantDigits: 5 },
  two: fixedDigits(2),
  prob: fixedDigits(3),
  percent: { style: "percent", maximumFractionDigits: 2 },
  wholePercent: { style: "percent", maximumFractionDigits: 0 },
} satisfies Record<string, Intl.NumberFormatOptions>;

type Formats = NumberFormats<keyof typeof FORMATS>;

type Text = (key: CliMessageKey, params?: Record<string, string | number>) => string;

const show = (x: number | null, f: Intl.NumberFormat): string =>
  x === null || !Number.isFinite(x) ? NONE : f.format(x);

function headerLines(a: ClvAnalysis, rows: string, t: Text, f: Formats) {
  const p = a.probabilistic;
  const unit = t(`unit.${p.unit}`);
  const horizon = t("clvReport.horizonValue", {
    months: p.horizonMonths,
    length: f.two.format(p.horizon),
    unit,
  });
  const end =
    p.observationEnd === null ? "" : `${t("clvReport.observationEnd")}: ${p.observationEnd} · `;
  return [
    `${t("report.shape")}: ${t(`clvReport.source.${a.source}`)} · ${t("report.rows")}: ${rows}`,
    `${end}${t("clvReport.unit")}: ${unit} · ${t("clvReport.horizon")}: ${horizon}`,
    `${t("clvReport.discount")}: ${f.percent.format(p.monthlyDiscount)} · ${t("report.clv")}: ${label(`clvKind.${a.clvKind}`, a.options.language)}`,
  ];
}

/** Parameter rows, then the fit's log-likelihood, iterations and convergence. */
function fitTable<P extends object>(
  fit: FitReport<P>,
  units: Partial<Record<string, string>>,
  t: Text,
  f: Formats,
  language: Language
): string {
  const header = [t("clvReport.parameter"), t("clvReport.value")];
  const table = plainTable([...header, t("clvReport.standardError"), t("clvReport.interval95")], 1);
  const of = (p: P, name: keyof P): number => p[name] as number;
  for (const [name, value] of Object.entries(fit.params) as [keyof P & string, number][]) {
    const unit = units[name];
    const interval = `${show(of(fit.lower95, name), f.param)} – ${show(of(fit.upper95, name), f.param)}`;
    const se = show(of(fit.standardErrors, name), f.param);
    table.push([unit ? `${name} (${unit})` : name, show(value, f.param), se, interval]);
  }
  table.push([t("clvReport.logLikelihood"), show(fit.logLikelihood, f.two), "", ""]);
  table.push([t("clvReport.iterations"), f.count.format(fit.iterations), "", ""]);
  const converged = t(fit.converged ? "clvReport.yes" : "clvReport.no");
  table.push([t("clvReport.converged"), converged, "", ""]);
  const note = fit.message === null ? [] : [formatMessage(fit.message, {}, language)];
  return [table.toString(), ...note].join("\n");
}

function purchaseSection(p: ProbabilisticResult, t: Text, f: Formats, language: Language) {
  const unit = t(`unit.${p.unit}`);
  const title = t("clvReport.purchaseTitle", {
    model: PURCHASE_MODEL_NAMES[p.model],
    customers: f.count.format(p.fit.customers),
    unit,
  });
  // alpha is the scale of the purchase rate: it is a time, in the unit of the fit.
  return [title, fitTable(p.fit, { alpha: unit, beta: unit }, t, f, language)];
}

function spendSection(p: ProbabilisticResult, t: Text, f: Formats, language: Language) {
  const spend = p.spend;
  if (spend === null) return [t("clvReport.noSpend")];
  const title = t("clvReport.spendTitle", { customers: f.count.format(spend.customers) });
  const correlation = `${t("clvReport.correlation")}: ${show(spend.frequencyMonetaryCorrelation, f.two)}`;
  return [title, fitTable(spend, {}, t, f, language), correlation];
}

function calibrationSection(c: CalibrationReport | null, t: Text, f: Formats, language: Language) {
  if (c === null) return [];
  const unit = t(`unit.${c.unit}`);
  const title = t("clvReport.calibrationTitle", {
    calibrationEnd: c.calibrationEnd,
    holdoutEnd: c.holdoutEnd,
    holdoutLength: f.two.format(c.holdoutLength),
    unit,
  });
  const table = plainTable(
    [
      t("clvReport.calibrationFrequency", { calibrationEnd: c.calibrationEnd }),
      label("col.customers", language),
      t("clvReport.actual"),
      t("clvReport.predicted"),
    ],
    1
  );
  for (const g of c.groups) {
    table.push([
      g.orMore ? `${g.frequency}+` : String(g.frequency),
      f.count.format(g.customers),
      show(g.meanActual, f.two),
      show(g.meanPredicted, f.two),
    ]);
  }
  table.push([
    t("clvReport.total"),
    f.count.format(c.customers),
    f.two.format(c.totalActual),
    show(c.totalPredicted, f.two),
  ]);
  const fit = fitTable(c.fit, { alpha: unit, beta: unit }, t, f, language);
  return ["", title, fit, table.toString()];
}

/** Customers with the highest CLV (or expected purchases when there is no CLV), NaN last. */
function topCustomers(a: ClvAnalysis): number[] {
  const p = a.probabilistic;
  const key = p.clvDefined ? p.clv : p.expectedPurchases;
  const value = (k: number) => (Number.isNaN(key[k]) ? -Infinity : key[k]);
  return a.ids.map((_, k) => k).sort((x, y) => value(y) - value(x) || x - y);
}

function customerSection(a: ClvAnalysis, t: Text, f: Formats, language: Language): string[] {
  const p = a.probabilistic;
  const unit = t(`unit.${p.unit}`);
  const months = p.horizonMonths;
  const order = topCustomers(a);
  const shown = order.slice(0, CUSTOMERS_SHOWN);
  const titleKey = p.clvDefined ? "clvReport.customersTitle" : "clvReport.customersByPurchases";
  const title = t(titleKey, { shown: shown.length, count: f.count.format(order.length) });
  const table = plainTable(
    [
      label("col.customer", language),
      t("clvCol.frequency"),
      t("clvCol.recency", { unit }),
      t("clvCol.T", { unit }),
      t("clvCol.monetary"),
      t("clvCol.pAlive"),
      t("clvCol.pNoPurchase", { days: p.noPurchaseDays }),
      t("clvCol.expectedPurchases", { months }),
      t("clvCol.expectedSpend"),
      t("clvCol.clv", { months }),
      ...intervalHeaders(a, t),
    ],
    1
  );
  const shownAs = { money: f.two, count: f.count, percent: f.wholePercent };
  for (const k of shown) {
    table.push([
      terminalSafe(a.ids[k]),
      show(p.frequency[k], f.count),
      show(p.recency[k], f.two),
      show(p.T[k], f.two),
      show(p.monetary[k], f.two),
      show(p.pAlive[k], f.prob),
      show(p.pNoPurchase[k], f.prob),
      show(p.expectedPurchases[k], f.two),
      show(p.expectedSpend[k], f.two),
      show(p.clv[k], f.two),
      ...intervalTexts(a, k, t, shownAs, language),
    ]);
  }
  const more = order.length - shown.length;
  const tail = more > 0 ? [t("clvReport.moreCustomers", { count: f.count.format(more) })] : [];
  return [title, table.toString(), ...tail];
}

/**
 * The fits and what comes of them, as `tiering clv` and `tiering segment --clv-model
 * probabilistic` both print them: both fits, the calibration check, the CLV tiers' intervals,
 * the model choice and accuracy, the projection and the groups.
 */
export function fitSections(p: ProbabilisticResult, language: Language): string[] {
  const f = numberFormats(language, FORMATS);
  const t: Text = (key, params = {}) => cliText(key, params, language);
  return [
    ...purchaseSection(p, t, f, language),
    "",
    ...spendSection(p, t, f, language),
    ...calibrationSection(p.calibration, t, f, language),
    ...tierIntervalSection(
      p,
      t,
      { money: f.two, count: f.count, percent: f.wholePercent },
      language
    ),
    ...modelChoiceSection(p.modelChoice, language),
    ...accuracySection(p.modelChoice, language),
    ...projectionSection(p, language),
    ...clvGroupLines(p, language),
  ];
}

/** The whole report as text (ends with a newline). */
export function clvText(
  a: ClvAnalysis,
  loaded: LoadedInput,
  file: string,
  language: Language
): string {
  const f = numberFormats(language, FORMATS);
  const t: Text = (key, params = {}) => cliText(key, params, language);
  const lines = [
    fileLine(loaded, file, language),
    ...headerLines(a, rowCountsText(a.counts, language, f.count), t, f),
    ...warningLines(a.warnings, language),
    "",
    ...fitSections(a.probabilistic, language),
    "",
    ...customerSection(a, t, f, language),
    "",
    ...rejectedSection(a.rejected, language, f),
  ];
  return lines.join("\n") + "\n";
}
