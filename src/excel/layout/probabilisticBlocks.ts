// The summary sheet's blocks of a probabilistic CLV run (method.md sections 4 and 8): the fits
// with the unit beside every figure, predicted vs actual holdout purchases by calibration
// frequency, the P(alive) distribution, and the warnings as text. A simple run has none of them.
import {
  type MessageKey,
  type CalibrationReport,
  clean,
  formatMessage,
  label,
  type Language,
  type ProbabilisticResult,
  probabilisticWarnings,
  PURCHASE_MODEL_NAMES,
  purchaseParameterRows,
  type SegmentResult,
  unitName,
} from "../../core";
import type { Grid, OutValue } from "./cellTypes";
import { pAliveBins, P_ALIVE_BINS } from "./pAliveBins";
import { safeText } from "./safeText";

export type ProbabilisticBlockId =
  "probabilisticFit" | "calibration" | "pAlive" | "probabilisticNotes";

export interface ProbabilisticBlock {
  id: ProbabilisticBlockId;
  title: string;
  grid: Grid;
}

const num = (x: number | null): OutValue => (x === null ? "" : (clean(x) ?? ""));

/** Fit, calibration (when a calibration end was given), P(alive) (when the fit gave it), notes. */
export function probabilisticBlocks(
  result: SegmentResult,
  language: Language
): ProbabilisticBlock[] {
  const p = result.probabilistic;
  const blocks: ProbabilisticBlock[] = [];
  if (p !== null) {
    blocks.push(fitBlock(p, language));
    if (p.calibration !== null) blocks.push(calibrationBlock(p.calibration, language));
    const counts = pAliveBins(p.pAlive);
    const customers = counts.reduce((s, n) => s + n, 0);
    if (customers > 0) blocks.push(pAliveBlock(counts, customers, language));
  }
  const notes =
    result.options.clv.model === "probabilistic" ? probabilisticWarnings(result, language) : [];
  if (notes.length > 0) blocks.push(notesBlock(notes, language));
  return blocks;
}

/** Item and value rows: the purchase fit, then Gamma-Gamma; text values marked as text. */
function fitBlock(p: ProbabilisticResult, language: Language): ProbabilisticBlock {
  const t = (key: MessageKey): string => label(key, language);
  const unit = unitName(p.unit, language);
  const yesNo = (b: boolean): OutValue => safeText(t(b ? "fitItem.yes" : "fitItem.no"));
  const horizon = formatMessage(
    "fitItem.horizonValue",
    { months: p.horizonMonths, length: p.horizon.toFixed(2), unit },
    language
  );
  const rows: OutValue[][] = [
    [t("fitItem.purchaseModel"), safeText(PURCHASE_MODEL_NAMES[p.model])],
    [t("fitItem.unit"), safeText(unit)],
    ...(p.observationEnd ? [[t("fitItem.observationEnd"), safeText(p.observationEnd)]] : []),
    [t("fitItem.horizon"), safeText(horizon)],
    [t("fitItem.discount"), safeText(`${Math.round(p.monthlyDiscount * 1e6) / 1e4}%`)],
    [t("fitItem.customers"), p.fit.customers],
    ...calibrationRows(p.calibration, language),
    ...purchaseParameterRows(p, language).map((row) => [
      row.label,
      num(row.value),
      num(row.standardError),
      num(row.lower95),
      num(row.upper95),
    ]),
    [t("fitItem.logLikelihood"), num(p.fit.logLikelihood)],
    [t("fitItem.iterations"), p.fit.iterations],
    [t("fitItem.converged"), yesNo(p.fit.converged)],
    ...spendRows(p, language, yesNo),
  ];
  return {
    id: "probabilisticFit",
    // Short titles: they sit in column A, whose width the tables above are fitted to.
    title: formatMessage(
      "block.probabilisticFit",
      { model: PURCHASE_MODEL_NAMES[p.model] },
      language
    ),
    // Parameter rows carry their standard error and 95% interval (fit/uncertainty.ts); the
    // other items leave those cells empty.
    grid: {
      header: [
        t("col.item"),
        t("col.itemValue"),
        t("col.standardError"),
        t("col.lower95"),
        t("col.upper95"),
      ],
      formats: ["general", "general", "general", "general", "general"],
      rows: rows.map(([item, value, ...rest]) => [
        safeText(String(item)),
        value,
        ...[0, 1, 2].map((k) => rest[k] ?? ""),
      ]),
    },
  };
}

/** When the holdout check ran: its period, in the unit (the table below has the figures). */
function calibrationRows(c: CalibrationReport | null, language: Language): OutValue[][] {
  if (c === null) return [];
  const unit = unitName(c.unit, language);
  return [
    [label("fitItem.calibrationEnd", language), safeText(c.calibrationEnd)],
    [label("fitItem.holdoutEnd", language), safeText(c.holdoutEnd)],
    [formatMessage("fitItem.holdoutLength", { unit }, language), num(c.holdoutLength)],
  ];
}

function spendRows(
  p: ProbabilisticResult,
  language: Language,
  yesNo: (b: boolean) => OutValue
): OutValue[][] {
  const s = p.spend;
  if (s === null) return [];
  const t = (key: MessageKey): string => label(key, language);
  return [
    [t("fitItem.spendCustomers"), s.customers],
    ...(["p", "q", "v"] as const).map((k) => [
      k,
      num(s.params[k]),
      num(s.standardErrors[k]),
      num(s.lower95[k]),
      num(s.upper95[k]),
    ]),
    [t("fitItem.spendLogLikelihood"), num(s.logLikelihood)],
    [t("fitItem.spendIterations"), s.iterations],
    [t("fitItem.spendConverged"), yesNo(s.converged)],
    [t("fitItem.correlation"), num(s.frequencyMonetaryCorrelation)],
  ];
}

/** One row per calibration frequency 0..6 and 7+: customers, mean actual and predicted holdout purchases. */
function calibrationBlock(c: CalibrationReport, language: Language): ProbabilisticBlock {
  const t = (key: MessageKey): string => label(key, language);
  return {
    id: "calibration",
    title: t("block.calibration"),
    grid: {
      header: [
        formatMessage("col.calibrationFrequency", { calibrationEnd: c.calibrationEnd }, language),
        t("col.customers"),
        t("col.actualPurchases"),
        t("col.predictedPurchases"),
      ],
      formats: ["general", "integer", "number", "number"],
      rows: c.groups.map((g) => [
        safeText(g.orMore ? `${g.frequency}+` : String(g.frequency)),
        g.customers,
        num(g.meanActual),
        num(g.meanPredicted),
      ]),
      names: ["frequency", "customers", "actual", "predicted"],
    },
  };
}

/** Ten bins of P(alive), 0-10% to 90-100%: customers and their share. */
function pAliveBlock(counts: number[], customers: number, language: Language): ProbabilisticBlock {
  const t = (key: MessageKey): string => label(key, language);
  const step = 100 / P_ALIVE_BINS;
  return {
    id: "pAlive",
    title: t("block.pAlive"),
    grid: {
      header: [t("col.pAliveBin"), t("col.customers"), t("col.customerShare")],
      formats: ["general", "integer", "share"],
      rows: counts.map((n, i) => [
        safeText(`${i * step}–${(i + 1) * step}%`),
        n,
        num(n / customers),
      ]),
      names: ["bin", "customers", "customerShare"],
    },
  };
}

function notesBlock(notes: string[], language: Language): ProbabilisticBlock {
  return {
    id: "probabilisticNotes",
    title: label("block.probabilisticNotes", language),
    grid: {
      header: [label("col.warning", language)],
      formats: ["general"],
      rows: notes.map((n) => [safeText(n)]),
    },
  };
}
