// The built-in segment schemes of method.md section 3, as data: each is a rules table the user
// can copy and edit (first match wins, no match gives the fallback).
import type { SchemeId } from "../options";
import type {
  ActionKind,
  LocalizedText,
  SegmentDefinition,
  SegmentRule,
  SegmentScheme,
} from "../types";

const seg = (id: string, zh: string, en: string, action: ActionKind): SegmentDefinition => ({
  id,
  label: { "zh-CN": zh, "en-US": en },
  action,
});

const name = (zh: string, en: string): LocalizedText => ({ "zh-CN": zh, "en-US": en });

const VALUE_TIERS: SegmentScheme = {
  id: "value-tiers",
  name: name("按 RFM 总分分层", "Value tiers by RFM total"),
  segments: [
    seg("high", "高价值客户", "High value", "high"),
    seg("mid", "中价值客户", "Mid value", "potential"),
    seg("low", "低价值客户", "Low value", "low"),
  ],
  rules: [
    { segment: "high", total: [12, 15] },
    { segment: "mid", total: [8, 11] },
    { segment: "low", total: [3, 7] },
  ],
  fallback: "low",
};

const FOUR: SegmentScheme = {
  id: "four",
  name: name("四类客户", "Four segments"),
  segments: [
    seg("high", "高价值客户", "High value", "high"),
    seg("churnRisk", "流失风险客户", "Churn risk", "churn"),
    seg("low", "低价值客户", "Low value", "low"),
    seg("potential", "潜力客户", "Potential", "potential"),
  ],
  rules: [
    { segment: "high", r: [4, 5], f: [4, 5], m: [4, 5] },
    // "R <= 2 and (F >= 3 or M >= 3)": a rules table has no "or", so two rules share the segment.
    { segment: "churnRisk", r: [1, 2], f: [3, 5] },
    { segment: "churnRisk", r: [1, 2], m: [3, 5] },
    { segment: "low", f: [1, 2], m: [1, 2] },
  ],
  fallback: "potential",
};

/** One rule per high/low pattern of R, F, M ("high" = score at least the population mean). */
const eightRule = (
  segment: string,
  r: "high" | "low",
  f: "high" | "low",
  m: "high" | "low"
): SegmentRule => ({
  segment,
  r,
  f,
  m,
});

const EIGHT: SegmentScheme = {
  id: "eight",
  name: name("八类客户（经典 RFM 模型）", "Eight classic segments"),
  segments: [
    seg("importantValue", "重要价值客户", "Important value", "high"),
    seg("importantDevelopment", "重要发展客户", "Important development", "potential"),
    seg("importantRetention", "重要保持客户", "Important retention", "churn"),
    seg("importantWinBack", "重要挽留客户", "Important win-back", "churn"),
    seg("generalValue", "一般价值客户", "General value", "potential"),
    seg("generalDevelopment", "一般发展客户", "General development", "low"),
    seg("generalRetention", "一般保持客户", "General retention", "low"),
    seg("generalWinBack", "一般挽留客户", "General win-back", "low"),
  ],
  rules: [
    eightRule("importantValue", "high", "high", "high"),
    eightRule("importantDevelopment", "high", "low", "high"),
    eightRule("importantRetention", "low", "high", "high"),
    eightRule("importantWinBack", "low", "low", "high"),
    eightRule("generalValue", "high", "high", "low"),
    eightRule("generalDevelopment", "high", "low", "low"),
    eightRule("generalRetention", "low", "high", "low"),
    eightRule("generalWinBack", "low", "low", "low"),
  ],
  // The eight rules cover every pattern; the fallback only has to name a segment.
  fallback: "generalWinBack",
};

const NAMED: SegmentScheme = {
  id: "named",
  name: name("命名细分（R rfm 包）", "Named segments (R rfm package)"),
  segments: [
    seg("champions", "冠军客户", "Champions", "high"),
    seg("loyal", "忠诚客户", "Loyal customers", "high"),
    seg("potentialLoyalist", "潜在忠诚客户", "Potential loyalist", "potential"),
    seg("newCustomers", "新客户", "New customers", "potential"),
    seg("promising", "有潜力客户", "Promising", "potential"),
    seg("needAttention", "需要关注客户", "Need attention", "potential"),
    seg("aboutToSleep", "即将沉睡客户", "About to sleep", "churn"),
    seg("atRisk", "有流失风险客户", "At risk", "churn"),
    seg("cantLose", "不能失去的客户", "Can't lose them", "churn"),
    seg("lost", "已流失客户", "Lost", "low"),
    seg("others", "其他客户", "Others", "low"),
  ],
  // Order and ranges of the package's transaction-level vignette and tests.
  rules: [
    { segment: "champions", r: [4, 5], f: [4, 5], m: [4, 5] },
    { segment: "loyal", r: [2, 5], f: [3, 5], m: [3, 5] },
    { segment: "potentialLoyalist", r: [3, 5], f: [1, 3], m: [1, 3] },
    { segment: "newCustomers", r: [4, 5], f: [1, 1], m: [1, 1] },
    { segment: "promising", r: [3, 4], f: [1, 1], m: [1, 1] },
    { segment: "needAttention", r: [2, 3], f: [2, 3], m: [2, 3] },
    { segment: "aboutToSleep", r: [2, 3], f: [1, 2], m: [1, 2] },
    { segment: "atRisk", r: [1, 2], f: [2, 5], m: [2, 5] },
    { segment: "cantLose", r: [1, 1], f: [4, 5], m: [4, 5] },
    { segment: "lost", r: [1, 2], f: [1, 2], m: [1, 2] },
  ],
  fallback: "others",
};

/** Frozen all the way down: an editor must copy a built-in scheme (structuredClone) before changing it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const BUILT_IN_SCHEMES: Record<SchemeId, SegmentScheme> = deepFreeze({
  "value-tiers": VALUE_TIERS,
  four: FOUR,
  eight: EIGHT,
  named: NAMED,
});
