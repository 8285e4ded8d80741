// Checks a user-edited segment scheme (a rules table) before it is used, so a typo stops the run
// with the place it is at instead of silently putting customers in the wrong segment.
import { LANGUAGES } from "../vocabulary";
import type {
  ActionKind,
  LocalizedText,
  ScoreCondition,
  SegmentDefinition,
  SegmentRule,
  SegmentScheme,
} from "../types";

export type SchemeProblem =
  | "notAnObject"
  | "notArray"
  | "noSegments"
  | "badId"
  | "duplicateId"
  | "missingLabel"
  | "badAction"
  | "unknownSegment"
  | "unknownField"
  | "badCondition"
  | "badRange";

export type SchemeCheck =
  { ok: true; scheme: SegmentScheme } | { ok: false; path: string; problem: SchemeProblem };

const ACTIONS: readonly ActionKind[] = ["high", "potential", "low", "churn"];
const RULE_FIELDS: readonly string[] = ["segment", "r", "f", "m", "total"];

/** Thrown inside this module only, to leave the nested checks at the first problem. */
class Invalid {
  constructor(
    readonly path: string,
    readonly problem: SchemeProblem
  ) {}
}

type Plain = Record<string, unknown>;

function asObject(value: unknown, path: string): Plain {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Invalid(path, "notAnObject");
  }
  return value as Plain;
}

function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(path, "notArray");
  return value;
}

function asId(value: unknown, path: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new Invalid(path, "badId");
  return value;
}

function asText(value: unknown, path: string): LocalizedText {
  if (typeof value !== "object" || value === null) throw new Invalid(path, "missingLabel");
  const text = value as Plain;
  for (const lang of LANGUAGES) {
    const s = text[lang];
    if (typeof s !== "string" || s.trim() === "") {
      throw new Invalid(`${path}.${lang}`, "missingLabel");
    }
  }
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, text[lang] as string])) as LocalizedText;
}

function asSegment(value: unknown, path: string): SegmentDefinition {
  const o = asObject(value, path);
  const id = asId(o.id, `${path}.id`);
  const label = asText(o.label, `${path}.label`);
  if (!(ACTIONS as readonly unknown[]).includes(o.action)) {
    throw new Invalid(`${path}.action`, "badAction");
  }
  return { id, label, action: o.action as ActionKind };
}

function asSegments(value: unknown): SegmentDefinition[] {
  const list = asArray(value, "segments");
  if (list.length === 0) throw new Invalid("segments", "noSegments");
  const seen = new Set<string>();
  return list.map((item, i) => {
    const segment = asSegment(item, `segments[${i}]`);
    if (seen.has(segment.id)) throw new Invalid(`segments[${i}].id`, "duplicateId");
    seen.add(segment.id);
    return segment;
  });
}

/** An inclusive [min, max] of integers within lo..hi, min <= max. */
function asRange(value: unknown, lo: number, hi: number, path: string): [number, number] {
  if (!Array.isArray(value) || value.length !== 2) throw new Invalid(path, "badRange");
  const [min, max] = value as unknown[];
  const inBounds = (v: unknown): v is number =>
    Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
  if (!inBounds(min) || !inBounds(max) || min > max) throw new Invalid(path, "badRange");
  return [min, max];
}

function asCondition(value: unknown, path: string): ScoreCondition {
  if (value === "high" || value === "low") return value;
  if (!Array.isArray(value)) throw new Invalid(path, "badCondition");
  return asRange(value, 1, 5, path);
}

function asRule(value: unknown, path: string, ids: ReadonlySet<string>): SegmentRule {
  const o = asObject(value, path);
  // A misspelt field ("R" for "r") would otherwise read as "any score" and match everyone.
  const unknown = Object.keys(o).find((key) => !RULE_FIELDS.includes(key));
  if (unknown !== undefined) throw new Invalid(`${path}.${unknown}`, "unknownField");
  if (typeof o.segment !== "string" || !ids.has(o.segment)) {
    throw new Invalid(`${path}.segment`, "unknownSegment");
  }
  const rule: SegmentRule = { segment: o.segment };
  for (const key of ["r", "f", "m"] as const) {
    if (o[key] !== undefined) rule[key] = asCondition(o[key], `${path}.${key}`);
  }
  if (o.total !== undefined) rule.total = asRange(o.total, 3, 15, `${path}.total`);
  return rule;
}

function asScheme(value: unknown): SegmentScheme {
  const o = asObject(value, "");
  const id = asId(o.id, "id");
  const name = asText(o.name, "name");
  const segments = asSegments(o.segments);
  const ids = new Set(segments.map((s) => s.id));
  const rules = asArray(o.rules, "rules").map((rule, i) => asRule(rule, `rules[${i}]`, ids));
  if (typeof o.fallback !== "string" || !ids.has(o.fallback)) {
    throw new Invalid("fallback", "unknownSegment");
  }
  return { id, name, segments, rules, fallback: o.fallback };
}

/**
 * Checks structure and values of a scheme: ids present and unique, labels in both languages,
 * known actions, score ranges of integers within 1..5 (total within 3..15) with min <= max, no
 * unknown rule fields, and every rule's segment and the fallback defined. On success returns a
 * fresh copy holding only the known fields; otherwise the first problem and its path ("" for the
 * scheme itself, e.g. "rules[2].f").
 */
export function validateScheme(scheme: unknown): SchemeCheck {
  try {
    return { ok: true, scheme: asScheme(scheme) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, problem: e.problem };
    throw e;
  }
}
