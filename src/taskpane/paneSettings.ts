// The method settings the pane shows, remembered per workbook (in its settings), and how they
// become the core's options. Only what the user changed is stored; the rest follows the defaults.
import {
  type AbcMode,
  type ClvGrouping,
  type ClvModel,
  type DeepPartial,
  DEFAULT_OPTIONS,
  type FixedThresholds,
  type Language,
  type PurchaseModelSetting,
  type RfmScoring,
  type Role,
  schemeById,
  type SchemeId,
  type SegmentOptions,
  type SegmentRule,
  type SegmentScheme,
  type TimeUnit,
} from "../core";
import type { XRequestContext } from "../excel";

export const PANE_SETTINGS_KEY = "customerTiers.paneSettings";

export interface PaneSettings {
  abcMode: AbcMode;
  /** Cut-offs of the chosen mode: shares 0..1, or amounts. */
  abcCuts: [number, number];
  scoring: RfmScoring;
  scheme: SchemeId;
  asOf: string;
  /** Percent, "" for none. */
  marginPercent: string;
  lifespanYears: number;
  /** Simple CLV annualises over at least this many days (method.md section 4). */
  minTenureDays: number;
  mapping: Partial<Record<Role, string>>;
  /** The fixed-threshold table when the user edited it; null for the literature's. */
  fixed: FixedThresholds | null;
  /** The scheme's rules when the user edited them; null for the built-in ones. */
  rules: SegmentRule[] | null;
  /** Simple (the literature's) or probabilistic (BG/NBD, MBG/NBD or Pareto/NBD with Gamma-Gamma). */
  clvModel: ClvModel;
  purchaseModel: PurchaseModelSetting;
  timeUnit: TimeUnit;
  horizonMonths: number;
  /** Percent per month. */
  monthlyDiscountPercent: number;
  /** ISO date, "" for no calibration check. */
  calibrationEnd: string;
  /** N of P(no purchase in the next N days) (clv.probabilistic.noPurchaseDays). */
  noPurchaseDays: number;
  /** Percent: at risk above it (lifecycle.noPurchaseAtRisk); "" keeps the P(alive) rule. */
  noPurchaseAtRiskPercent: string;
  /** CLV by group: off, first-purchase quarter, or the mapped group column. */
  clvGroupBy: ClvGrouping;
  /** Smallest group fitted on its own (clv.probabilistic.minGroupCustomers, minGroupRepeatBuyers). */
  clvMinGroupCustomers: number;
  clvMinGroupRepeatBuyers: number;
}

export function defaultSettings(): PaneSettings {
  return {
    abcMode: DEFAULT_OPTIONS.abc.mode,
    abcCuts: [...DEFAULT_OPTIONS.abc.valueCuts],
    scoring: DEFAULT_OPTIONS.rfm.scoring,
    scheme: DEFAULT_OPTIONS.scheme as SchemeId,
    asOf: "",
    marginPercent: "",
    lifespanYears: DEFAULT_OPTIONS.clv.lifespanYears,
    minTenureDays: DEFAULT_OPTIONS.clv.minTenureDays,
    mapping: {},
    fixed: null,
    rules: null,
    ...probabilisticDefaults(),
  };
}

function probabilisticDefaults() {
  const p = DEFAULT_OPTIONS.clv.probabilistic;
  return {
    clvModel: DEFAULT_OPTIONS.clv.model,
    purchaseModel: p.purchaseModel,
    timeUnit: p.unit,
    horizonMonths: p.horizonMonths,
    monthlyDiscountPercent: p.monthlyDiscount * 100,
    calibrationEnd: p.calibrationEnd ?? "",
    noPurchaseDays: p.noPurchaseDays,
    noPurchaseAtRiskPercent: "",
    clvGroupBy: p.groupBy,
    clvMinGroupCustomers: p.minGroupCustomers,
    clvMinGroupRepeatBuyers: p.minGroupRepeatBuyers,
  };
}

/** The default cut-offs of an ABC mode, shown when the user switches to it. */
export function defaultCuts(mode: AbcMode): [number, number] {
  const abc = DEFAULT_OPTIONS.abc;
  const cuts =
    mode === "value" ? abc.valueCuts : mode === "count" ? abc.countCuts : abc.absoluteCuts;
  return [...cuts];
}

export function toOptions(s: PaneSettings, language: Language): DeepPartial<SegmentOptions> {
  const cutsKey =
    s.abcMode === "value" ? "valueCuts" : s.abcMode === "count" ? "countCuts" : "absoluteCuts";
  const margin = s.marginPercent.trim() === "" ? null : Number(s.marginPercent) / 100;
  return {
    language,
    mapping: s.mapping,
    asOf: s.asOf.trim() === "" ? null : s.asOf.trim(),
    abc: { mode: s.abcMode, [cutsKey]: s.abcCuts },
    rfm: { scoring: s.scoring, ...(s.fixed ? { fixed: s.fixed } : {}) },
    scheme: s.rules ? { ...builtInScheme(s.scheme), rules: s.rules } : s.scheme,
    clv: {
      lifespanYears: s.lifespanYears,
      // Only when changed, so that a model stored before the option existed reads the same.
      ...(s.minTenureDays === DEFAULT_OPTIONS.clv.minTenureDays
        ? {}
        : { minTenureDays: s.minTenureDays }),
      margin,
      ...clvModelOptions(s),
    },
    ...noPurchaseRule(s),
  };
}

/** The P(no purchase) at-risk rule, only when set with the probabilistic CLV (the CLI's --churn-days). */
function noPurchaseRule(s: PaneSettings): DeepPartial<SegmentOptions> {
  const text = (s.noPurchaseAtRiskPercent ?? "").trim();
  if (s.clvModel !== "probabilistic" || text === "") return {};
  return { lifecycle: { noPurchaseAtRisk: Number(text) / 100 } };
}

/** Nothing for the simple CLV, so that its runs store the same options as before there was a choice. */
function clvModelOptions(s: PaneSettings): DeepPartial<SegmentOptions["clv"]> {
  if (s.clvModel !== "probabilistic") return {};
  const calibrationEnd = s.calibrationEnd.trim();
  return {
    model: "probabilistic",
    probabilistic: {
      purchaseModel: s.purchaseModel,
      unit: s.timeUnit,
      horizonMonths: s.horizonMonths,
      monthlyDiscount: s.monthlyDiscountPercent / 100,
      calibrationEnd: calibrationEnd === "" ? null : calibrationEnd,
      // Only when changed, so that a model stored before the option existed reads the same.
      ...(s.noPurchaseDays === DEFAULT_OPTIONS.clv.probabilistic.noPurchaseDays
        ? {}
        : { noPurchaseDays: s.noPurchaseDays }),
      // Only when on, so that a model stored before grouping existed reads the same.
      ...(s.clvGroupBy === "none" ? {} : { groupBy: s.clvGroupBy, ...groupMinimums(s) }),
    },
  };
}

/** The group minimums the user changed (resolveOptions checks them: whole, in range, in order). */
function groupMinimums(s: PaneSettings): DeepPartial<SegmentOptions["clv"]["probabilistic"]> {
  const p = DEFAULT_OPTIONS.clv.probabilistic;
  return {
    ...(s.clvMinGroupCustomers === p.minGroupCustomers
      ? {}
      : { minGroupCustomers: s.clvMinGroupCustomers }),
    ...(s.clvMinGroupRepeatBuyers === p.minGroupRepeatBuyers
      ? {}
      : { minGroupRepeatBuyers: s.clvMinGroupRepeatBuyers }),
  };
}

/** A built-in scheme as a plain copy the user's rules can replace rules in. */
export function builtInScheme(id: SchemeId): SegmentScheme {
  const scheme = schemeById(id);
  if (!scheme) throw new Error(`unknown scheme ${id}`);
  return JSON.parse(JSON.stringify(scheme)) as SegmentScheme;
}

export async function loadSettings(context: XRequestContext): Promise<PaneSettings> {
  const item = context.workbook.settings.getItemOrNullObject(PANE_SETTINGS_KEY).load("value");
  await context.sync();
  if (item.isNullObject || typeof item.value !== "string") return defaultSettings();
  try {
    return { ...defaultSettings(), ...(JSON.parse(item.value) as Partial<PaneSettings>) };
  } catch {
    return defaultSettings(); // a damaged setting must not stop the pane
  }
}

export async function saveSettings(context: XRequestContext, s: PaneSettings): Promise<void> {
  context.workbook.settings.add(PANE_SETTINGS_KEY, JSON.stringify(s));
  await context.sync();
}
