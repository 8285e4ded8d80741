// A next-tier step in words: "1 more order", "spend 1,250 more", "buy within 18 days".
import { formatMessage } from "../i18n";
import type { Language } from "../types";
import type { NextTierStep } from "./nextTier";

export function nextTierText(step: NextTierStep, language: Language): string {
  const digits = step.change === "spend" ? 2 : 0;
  const amount = new Intl.NumberFormat(language, {
    minimumFractionDigits: step.change === "spend" && !Number.isInteger(step.amount) ? digits : 0,
    maximumFractionDigits: digits,
  }).format(step.amount);
  const key =
    step.change === "orders" && step.amount === 1
      ? "nextTier.orders.one"
      : `nextTier.${step.change}`;
  return formatMessage(key, { amount }, language);
}
