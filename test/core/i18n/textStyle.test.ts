// One capitalisation rule for English (Sentence case: only the first word of a label or sentence
// and names start with a capital) and full-width punctuation in Chinese sentences, checked over
// every catalog the faces show: the core's messages, the segment schemes' labels and the pane's.
import { BUILT_IN_SCHEMES } from "../../../src/core";
import { EN_US } from "../../../src/core/i18n/en-US";
import { ZH_CN } from "../../../src/core/i18n/zh-CN";
import { UI_CATALOGS } from "../../../src/taskpane/uiText";

/** Names keep their capitals: products, Excel's own commands and menus, models, people. */
const NAMES = new Set(
  (
    "Excel Office Customer Tiers Segment Refresh Home Review Protect Unprotect Sheet Workbook " +
    "File Info Data Enter Esc PivotTable Ctrl+C Parquet DuckDB Gamma-Gamma Pareto Pareto/NBD Spearman Champions Promising Others " +
    "Lost R F M P(alive) P(no Std. YYYY-MM-DD UTF-8 XLSX CSV VIP SQL TIER"
  ).split(" ")
);

/** Words that start a sentence or follow a colon may be capitalised; any other must not. */
function titleCaseWords(text: string): string[] {
  const found: string[] = [];
  // A placeholder reads as a number: "P{percentile}" is P10, a name, not a Title Case word.
  const words = text.replace(/\{\w+\}/g, "0").split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const word = words[i].replace(/^[("'“(]+|[)"',.:;”)!?]+$/g, "").replace(/'s$/, "");
    const before = words[i - 1];
    if (/[.:!?>\\]$/.test(before) || /^["“(]/.test(words[i])) continue;
    if (!/^[A-Z][a-z]/.test(word) || NAMES.has(word)) continue;
    found.push(word);
  }
  return found;
}

const english: [string, string][] = [
  ...Object.entries(EN_US),
  ...Object.entries(UI_CATALOGS["en-US"]).map(([k, v]): [string, string] => [`pane.${k}`, v]),
  ...Object.values(BUILT_IN_SCHEMES).flatMap((scheme) => [
    [`scheme.${scheme.id}`, scheme.name["en-US"]] as [string, string],
    ...scheme.segments.map((s): [string, string] => [`segment.${s.id}`, s.label["en-US"]]),
  ]),
];

/** Keys of labels that stand alone (headers, titles, cell values): they start with a capital. */
const LABEL =
  /^(col|block|stage|clvTier|chart|axis|sheet|migration\.(col|block|direction)|segment|scheme|projection)\./;
const LOWERCASE_NAMES = /^(alpha|beta|r|p|q)\b/;

describe("English text: Sentence case", () => {
  test("no Title Case word inside a label or sentence, names apart", () => {
    const offenders = english
      .map(([key, text]) => [key, titleCaseWords(text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(offenders).toEqual([]);
  });

  test("every label that stands alone starts with a capital", () => {
    const lower = english.filter(
      ([key, text]) => LABEL.test(key) && /^[a-z]/.test(text) && !LOWERCASE_NAMES.test(text)
    );
    expect(lower).toEqual([]);
  });

  test("the check finds Title Case and lowercase labels where they are", () => {
    expect(titleCaseWords("Loyal Customers")).toEqual(["Customers"]);
    expect(titleCaseWords("Expected Purchases (next 12 months)")).toEqual(["Purchases"]);
    expect(titleCaseWords("Excel refused: Review > Unprotect Sheet")).toEqual([]);
  });
});

/** Where ASCII punctuation is right in Chinese text: codes, formats, ranges, English names. */
function asciiPunctuationInSentences(text: string): string[] {
  const stripped = text
    .replace(/\{\w+\}/g, "x") // placeholders
    .replace(/\b(P|R)\([^)]*\)/g, "x") // P(alive), R(...)
    .replace(/--?[a-z-]+/g, "x") // CLI flags
    .replace(/[A-Za-z0-9_.\\/-]+\([^()\u4e00-\u9fff]*\)/g, "x") // function calls, TIER.X(...)
    .replace(/"[^"\u4e00-\u9fff]*"/g, "x") // quoted ASCII (file names, codes)
    .replace(/\d[\d,]*(\.\d+)?/g, "x") // numbers with separators
    .replace(/[A-Za-z][A-Za-z ,:()/-]*[A-Za-z)]/g, "x"); // English words and names
  const found = stripped.match(/[,:;()]/g) ?? [];
  return [...new Set(found)];
}

describe("Chinese text: full-width punctuation in sentences", () => {
  const chinese: [string, string][] = [
    ...Object.entries(ZH_CN),
    ...Object.entries(UI_CATALOGS["zh-CN"]).map(([k, v]): [string, string] => [`pane.${k}`, v]),
  ];
  /** Not sentences: separators and marks that join code-like parts. */
  const EXCEPTIONS = new Set(["list.separator", "col.rfCorner", "migration.col.corner"]);

  test("no ASCII ':' ',' ';' '(' or ')' between Chinese words", () => {
    const offenders = chinese
      .filter(([key, text]) => !EXCEPTIONS.has(key) && /[\u4e00-\u9fff]/.test(text))
      .map(([key, text]) => [key, asciiPunctuationInSentences(text)] as const)
      .filter(([, marks]) => marks.length > 0);
    expect(offenders).toEqual([]);
  });

  test("the check finds ASCII punctuation in a Chinese sentence, not in code", () => {
    expect(asciiPunctuationInSentences("出现错误: {message}")).toEqual([":"]);
    expect(asciiPunctuationInSentences("客户(新)")).toEqual(["(", ")"]);
    expect(asciiPunctuationInSentences("使用 --encoding gbk 或 P(alive)")).toEqual([]);
  });
});
