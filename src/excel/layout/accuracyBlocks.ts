// The summary sheet's blocks of the model comparison and the monthly projection (method.md
// sections 4 and 8): which purchase model the run uses and why (a sentence), every model's
// log-likelihood, AIC, BIC and holdout error, every model's holdout accuracy table, and the month
// by month orders, revenue and discounted value per CLV tier that its chart is drawn from.
import {
  ACCURACY_COLUMNS,
  accuracyHeader,
  accuracyDimensionLabel,
  accuracyGroupLabel,
  clean,
  type ErrorStats,
  formatMessage,
  label,
  type Language,
  type MessageKey,
  modelChoiceText,
  type ModelChoice,
  modelComparisonRows,
  type ProjectionMonth,
  PURCHASE_MODEL_NAMES,
  type SegmentResult,
} from "../../core";
import type { FormatName, Grid, OutValue } from "./cellTypes";
import { safeText } from "./safeText";

export type AccuracyBlockId = "modelChoice" | "modelComparison" | "accuracy" | "projection";

export interface AccuracyBlock {
  id: AccuracyBlockId;
  title: string;
  grid: Grid;
}

const num = (x: number | null | undefined): OutValue =>
  x === null || x === undefined ? "" : (clean(x) ?? "");

const TIERS = ["high", "mid", "low", "total"] as const;

/** The projection's columns by name: month, then orders, revenue and value per tier and total. */
export const PROJECTION_COLUMNS = [
  "month",
  ...(["orders", "revenue", "value"] as const).flatMap((figure) =>
    TIERS.map((tier) => `${figure}_${tier}`)
  ),
];

/** Nothing without a probabilistic result; each block only when it has something to show. */
export function accuracyBlocks(result: SegmentResult, language: Language): AccuracyBlock[] {
  const p = result.probabilistic;
  if (p === null) return [];
  const blocks: AccuracyBlock[] = [];
  const choice = p.modelChoice;
  const reason = modelChoiceText(choice, language);
  if (choice !== null && reason !== null) {
    blocks.push(choiceBlock(reason, language));
    blocks.push(comparisonBlock(choice, language));
    if (choice.period === "calibration") blocks.push(accuracyBlock(choice, language));
  }
  if (p.projection !== null) blocks.push(projectionBlock(p.projection, language));
  return blocks;
}

function choiceBlock(reason: string, language: Language): AccuracyBlock {
  return {
    id: "modelChoice",
    title: label("fitItem.purchaseModel", language),
    grid: {
      header: [label("col.model", language)],
      formats: ["general"],
      rows: [[safeText(reason)]],
    },
  };
}

function comparisonBlock(choice: ModelChoice, language: Language): AccuracyBlock {
  const t = (key: MessageKey): string => label(key, language);
  const period = safeText(t(`fitPeriod.${choice.period}`));
  return {
    id: "modelComparison",
    title: t("block.modelComparison"),
    grid: {
      header: [
        t("col.model"),
        t("col.fitPeriod"),
        t("col.parameters"),
        t("col.customers"),
        t("col.logLikelihood"),
        t("col.aic"),
        t("col.bic"),
        t("col.holdoutMae"),
        t("col.picked"),
      ],
      formats: [
        "general",
        "general",
        "integer",
        "integer",
        "number",
        "number",
        "number",
        "general",
        "general",
      ],
      rows: modelComparisonRows(choice).map((r) => [
        safeText(PURCHASE_MODEL_NAMES[r.model]),
        period,
        r.parameters,
        r.customers,
        num(r.logLikelihood),
        num(r.aic),
        num(r.bic),
        num(r.holdoutMae),
        r.picked ? safeText(t("fitItem.yes")) : "",
      ]),
      names: [
        "model",
        "period",
        "parameters",
        "customers",
        "logLikelihood",
        "aic",
        "bic",
        "holdoutMae",
        "picked",
      ],
    },
  };
}

function statsCells(s: ErrorStats | null): OutValue[] {
  return s === null ? ["", "", ""] : [num(s.mae), num(s.rmse), num(s.bias)];
}

function accuracyBlock(choice: ModelChoice, language: Language): AccuracyBlock {
  const t = (key: MessageKey): string => label(key, language);
  const rows: OutValue[][] = [];
  for (const s of choice.scores) {
    const name = PURCHASE_MODEL_NAMES[s.model];
    if (s.accuracy === null) {
      const failed = formatMessage("modelChoice.notFitted", { model: name }, language);
      rows.push([safeText(name), safeText(failed), "", "", "", "", "", "", "", ""]);
      continue;
    }
    for (const row of s.accuracy)
      rows.push([
        safeText(name),
        safeText(accuracyDimensionLabel(row, language)),
        safeText(accuracyGroupLabel(row, language)),
        row.purchases.customers,
        ...statsCells(row.purchases),
        ...statsCells(row.spend),
      ]);
  }
  const formats: FormatName[] = [
    "general",
    "general",
    "general",
    "integer",
    "number",
    "number",
    "number",
    "money",
    "money",
    "money",
  ];
  return {
    id: "accuracy",
    title: t("block.accuracy"),
    grid: {
      header: accuracyHeader(language),
      formats,
      rows,
      names: ACCURACY_COLUMNS,
    },
  };
}

function projectionBlock(months: ProjectionMonth[], language: Language): AccuracyBlock {
  const tierName = (tier: (typeof TIERS)[number]) =>
    tier === "total" ? label("projection.total", language) : label(`clvTier.${tier}`, language);
  const header = [label("col.month", language)];
  const formats: FormatName[] = ["integer"];
  for (const [key, format] of [
    ["col.projectionOrders", "number"],
    ["col.projectionRevenue", "money"],
    ["col.projectionValue", "money"],
  ] as const) {
    for (const tier of TIERS) {
      header.push(formatMessage(key, { tier: tierName(tier) }, language));
      formats.push(format);
    }
  }
  return {
    id: "projection",
    title: label("block.projection", language),
    grid: {
      header,
      formats,
      rows: months.map((m) => [
        m.month,
        ...(["orders", "revenue", "value"] as const).flatMap((figure) =>
          TIERS.map((tier) => num(m[figure][tier]))
        ),
      ]),
      names: PROJECTION_COLUMNS,
    },
  };
}
