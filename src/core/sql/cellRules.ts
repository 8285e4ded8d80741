// The cell rules of method.md section 1 as SQL, written once for every engine: what
// src/core/cells does for one cell (text dates, Excel error text, money as text with currency,
// parentheses, percent, thousands separators and the decimal comma), here as expressions over
// text. A property test holds the two to the same value or the same rejection reason.
import { NULL_MARKS } from "../cells";
import type { DateOrder } from "../options";
import type { Dialect } from "./dialects";

/** What JavaScript's trim() and \s take for white space (the cell readers trim with it). */
export const WHITE_SPACE =
  "\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const WS = `[${WHITE_SPACE}]`;
const D = "[0-9]";
/** A text with no white space at either end (what trim() leaves as it is). */
const TRIMMED = `^[^${WHITE_SPACE}](?:.*[^${WHITE_SPACE}])?$`;

/** Full-width ASCII forms, the ideographic space and the typeset minus, and what they read as. */
const FULL_WIDTH = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join("");
const HALF_WIDTH = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join("");
// Quotes and the backslash are left out: no rule reads them, and every engine quotes them differently.
const NOT_READ = new Set(["'", '"', "\\"]);
const keep = (_: string, i: number): boolean => !NOT_READ.has(HALF_WIDTH[i]);
const FROM_WIDE = `${[...FULL_WIDTH].filter(keep).join("")}\u3000\u2212`;
const TO_NARROW = `${[...HALF_WIDTH].filter(keep).join("")} -`;
/** A text with nothing for narrow() to change. */
const NO_WIDE = `^[^${FROM_WIDE}]*$`;

/** The Excel error values a cell can show (src/core/cells/cellKinds.ts). */
export const EXCEL_ERRORS = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

/** Any case of ASCII letters without a case-insensitive flag: "usd" -> [Uu][Ss][Dd]. */
const anyCase = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).replace(/\$/g, "[$]");

// --- dates ---------------------------------------------------------------------------------
const TIME = `${D}{1,2}:${D}{2}(?::${D}{2}(?:[.]${D}+)?)?(?:${WS}*(?:${anyCase("AM")}|${anyCase("PM")}))?(?:[Zz]|[+-]${D}{2}(?::?${D}{2})?)?`;
/** One separator kind: 2024-01-05, 2024/1/5, 2024.1.5. */
const YMD_SEPARATED = `(?:-${D}{1,2}-|/${D}{1,2}/|[.]${D}{1,2}[.])`;
const YEAR_FIRST = `^${D}{4}${YMD_SEPARATED}${D}{1,2}(?:(?:[Tt]|${WS}+)${TIME})?$`;
const CJK = `^${D}{4}${WS}*年${WS}*${D}{1,2}${WS}*月${WS}*${D}{1,2}${WS}*日(?:${WS}*${TIME})?$`;
const COMPACT = `^${D}{8}$`;
const DAY_MONTH = `^${D}{1,2}${YMD_SEPARATED}${D}{4}(?:${WS}+${TIME})?$`;
const SEP = "[-/.]";
/**
 * The ISO form every engine prints a DATE or TIMESTAMP column in, and most exports use: a year
 * the rules accept (1900-9999), 2-digit month and day, an optional plain time (its date is the
 * day, as in the rules). A text of this form reads the same by the engine's own date cast as by
 * the rules, so the rules' patterns are skipped for it.
 */
const ISO_DAY = `^(?:19|[2-9]${D})${D}{2}-${D}{2}-${D}{2}(?:[ T]${D}{2}:${D}{2}(?::${D}{2}(?:[.]${D}+)?)?)?$`;

// --- money ---------------------------------------------------------------------------------
const CURRENCY_SIGNS = "[¥￥$€£元]";
const CURRENCY_CODES = ["人民币", "US$", "HK$", "RMB", "CNY", "USD", "EUR", "GBP", "HKD", "JPY"];
const CURRENCY_LEFT = `(?:${CURRENCY_SIGNS}|${CURRENCY_CODES.map(anyCase).join("|")})`;
// A "US$" at the end never reads: its "$" is taken as the sign first, as in parseAmount.
const CURRENCY_RIGHT = `(?:${CURRENCY_SIGNS}|${CURRENCY_CODES.filter((c) => !c.endsWith("$"))
  .map(anyCase)
  .join("|")})`;

/** Every order of every subset of the tokens: "at most one of each, in any order". */
function orders(tokens: string[]): string[] {
  if (tokens.length === 0) return [""];
  const out: string[] = [""];
  tokens.forEach((t, i) => {
    const rest = tokens.filter((_, j) => j !== i);
    for (const tail of orders(rest)) if (!out.includes(t + tail)) out.push(t + tail);
  });
  return out;
}

/** Before the digits: "(", a sign and a currency, each at most once, any order, spaces after. */
const LEFT = `(?:${orders([`[(]${WS}*`, `[+-]${WS}*`, `${CURRENCY_LEFT}${WS}*`])
  .filter((x) => x !== "")
  .join("|")})?`;
/** After the digits: ")", "%" and a currency, each at most once, any order, spaces before. */
const RIGHT = `(?:${orders([`${WS}*[)]`, `${WS}*%`, `${WS}*${CURRENCY_RIGHT}`])
  .filter((x) => x !== "")
  .join("|")})?`;

const POINT_BODY = `(?:${D}+(?:[.]${D}*)?|[.]${D}+)(?:[Ee][+-]?${D}+)?|${D}{1,3}(?:,${D}{3})+(?:[.]${D}*)?`;
/** "." or one kind of space between groups of three, "," before the decimals. */
const COMMA_BODY = [
  `${D}+(?:,${D}*)?|,${D}+`,
  ...[".", " ", "\u00a0", "\u202f"].map((sep) => {
    const s = sep === "." ? "[.]" : sep;
    return `${D}{1,3}(?:${s}${D}{3})+(?:,${D}*)?`;
  }),
].join("|");

export interface CellRuleOptions {
  decimalComma: boolean;
  order: DateOrder;
}

/** SQL expressions for the cell rules; each takes an expression over text. */
export class CellRules {
  constructor(
    private readonly d: Dialect,
    private readonly o: CellRuleOptions
  ) {}

  /**
   * The cell as text, trimmed as JavaScript trims (NULL stays NULL). Most texts have nothing to
   * trim: a short pattern says so, and is cheaper than trimming with a set of characters.
   */
  trimmed(x: string): string {
    const text = `CAST(${x} AS ${this.d.text})`;
    return `(CASE WHEN ${this.d.matches(text, TRIMMED)} THEN ${text} ELSE ${this.d.trim(text, WHITE_SPACE)} END)`;
  }

  /**
   * Full-width forms to ASCII, after trimming (toHalfWidth). Few texts have any: a quick pattern
   * passes the others by, as translate() with these long maps cost about 3 µs a text in DuckDB.
   */
  narrow(trimmed: string): string {
    const wide = `translate(${trimmed}, ${this.d.literal(FROM_WIDE)}, ${this.d.literal(TO_NARROW)})`;
    return `(CASE WHEN ${this.d.matches(trimmed, NO_WIDE)} THEN ${trimmed} ELSE ${wide} END)`;
  }

  blank(trimmed: string): string {
    return `(${trimmed} IS NULL OR ${trimmed} = '')`;
  }

  /**
   * An Excel error text. Written as equalities, not IN (...): DuckDB plans a long IN list as a
   * join, and a join may reorder rows, which the DuckDB reader must not (see rowsQuery.ts). Only
   * texts starting with "#" go on to the comparisons.
   */
  error(trimmed: string): string {
    const upper = `upper(${trimmed})`;
    const equal = EXCEL_ERRORS.map((e) => `${upper} = ${this.d.literal(e)}`).join(" OR ");
    return `(CASE WHEN ${trimmed} LIKE '#%' THEN (${equal}) ELSE false END)`;
  }

  /**
   * True for a database's NULL mark (NULL_MARKS: \N, NULL). Snowflake reads a backslash in a
   * literal as an escape (its '\N' is "N"), so its backslash is doubled; BigQuery's and Spark's
   * literals double it already, DuckDB's and PostgreSQL's read it as it is.
   */
  nullMark(trimmed: string): string {
    const literal = (mark: string) =>
      this.d.id === "snowflake" ? `'${mark.replace(/\\/g, "\\\\")}'` : this.d.literal(mark);
    return `(${NULL_MARKS.map((mark) => `${trimmed} = ${literal(mark)}`).join(" OR ")})`;
  }

  /** The customer key: the trimmed text, '' for a blank or an error cell, or a NULL mark. */
  customer(trimmed: string): string {
    return `(CASE WHEN ${this.error(trimmed)} OR ${this.nullMark(trimmed)} THEN '' ELSE coalesce(${trimmed}, '') END)`;
  }

  /** An optional number's cell (profit, strategic value) with no value: blank or a NULL mark. */
  unknown(trimmed: string): string {
    return `(${this.blank(trimmed)} OR ${this.nullMark(trimmed)})`;
  }

  /** The order id: the trimmed text, '' for none (blank, or a NULL mark: not one shared order). */
  orderId(trimmed: string): string {
    return `(CASE WHEN ${this.nullMark(trimmed)} THEN '' ELSE coalesce(${trimmed}, '') END)`;
  }

  // --- dates ---

  /** Which text form a narrowed date text has: 'ymd', 'cjk', 'compact', 'dm' or NULL. */
  dateForm(t: string): string {
    const m = (re: string) => this.d.matches(t, re);
    return [
      `(CASE WHEN length(${t}) < 8 OR length(${t}) > 48 THEN NULL`,
      `      WHEN ${m(YEAR_FIRST)} THEN 'ymd'`,
      `      WHEN ${m(CJK)} THEN 'cjk'`,
      `      WHEN ${m(COMPACT)} THEN 'compact'`,
      `      WHEN ${m(DAY_MONTH)} THEN 'dm' END)`,
    ].join("\n");
  }

  private int(x: string): string {
    return `CAST(${x} AS ${this.d.integer})`;
  }

  /** The three numbers of a date text by its form: [year, first, second] (first/second: month and day, or day-month). */
  dateParts(t: string, form: string): [string, string, string] {
    const x = (re: string) => this.int(this.d.extract(t, re));
    const year = `(CASE WHEN ${form} = 'dm' THEN ${x(`^${D}{1,2}${SEP}${D}{1,2}${SEP}(${D}{4})`)} WHEN ${form} IS NOT NULL THEN ${this.int(`substr(${t}, 1, 4)`)} END)`;
    const first = [
      `(CASE ${form}`,
      `WHEN 'ymd' THEN ${x(`^${D}{4}${SEP}(${D}{1,2})${SEP}`)}`,
      `WHEN 'cjk' THEN ${x(`年${WS}*(${D}{1,2})${WS}*月`)}`,
      `WHEN 'compact' THEN ${this.int(`substr(${t}, 5, 2)`)}`,
      `WHEN 'dm' THEN ${x(`^(${D}{1,2})${SEP}`)} END)`,
    ].join(" ");
    const second = [
      `(CASE ${form}`,
      `WHEN 'ymd' THEN ${x(`^${D}{4}${SEP}${D}{1,2}${SEP}(${D}{1,2})(?:[^0-9]|$)`)}`,
      `WHEN 'cjk' THEN ${x(`月${WS}*(${D}{1,2})${WS}*日`)}`,
      `WHEN 'compact' THEN ${this.int(`substr(${t}, 7, 2)`)}`,
      `WHEN 'dm' THEN ${x(`^${D}{1,2}${SEP}(${D}{1,2})${SEP}`)} END)`,
    ].join(" ");
    return [year, first, second];
  }

  /** True when y-m-d is a calendar date Excel can show (years 1900..9999). */
  exists(y: string, m: string, d: string): string {
    const leap = `(${y} % 4 = 0 AND (${y} % 100 <> 0 OR ${y} % 400 = 0))`;
    const last = `(CASE WHEN ${m} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN ${m} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)`;
    return `(${y} BETWEEN 1900 AND 9999 AND ${m} BETWEEN 1 AND 12 AND ${d} BETWEEN 1 AND ${last})`;
  }

  private dayOf(y: string, m: string, d: string): string {
    return `(CASE WHEN ${this.exists(y, m, d)} THEN ${this.d.dayNumber(y, m, d)} END)`;
  }

  /**
   * The day number (days since 1970-01-01) from the form and parts, NULL when it is no date.
   * Day-month texts follow the user's order; with year-first order they are ambiguous.
   */
  day(form: string, year: string, first: string, second: string): string {
    const dm =
      this.o.order === "dmy"
        ? this.dayOf(year, second, first)
        : this.o.order === "mdy"
          ? this.dayOf(year, first, second)
          : "NULL";
    return `(CASE WHEN ${form} = 'dm' THEN ${dm} WHEN ${form} IS NOT NULL THEN ${this.dayOf(year, first, second)} END)`;
  }

  /** A day-month text that would read either way while the order is year-first. */
  ambiguous(form: string, year: string, first: string, second: string): string {
    if (this.o.order !== "ymd") return "FALSE";
    return `(${form} = 'dm' AND (${this.exists(year, second, first)} OR ${this.exists(year, first, second)}))`;
  }

  // --- money ---

  /** The regex of a whole money text (narrowed): decorations, digits, decorations. */
  private moneyRegex(): string {
    const body = this.o.decimalComma ? COMMA_BODY : POINT_BODY;
    return `^(?:${LEFT})(?:${body})(?:${RIGHT})$`;
  }

  /** A plain number read without decorations: "-12", "12.50" (the common case, read fast). */
  private plainRegex(): string {
    return this.o.decimalComma ? `^-?${D}+$` : `^-?(?:${D}+(?:[.]${D}*)?|[.]${D}+)$`;
  }

  /**
   * The three parts of a money text: [left decorations, digits, right decorations]; the digits
   * are NULL when the text is not money (the ends are cut from any text). The whole pattern only says whether the text is money (a quick test); the parts
   * are cut where the digits start and end, which is the same cut: no decoration has a digit,
   * "." or ",", and the digits start and end with one. Extracting them as groups of the whole
   * pattern cost about 5 ms of CPU per text in DuckDB (its captures leave the fast matcher).
   */
  moneyParts(t: string): [string, string, string] {
    // Plain numbers (most cells) skip the long pattern: amount() reads them directly.
    const ok = `NOT ${this.plain(t)} AND ${this.d.matches(t, this.moneyRegex())}`;
    const left = `coalesce(${this.d.extract(t, "^([^0-9.,]*)")}, '')`;
    const right = `coalesce(${this.d.extract(t, "([^0-9.,]*)$")}, '')`;
    // greatest(): never a negative length, should an engine work out a part it will not use
    // (a text with no digit has both ends whole; BigQuery's SUBSTR raises on a negative length).
    const length = `greatest(0, length(${t}) - length(${left}) - length(${right}))`;
    const body = `substr(${t}, length(${left}) + 1, ${length})`;
    // Only the body waits on the long pattern: amount() reads nothing without a body, so the
    // ends need no test of their own, and the pattern (about 8 KB) is written and run once.
    return [left, `(CASE WHEN ${ok} THEN ${body} END)`, right];
  }

  // --- the fast path: texts an engine reads by its own cast, as the rules would ---

  /**
   * True when the cell's text (untrimmed, as the engine casts it) has the ISO date form; such a
   * text has nothing to trim or narrow, and its day is quickDay's, a real day or none.
   */
  isoDate(raw: string): string {
    return this.d.matches(raw, ISO_DAY);
  }

  /** The day number of an ISO date text by the engine's safe date cast, NULL for any other text. */
  quickDay(raw: string): string {
    return `(CASE WHEN ${this.isoDate(raw)} THEN ${this.isoDay(raw)} END)`;
  }

  /** The day number of a text isoDate() has accepted (a query that tested it once reuses the test). */
  isoDay(raw: string): string {
    const cast = this.d.tryIsoDay?.(raw);
    const parts = (from: number, length: number) => this.int(`substr(${raw}, ${from}, ${length})`);
    return cast ?? this.dayOf(parts(1, 4), parts(6, 2), parts(9, 2));
  }

  /** The amount of a plain number text (the engine's own cast, as amount() reads it), NULL for any other. */
  quickAmount(raw: string): string {
    return `(CASE WHEN ${this.plain(raw)} THEN ${this.d.toDouble(raw)} END)`;
  }

  /** True when the narrowed text is a plain number. */
  plain(t: string): string {
    return this.d.matches(t, this.plainRegex());
  }

  /** The value of the digits, separators dropped, the decimal mark made ".". */
  private bodyValue(body: string): string {
    const digits = this.o.decimalComma
      ? `replace(translate(${body}, ${this.d.literal(". \u00a0\u202f")}, ''), ',', '.')`
      : `replace(${body}, ',', '')`;
    return this.d.toDouble(digits);
  }

  /**
   * The amount: decorations consistent ("(" with ")", no sign inside parentheses, one currency,
   * no percent with a currency), then the signed value, a hundredth with "%". NULL when none.
   */
  amount(t: string, left: string, body: string, right: string): string {
    const has = (s: string, c: string) => this.d.contains(s, c);
    // A currency is whatever else the decorations hold (a pattern test: trimming with a set of
    // characters was most of this expression's cost in DuckDB).
    const other = (s: string, chars: string) =>
      `(NOT ${this.d.matches(s, `^[${WHITE_SPACE}${chars}]*$`)})`;
    const currencyLeft = other(left, "(+-");
    const currencyRight = other(right, ")%");
    const paren = has(left, "(");
    const consistent = [
      `${paren} = ${has(right, ")")}`,
      `NOT (${paren} AND (${has(left, "-")} OR ${has(left, "+")}))`,
      `NOT (${currencyLeft} AND ${currencyRight})`,
      `NOT (${has(right, "%")} AND (${currencyLeft} OR ${currencyRight}))`,
    ].join(" AND ");
    const negative = `(${has(left, "-")} OR ${paren})`;
    const signed = `(CASE WHEN ${negative} THEN -(${this.bodyValue(body)}) ELSE ${this.bodyValue(body)} END)`;
    const value = `(CASE WHEN ${has(right, "%")} THEN ${signed} / 100 ELSE ${signed} END)`;
    const decorated = `(CASE WHEN ${body} IS NOT NULL AND ${consistent} THEN ${value} END)`;
    return `(CASE WHEN ${this.plain(t)} THEN ${this.d.toDouble(t)} ELSE ${decorated} END)`;
  }
}
