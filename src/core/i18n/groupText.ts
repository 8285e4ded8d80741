// CLV by group as every face shows it (the comparison sheet, the pane, the CLI's table): one
// table built here, so the words and the figures cannot differ between faces.
import { parameterNames } from "../probabilistic/purchase/paramsOf";
import type { PurchaseModel, TimeUnit } from "../probabilistic/types";
import type { ClvGroupFit, ClvGroupReport, GroupFallback } from "../pipeline/clvGroups/types";
import type { Language } from "../types";
import { formatMessage, label } from "./index";
import { parameterLabel, PURCHASE_MODEL_NAMES, unitName } from "./fitText";

/** How a face formats a column: counts, parameters, money, probabilities or text. */
export type GroupColumnKind = "text" | "count" | "param" | "purchases" | "money" | "prob";

export interface GroupTable {
  headers: string[];
  /** Stable column names, whatever the language: "group", "newValue", "pAlive.p50"... */
  names: string[];
  kinds: GroupColumnKind[];
  /** One row per group; NaN where the fit gives no figure. */
  rows: (string | number)[][];
}

const SPEND_PARAMS = ["p", "q", "v"] as const;
const P_ALIVE = ["p10", "p25", "p50", "p75", "p90", "mean"] as const;

/** The group's name; customers without a value in the group column are "(no value)". */
export function groupName(g: ClvGroupFit, language: Language): string {
  return g.label === "" ? label("clvGroups.blank", language) : g.label;
}

/** "own fit", "pooled: too small (40 customers, 6 repeat buyers)", "pooled: fit failed (...)". */
export function groupFitText(fallback: GroupFallback | null, language: Language): string {
  if (fallback === null) return label("clvGroups.own", language);
  if (fallback.code === "tooSmall") return formatMessage("clvGroups.tooSmall", fallback, language);
  const reason =
    fallback.message === null
      ? label("clvGroups.why.unknown", language)
      : label(`clvGroups.why.${fallback.message}`, language);
  return formatMessage("clvGroups.fitFailed", { model: fallback.model, reason }, language);
}

function headersOf(
  report: ClvGroupReport,
  model: PurchaseModel,
  unit: TimeUnit,
  months: number,
  language: Language
): string[] {
  const t = (key: Parameters<typeof label>[0]) => label(key, language);
  const unitText = unitName(unit, language);
  return [
    report.by === "cohort" ? t("clvGroups.cohort") : (report.column ?? t("clvGroups.group")),
    t("clvGroups.customers"),
    t("clvGroups.repeatBuyers"),
    t("clvGroups.fit"),
    ...parameterNames(model).map((name) => parameterLabel(name, unitText, language)),
    ...SPEND_PARAMS,
    formatMessage("clvGroups.newPurchases", { months }, language),
    formatMessage("clvGroups.newValue", { months }, language),
    ...P_ALIVE.map((q) => t(`clvGroups.pAlive.${q}`)),
    t("clvGroups.meanClv"),
  ];
}

function rowOf(g: ClvGroupFit, model: PurchaseModel, language: Language): (string | number)[] {
  const purchase = g.purchase.params as unknown as Record<string, number>;
  const spend = g.spend?.params;
  return [
    groupName(g, language),
    g.customers,
    g.repeatBuyers,
    groupFitText(g.fallback, language),
    ...parameterNames(model).map((name) => purchase[name] ?? NaN),
    ...SPEND_PARAMS.map((name) => (spend === undefined ? NaN : spend[name])),
    g.newCustomerPurchases,
    g.newCustomerValue,
    ...P_ALIVE.map((q) => g.pAlive[q]),
    g.meanClv,
  ];
}

/** The comparison table: parameters, new-customer value and P(alive) spread of every group. */
export function groupTable(
  report: ClvGroupReport,
  p: { model: PurchaseModel; unit: TimeUnit; horizonMonths: number },
  language: Language
): GroupTable {
  const params = parameterNames(p.model).length + SPEND_PARAMS.length;
  return {
    headers: headersOf(report, p.model, p.unit, p.horizonMonths, language),
    names: [
      "group",
      "customers",
      "repeatBuyers",
      "fit",
      ...parameterNames(p.model),
      ...SPEND_PARAMS,
      "newPurchases",
      "newValue",
      ...P_ALIVE.map((q) => `pAlive.${q}`),
      "meanClv",
    ],
    kinds: [
      "text",
      "count",
      "count",
      "text",
      ...Array<GroupColumnKind>(params).fill("param"),
      "purchases",
      "money",
      ...Array<GroupColumnKind>(P_ALIVE.length).fill("prob"),
      "money",
    ],
    rows: report.groups.map((g) => rowOf(g, p.model, language)),
  };
}

/** The purchase model's name, for a caption over the table. */
export const groupModelName = (model: PurchaseModel): string => PURCHASE_MODEL_NAMES[model];
