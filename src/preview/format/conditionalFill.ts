// Conditional-format fills as Excel would show them: cell-value rules (="A", >0, between...) and
// 2- or 3-colour scales. Pure: the grid hands in values; nothing here reads the workbook.
export type RuleValue = string | number | boolean | null;

export interface CellValueRuleSpec {
  formula1: string;
  formula2?: string;
  operator: string;
}

export interface ScaleCriterion {
  type: string;
  formula?: string;
  color?: string;
}

export interface ColorScaleSpec {
  minimum: ScaleCriterion;
  midpoint?: ScaleCriterion;
  maximum: ScaleCriterion;
}

/** A scale resolved against the values of its range: thresholds in ascending order. */
export interface ResolvedScale {
  stops: { value: number; color: string }[];
}

/**
 * The constant a rule compares with: ="A" is text, =5 or 5 a number, =TRUE a boolean. Anything
 * else (a cell reference, a function) needs a formula engine: null, and the rule never matches.
 */
export function ruleOperand(formula: string | undefined): string | number | boolean | null {
  if (formula === undefined) return null;
  const text = formula.trim().replace(/^=/, "").trim();
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return quoted[1].replace(/""/g, '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === "TRUE";
  return null;
}

/** Excel's comparison order: numbers < text < booleans; text compares case-insensitively. */
function compare(a: string | number | boolean, b: string | number | boolean): number {
  const rank = (v: string | number | boolean): number =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

export function cellValueMatches(value: RuleValue, rule: CellValueRuleSpec): boolean {
  const first = ruleOperand(rule.formula1);
  if (first === null) return false;
  // An empty cell compares as 0 with numbers and as "" with text, as in Excel.
  const cell = value === null || value === "" ? (typeof first === "number" ? 0 : "") : value;
  const c1 = compare(cell, first);
  const second = ruleOperand(rule.formula2);
  const between = (): boolean => second !== null && c1 >= 0 && compare(cell, second) <= 0;
  switch (rule.operator) {
    case "EqualTo":
      return c1 === 0;
    case "NotEqualTo":
      return c1 !== 0;
    case "GreaterThan":
      return c1 > 0;
    case "GreaterThanOrEqual":
      return c1 >= 0;
    case "LessThan":
      return c1 < 0;
    case "LessThanOrEqual":
      return c1 <= 0;
    case "Between":
      return between();
    case "NotBetween":
      return second !== null && !between();
    default:
      return false;
  }
}

/** PERCENTILE.INC over sorted values. */
function percentile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function threshold(criterion: ScaleCriterion, sorted: number[]): number {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const given = Number(ruleOperand(criterion.formula) ?? NaN);
  switch (criterion.type) {
    case "LowestValue":
      return min;
    case "HighestValue":
      return max;
    case "Number":
      return Number.isFinite(given) ? given : min;
    case "Percent":
      return min + ((max - min) * (Number.isFinite(given) ? given : 50)) / 100;
    case "Percentile":
      return percentile(sorted, (Number.isFinite(given) ? given : 50) / 100);
    default:
      return min;
  }
}

/** Thresholds of a scale over the numbers of its range; null when the range has no number. */
export function resolveScale(spec: ColorScaleSpec, numbers: number[]): ResolvedScale | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  const points = [spec.minimum, spec.midpoint, spec.maximum].filter(
    (c): c is ScaleCriterion => c !== undefined && c.color !== undefined
  );
  const stops = points.map((c) => ({ value: threshold(c, sorted), color: c.color ?? "#FFFFFF" }));
  return { stops };
}

function channels(color: string): [number, number, number] {
  const hex = color.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0) as [number, number, number];
}

export function interpolateColor(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  const k = Math.min(1, Math.max(0, t));
  const mixed = a.map((v, i) => Math.round(v + (b[i] - v) * k));
  return `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/** The fill a scale gives a number: the colour of the nearest stop outside, mixed linearly inside. */
export function scaleFill(value: number, scale: ResolvedScale): string {
  const { stops } = scale;
  if (value <= stops[0].value) return stops[0].color.toUpperCase();
  for (let i = 1; i < stops.length; i++) {
    const [low, high] = [stops[i - 1], stops[i]];
    if (value <= high.value) {
      const span = high.value - low.value;
      return interpolateColor(low.color, high.color, span === 0 ? 1 : (value - low.value) / span);
    }
  }
  return stops[stops.length - 1].color.toUpperCase();
}
