// Money as Excel hands it over: a number, or text such as "¥1,234.50", "(12.00)", "1 234,50 €".
// Runs on every amount cell, so plain numbers and plain digit strings never reach a regex.
import type { CellValue } from "../types";
import { toHalfWidth } from "./fullWidth";

/** One-character currency signs, before or after the digits. */
const CURRENCY_SIGNS = "¥￥$€£元";
/** Currency codes, matched in any case ("usd 12"). */
const CURRENCY_CODES: readonly string[] = [
  "人民币",
  "US$",
  "HK$",
  "RMB",
  "CNY",
  "USD",
  "EUR",
  "GBP",
  "HKD",
  "JPY",
];

const PLAIN_BODY = /^(?:\d+(?:\.\d*)?|\.\d+)(?:E[+-]?\d+)?$/i;
const COMMA_GROUPED_BODY = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DECIMAL_COMMA_BODY = /^(?:\d+(?:,\d*)?|,\d+)$/;
/** "." or a kind of space between groups of three, one kind per number, "," before the decimals. */
const SEPARATOR_GROUPED_BODY = /^\d{1,3}([. \u00a0\u202f])\d{3}(?:\1\d{3})*(?:,\d*)?$/;
const MINUS = 45;
const COMMA = 44;
const POINT = 46;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// "-12", "12.50", "1234": optional "-", digits, and (only with a decimal point) one "." and digits.
function plainNumber(s: string, allowPoint: boolean): number {
  let i = s.charCodeAt(0) === MINUS ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isDigit(code)) digits++;
    else if (code === POINT && allowPoint && !point) point = true;
    else return NaN;
  }
  return digits > 0 ? Number(s) : NaN;
}

// The digits of an already validated body, separators dropped, decimal mark as ".".
function cleanDigits(body: string, decimalMark: number): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (isDigit(code)) out += body[i];
    else if (code === decimalMark) out += ".";
  }
  return out;
}

// Value of an already validated grouped body; faster than stripping separators and calling Number().
function groupedValue(body: string, decimalMark: number): number {
  let mantissa = 0;
  let scale = 1;
  let digits = 0;
  let fraction = false;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (isDigit(code)) {
      mantissa = mantissa * 10 + code - 48;
      digits++;
      if (fraction) scale *= 10;
    } else if (code === decimalMark) {
      fraction = true;
    }
  }
  // With at most 15 digits both numbers are exact, so the one division rounds correctly.
  return digits <= 15 ? mantissa / scale : Number(cleanDigits(body, decimalMark));
}

function parseBody(body: string, decimalComma: boolean): number {
  if (decimalComma) {
    const valid = DECIMAL_COMMA_BODY.test(body) || SEPARATOR_GROUPED_BODY.test(body);
    return valid ? groupedValue(body, COMMA) : NaN;
  }
  if (PLAIN_BODY.test(body)) return Number(body);
  return COMMA_GROUPED_BODY.test(body) ? groupedValue(body, POINT) : NaN;
}

function startsWithDigit(s: string): boolean {
  return isDigit(s.charCodeAt(0));
}

function endsWithDigit(s: string): boolean {
  return isDigit(s.charCodeAt(s.length - 1));
}

function upperAscii(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

// Compares without allocating: this runs on every text amount.
function hasCodeAt(s: string, start: number, code: string): boolean {
  if (start < 0 || start + code.length > s.length) return false;
  for (let i = 0; i < code.length; i++) {
    if (upperAscii(s.charCodeAt(start + i)) !== code.charCodeAt(i)) return false;
  }
  return true;
}

/** Length of the currency sign or code at the start of s, 0 when there is none. */
function currencyAtStart(s: string): number {
  if (CURRENCY_SIGNS.includes(s[0])) return 1;
  for (const code of CURRENCY_CODES) if (hasCodeAt(s, 0, code)) return code.length;
  return 0;
}

/** Length of the currency sign or code at the end of s, 0 when there is none. */
function currencyAtEnd(s: string): number {
  if (CURRENCY_SIGNS.includes(s[s.length - 1])) return 1;
  for (const code of CURRENCY_CODES)
    if (hasCodeAt(s, s.length - code.length, code)) return code.length;
  return 0;
}

/** What surrounds the digits: at most one sign, one currency, one pair of parentheses, one percent. */
interface Decorations {
  sign: string;
  currencyLeft: boolean;
  currencyRight: boolean;
  openParen: boolean;
  closeParen: boolean;
  percent: boolean;
}

// Strips "(", sign and currency from the left, in any order ("-$12", "$-12", "($12)").
function stripLeft(text: string, dec: Decorations): string {
  let s = text.trimStart();
  while (s.length > 0 && !startsWithDigit(s)) {
    const c = s[0];
    let n = 0;
    if (c === "(" && !dec.openParen) {
      dec.openParen = true;
      n = 1;
    } else if ((c === "-" || c === "+") && dec.sign === "") {
      dec.sign = c;
      n = 1;
    } else if (!dec.currencyLeft) {
      n = currencyAtStart(s);
      dec.currencyLeft = n > 0;
    }
    if (n === 0) return s;
    s = s.slice(n).trimStart();
  }
  return s;
}

// Strips ")", "%" and currency from the right, in any order ("12.50 元", "(12)", "12%").
function stripRight(text: string, dec: Decorations): string {
  let s = text.trimEnd();
  while (s.length > 0 && !endsWithDigit(s)) {
    const c = s[s.length - 1];
    let n = 0;
    if (c === ")" && dec.openParen && !dec.closeParen) {
      dec.closeParen = true;
      n = 1;
    } else if (c === "%" && !dec.percent) {
      dec.percent = true;
      n = 1;
    } else if (!dec.currencyRight) {
      n = currencyAtEnd(s);
      dec.currencyRight = n > 0;
    }
    if (n === 0) return s;
    s = s.slice(0, -n).trimEnd();
  }
  return s;
}

function isConsistent(dec: Decorations): boolean {
  if (dec.openParen !== dec.closeParen || (dec.openParen && dec.sign !== "")) return false;
  const currency = dec.currencyLeft || dec.currencyRight;
  return !(dec.currencyLeft && dec.currencyRight) && !(dec.percent && currency);
}

function parseMoneyText(text: string, decimalComma: boolean): number {
  const dec: Decorations = {
    sign: "",
    currencyLeft: false,
    currencyRight: false,
    openParen: false,
    closeParen: false,
    percent: false,
  };
  const s = toHalfWidth(text.trim());
  const body = stripRight(stripLeft(s, dec), dec);
  if (body.length === 0 || !isConsistent(dec)) return NaN;
  const value = parseBody(body, decimalComma);
  const signed = dec.sign === "-" || dec.openParen ? -value : value;
  return dec.percent ? signed / 100 : signed;
}

/** The amount in a cell, or NaN when it is not a number. */
export function parseAmount(v: CellValue, decimalComma: boolean): number {
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  if (typeof v !== "string" || v.length === 0) return NaN;
  const plain = plainNumber(v, !decimalComma);
  const value = Number.isNaN(plain) ? parseMoneyText(v, decimalComma) : plain;
  // Hundreds of digits or "1E999" overflow to Infinity, which is no amount.
  return Number.isFinite(value) ? value : NaN;
}

/**
 * The largest magnitude read as an amount: a quadrillion is beyond any order or customer value
 * in any currency, and sums of a million such amounts stay exact to the cent's order of
 * magnitude instead of overflowing to Infinity (two 1e308 amounts did).
 */
export const MAX_AMOUNT = 1e15;

/** True for a number too large to be an amount (see MAX_AMOUNT). */
export function isImplausibleAmount(x: number): boolean {
  return Math.abs(x) > MAX_AMOUNT;
}
