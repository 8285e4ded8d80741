// A next-tier step in words: "1 more order", "spend 1,250 more", "buy within 18 days".
import { formatMessage, type MessageKey } from "../i18n";
import type { Language } from "../types";
import type { NextTierStep } from "./nextTier";

// Formatters are costly to make and a run words one step per customer: one per language and
// kind, each keeping the amounts it has written (orders and days repeat; spend often does).
interface AmountFormat {
  format: Intl.NumberFormat;
  written: Map<number, string>;
}

/** Amounts kept per formatter, at most: a run's distinct spends stay below it in practice. */
const MAX_KEPT = 1 << 14;

const formats: Record<Language, { whole?: AmountFormat; cents?: AmountFormat }> = {
  "en-US": {},
  "zh-CN": {},
};

function formatter(language: Language, cents: boolean): AmountFormat {
  const kind = cents ? "cents" : "whole";
  let f = formats[language][kind];
  if (!f) {
    f = {
      format: new Intl.NumberFormat(language, {
        minimumFractionDigits: cents ? 2 : 0,
        maximumFractionDigits: cents ? 2 : 0,
      }),
      written: new Map(),
    };
    formats[language][kind] = f;
  }
  return f;
}

/** Languages whose formatter groups digits by three with "," and writes "." and "-" (tested). */
const PLAIN_LANGUAGES: ReadonlySet<Language> = new Set<Language>(["en-US", "zh-CN"]);

/** Whole digits grouped by three from the right with ",". */
function grouped(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
}

/**
 * The formatter's text built from the number's shortest digits (String), which are what the
 * formatter rounds: a call to it cost more than the rest of a customer's row, and spends rarely
 * repeat. Null where the text is not that simple: -0, exponents, more than two decimals.
 */
function plainAmount(amount: number, cents: boolean): string | null {
  if (Object.is(amount, -0) || !(Math.abs(amount) < 1e15)) return null;
  const text = String(Math.abs(amount));
  const dot = text.indexOf(".");
  const sign = amount < 0 ? "-" : "";
  if (dot < 0) return cents || text.includes("e") ? null : sign + grouped(text);
  if (!cents || text.length - dot - 1 > 2) return null;
  return `${sign}${grouped(text.slice(0, dot))}.${text.slice(dot + 1).padEnd(2, "0")}`;
}

function formatAmount(amount: number, language: Language, cents: boolean): string {
  const plain = PLAIN_LANGUAGES.has(language) ? plainAmount(amount, cents) : null;
  if (plain !== null) return plain;
  const f = formatter(language, cents);
  // A Map takes -0 for 0, and the formatter writes it "-0".
  if (Object.is(amount, -0)) return f.format.format(amount);
  let text = f.written.get(amount);
  if (text === undefined) {
    text = f.format.format(amount);
    if (f.written.size < MAX_KEPT) f.written.set(amount, text);
  }
  return text;
}

/** The keys as constants: a key built per customer is a new string to hash at every lookup. */
const KEYS: Record<NextTierStep["change"], MessageKey> = {
  orders: "nextTier.orders",
  spend: "nextTier.spend",
  recency: "nextTier.recency",
};

/**
 * The texts worded so far, per language and change, by amount: a run words a step per customer,
 * and most are a few whole orders or days (a text built and joined per customer was most of the
 * next-tier cell's cost). At most MAX_KEPT per map; -0 is never looked up (a Map takes it for 0).
 */
const worded: Partial<Record<Language, Record<NextTierStep["change"], Map<number, string>>>> = {};

export function nextTierText(step: NextTierStep, language: Language): string {
  if (Object.is(step.amount, -0)) return wordStep(step, language);
  const texts = (worded[language] ??= { orders: new Map(), spend: new Map(), recency: new Map() });
  // A change from outside the type (an old saved model) is worded, not kept.
  const kept = texts[step.change] as Map<number, string> | undefined;
  let text = kept?.get(step.amount);
  if (text === undefined) {
    text = wordStep(step, language);
    if (kept !== undefined && kept.size < MAX_KEPT) kept.set(step.amount, text);
  }
  return text;
}

function wordStep(step: NextTierStep, language: Language): string {
  const cents = step.change === "spend" && !Number.isInteger(step.amount);
  const amount = formatAmount(step.amount, language, cents);
  const key: MessageKey =
    step.change === "orders" && step.amount === 1
      ? "nextTier.orders.one"
      : (KEYS[step.change] ?? `nextTier.${step.change}`);
  return formatMessage(key, { amount }, language);
}
