import { sameTiers } from "../../../src/core/migration/sameTiers";
import type { TierSnapshot } from "../../../src/core/migration/tierSnapshot";

function snapshot(overrides: Partial<TierSnapshot> = {}): TierSnapshot {
  return {
    runAt: "2026-11-23T09:00:00.000Z",
    asOf: "2024-04-02",
    schemeId: "value-tiers",
    schemeName: { "en-US": "Value tiers", "zh-CN": "价值分层" },
    segments: [{ key: "vip", label: { "en-US": "VIP", "zh-CN": "重要价值" } }],
    ids: ["a", "b"],
    names: null,
    abc: Uint8Array.from([0, 2]),
    segment: Int16Array.from([0, -1]),
    value: Float64Array.from([100, NaN]),
    churn: Uint8Array.from([0, 1]),
    stage: Uint8Array.from([2, 4]),
    ...overrides,
  };
}

describe("sameTiers", () => {
  it("ignores when the runs happened, and treats unknown values as equal", () => {
    expect(sameTiers(snapshot(), snapshot({ runAt: "2027-01-01T00:00:00.000Z" }))).toBe(true);
  });

  it.each<[string, Partial<TierSnapshot>]>([
    ["a class", { abc: Uint8Array.from([1, 2]) }],
    ["a segment", { segment: Int16Array.from([0, 0]) }],
    ["a value", { value: Float64Array.from([101, NaN]) }],
    ["a churn warning", { churn: Uint8Array.from([1, 1]) }],
    ["a stage", { stage: Uint8Array.from([2, 5]) }],
    ["a customer", { ids: ["a", "c"] }],
    ["the as-of date", { asOf: "2024-05-01" }],
    ["the scheme", { schemeId: "four" }],
    ["the names", { names: ["Ann", null] }],
  ])("sees a change of %s", (_, change) => {
    expect(sameTiers(snapshot(), snapshot(change))).toBe(false);
  });
});
