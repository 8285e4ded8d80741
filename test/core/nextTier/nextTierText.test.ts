// nextTierText writes plain amounts itself and keeps the others the formatter has written: the
// text must stay the formatter's, for repeated amounts, both languages, whole and cent amounts,
// long ones, and the -0 a Map would take for 0.
import fc from "fast-check";
import { formatMessage } from "../../../src/core";
import { nextTierText, type NextTierStep } from "../../../src/core/nextTier";
import type { Language } from "../../../src/core/types";

function expected(step: NextTierStep, language: Language): string {
  const cents = step.change === "spend" && !Number.isInteger(step.amount);
  const digits = cents ? 2 : 0;
  const amount = new Intl.NumberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(step.amount);
  const key =
    step.change === "orders" && step.amount === 1
      ? "nextTier.orders.one"
      : `nextTier.${step.change}`;
  return formatMessage(key as "nextTier.orders", { amount }, language);
}

describe("nextTierText", () => {
  it("words every step as the number formatter does, the first time and the next", () => {
    const amount = fc.oneof(
      fc.integer({ min: -5, max: 400 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
      // Past the int32 range, to the 15 digits the plain texts stop at and beyond.
      fc.maxSafeInteger(),
      fc.maxSafeInteger().map((c) => c / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 1000),
      fc.constantFrom(-0, 0, 1, 0.005, 1.005, 1234567.895, 1e21, 1e-7, 999999999999999.9, 1e15)
    );
    fc.assert(
      fc.property(
        fc.constantFrom<NextTierStep["change"]>("orders", "spend", "recency"),
        amount,
        fc.constantFrom<Language>("en-US", "zh-CN"),
        (change, value, language) => {
          const step: NextTierStep = { to: 0, change, amount: value };
          for (let i = 0; i < 2; i++)
            expect(nextTierText(step, language)).toBe(expected(step, language));
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("writes -0 as the formatter does, after 0 and before it", () => {
    for (const amount of [0, -0, 0]) {
      const step: NextTierStep = { to: 0, change: "recency", amount };
      expect(nextTierText(step, "en-US")).toBe(expected(step, "en-US"));
    }
  });
});
