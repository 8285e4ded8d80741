import { BUILT_IN_SCHEMES } from "../../../src/core/segments/schemes";
import type { ActionKind } from "../../../src/core/types";

/** segment id -> [zh-CN, en-US, action], as the brief and method.md section 3 name them. */
const EXPECTED: Record<string, [string, string, ActionKind][]> = {
  "value-tiers": [
    ["高价值客户", "High value", "high"],
    ["中价值客户", "Mid value", "potential"],
    ["低价值客户", "Low value", "low"],
  ],
  four: [
    ["高价值客户", "High value", "high"],
    ["流失风险客户", "Churn risk", "churn"],
    ["低价值客户", "Low value", "low"],
    ["潜力客户", "Potential", "potential"],
  ],
  eight: [
    ["重要价值客户", "Important value", "high"],
    ["重要发展客户", "Important development", "potential"],
    ["重要保持客户", "Important retention", "churn"],
    ["重要挽留客户", "Important win-back", "churn"],
    ["一般价值客户", "General value", "potential"],
    ["一般发展客户", "General development", "low"],
    ["一般保持客户", "General retention", "low"],
    ["一般挽留客户", "General win-back", "low"],
  ],
  named: [
    ["冠军客户", "Champions", "high"],
    ["忠诚客户", "Loyal customers", "high"],
    ["潜在忠诚客户", "Potential loyalist", "potential"],
    ["新客户", "New customers", "potential"],
    ["有潜力客户", "Promising", "potential"],
    ["需要关注客户", "Need attention", "potential"],
    ["即将沉睡客户", "About to sleep", "churn"],
    ["有流失风险客户", "At risk", "churn"],
    ["不能失去的客户", "Can't lose them", "churn"],
    ["已流失客户", "Lost", "low"],
    ["其他客户", "Others", "low"],
  ],
};

describe("BUILT_IN_SCHEMES", () => {
  it("has the four schemes under their ids", () => {
    expect(Object.keys(BUILT_IN_SCHEMES).sort()).toEqual(["eight", "four", "named", "value-tiers"]);
    for (const [id, scheme] of Object.entries(BUILT_IN_SCHEMES)) expect(scheme.id).toBe(id);
  });

  it.each(Object.keys(EXPECTED))("labels and actions of %s", (id) => {
    const scheme = BUILT_IN_SCHEMES[id as keyof typeof BUILT_IN_SCHEMES];
    expect(scheme.segments.map((s) => [s.label["zh-CN"], s.label["en-US"], s.action])).toEqual(
      EXPECTED[id]
    );
  });

  it("uses short unique ascii ids", () => {
    for (const scheme of Object.values(BUILT_IN_SCHEMES)) {
      const ids = scheme.segments.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]{1,24}$/);
    }
  });

  it("has the named scheme's fallback 'Others' and the four-segment fallback 'potential'", () => {
    expect(BUILT_IN_SCHEMES.named.fallback).toBe("others");
    expect(BUILT_IN_SCHEMES.four.fallback).toBe("potential");
    expect(BUILT_IN_SCHEMES["value-tiers"].fallback).toBe("low");
  });

  it("expresses the four-segment 'or' as two churn-risk rules", () => {
    const churn = BUILT_IN_SCHEMES.four.rules.filter((rule) => rule.segment === "churnRisk");
    expect(churn).toEqual([
      { segment: "churnRisk", r: [1, 2], f: [3, 5] },
      { segment: "churnRisk", r: [1, 2], m: [3, 5] },
    ]);
  });

  it("is frozen, so an editor has to copy it", () => {
    const scheme = BUILT_IN_SCHEMES.four;
    expect(
      Object.isFrozen(scheme) &&
        Object.isFrozen(scheme.rules) &&
        Object.isFrozen(scheme.segments[0].label)
    ).toBe(true);
    expect(() => scheme.rules.push({ segment: "low" })).toThrow(TypeError);
    const copy = structuredClone(scheme);
    copy.rules.push({ segment: "low" });
    expect(copy.rules).toHaveLength(scheme.rules.length + 1);
  });
});
