import {
  ACTION_KINDS,
  DEFAULT_ACTIONS,
  actionKindFor,
  actionText,
} from "../../../src/core/actions/recommendedActions";

describe("actionKindFor", () => {
  it("maps A, B, C to high, potential, low", () => {
    expect([0, 1, 2].map((cls) => actionKindFor(cls, false))).toEqual(["high", "potential", "low"]);
  });

  it("lets a churn warning win over every class", () => {
    expect([0, 1, 2].map((cls) => actionKindFor(cls, true))).toEqual(["churn", "churn", "churn"]);
  });
});

describe("DEFAULT_ACTIONS", () => {
  it("has a text in both languages for every kind", () => {
    for (const kind of ACTION_KINDS) {
      expect(DEFAULT_ACTIONS[kind]["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(DEFAULT_ACTIONS[kind]["en-US"]).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
  });

  it("says what section 7 of the method says", () => {
    expect(actionText("high", "en-US")).toContain("Dedicated account manager");
    expect(actionText("high", "zh-CN")).toContain("专属客户经理");
    expect(actionText("potential", "en-US")).toContain("tiered incentives");
    expect(actionText("potential", "zh-CN")).toContain("培训");
    expect(actionText("low", "en-US")).toContain("automated low-cost marketing");
    expect(actionText("low", "zh-CN")).toContain("自动化");
    expect(actionText("churn", "en-US")).toContain("win-back");
    expect(actionText("churn", "zh-CN")).toContain("召回");
  });
});

describe("actionText", () => {
  it("uses the user's edit for that kind and language only", () => {
    const overrides = { high: { "zh-CN": "总经理亲自拜访" } };
    expect(actionText("high", "zh-CN", overrides)).toBe("总经理亲自拜访");
    expect(actionText("high", "en-US", overrides)).toBe(DEFAULT_ACTIONS.high["en-US"]);
    expect(actionText("low", "zh-CN", overrides)).toBe(DEFAULT_ACTIONS.low["zh-CN"]);
  });

  it("falls back to the default for a blank edit", () => {
    expect(actionText("churn", "en-US", { churn: { "en-US": "  " } })).toBe(
      DEFAULT_ACTIONS.churn["en-US"]
    );
  });
});
