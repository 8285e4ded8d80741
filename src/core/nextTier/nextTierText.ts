// A next-tier step in words: "1 more order", "spend 1,250 more", "buy within 18 days".
import { formatMessage, type MessageKey } from "../i18n";
import type { Language } from "../types";
import type { NextTierStep } from "./nextTier";

// Formatters are costly to make and a run words one step per customer: one per language and kind.
const formats = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, cents: boolean): Intl.NumberFormat {
  const key = `${language}|${cents}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, {
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
    formats.set(key, f);
  }
  return f;
}

export function nextTierText(step: NextTierStep, language: Language): string {
  const cents = step.change === "spend" && !Number.isInteger(step.amount);
  const amount = formatter(language, cents).format(step.amount);
  const key: MessageKey =
    step.change === "orders" && step.amount === 1
      ? "nextTier.orders.one"
      : `nextTier.${step.change}`;
  return formatMessage(key, { amount }, language);
}
