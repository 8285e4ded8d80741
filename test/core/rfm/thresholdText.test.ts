// A score's range in words, as every face shows it (method.md section 10): amounts with cents keep
// two decimals, whole values none, R in days, open and unbounded ends in words.
import { rangeText, type ScoreRange } from "../../../src/core/rfm";

const range = (low: number | null, high: number | null, over = false): ScoreRange => ({
  score: 3,
  low,
  lowIncluded: !over,
  high,
  highIncluded: true,
  customers: 1,
  none: false,
});

describe("rangeText", () => {
  it("writes amounts with cents to two decimals, whole amounts without", () => {
    expect(rangeText(range(-322.67, 216.9), "monetary", "en-US")).toBe("-322.67–216.90");
    expect(rangeText(range(1030, 2415), "monetary", "en-US")).toBe("1,030–2,415");
  });

  it("writes days for R and the open ends in words", () => {
    expect(rangeText(range(0, 12), "recency", "en-US")).toBe("0–12 days");
    expect(rangeText(range(30, 90, true), "recency", "en-US")).toBe("over 30 to 90 days");
    expect(rangeText(range(null, 5), "frequency", "en-US")).toBe("≤ 5");
    expect(rangeText({ ...range(null, null), none: true }, "frequency", "en-US")).toBe("None");
  });
});
