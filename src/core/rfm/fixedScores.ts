// RFM scoring by fixed thresholds, method.md section 3 (defaults: DEFAULT_FIXED_THRESHOLDS).
import type { ThresholdStep } from "../types";
import { isScorable } from "./sortedValues";

const OPS: readonly ThresholdStep["op"][] = ["<=", "<", ">=", ">"];
const LE = 0;
const LT = 1;
const GE = 2;

function holds(op: number, v: number, limit: number): boolean {
  if (op === LE) return v <= limit;
  if (op === LT) return v < limit;
  if (op === GE) return v >= limit;
  return v > limit;
}

/**
 * Steps are checked in order; the first whose `value OP step.value` holds gives its score, else 1.
 * 0 for customers that are not eligible and for a NaN value.
 */
export function fixedScores(
  values: Float64Array,
  eligible: Uint8Array,
  steps: ThresholdStep[]
): Uint8Array {
  const k = steps.length;
  // Copied into typed arrays once so the per-customer loop reads no objects.
  const ops = new Uint8Array(k);
  const limits = new Float64Array(k);
  const stepScores = new Uint8Array(k);
  for (let j = 0; j < k; j++) {
    ops[j] = OPS.indexOf(steps[j].op);
    limits[j] = steps[j].value;
    stepScores[j] = steps[j].score;
  }
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isScorable(v, eligible[i])) continue;
    let score = 1;
    for (let j = 0; j < k; j++) {
      if (holds(ops[j], v, limits[j])) {
        score = stepScores[j];
        break;
      }
    }
    scores[i] = score;
  }
  return scores;
}

export type ThresholdProblemCode = "notArray" | "badScore" | "badOp" | "badValue" | "notMonotonic";

export interface ThresholdProblem {
  /** `path` as given, plus the offending step and field, e.g. "rfm.fixed.recency[2].value". */
  path: string;
  problem: ThresholdProblemCode;
  /** Index of the offending step; -1 when the table itself is not an array. */
  index: number;
}

const isAscending = (op: string): boolean => op === "<=" || op === "<";

/**
 * A later step must reach values the earlier one does not: for <= / < the limits increase, for
 * >= / > they decrease. An equal limit is allowed only from strict to inclusive ("< 30" then
 * "<= 30"), the one case where the later step still catches a value (exactly 30).
 */
function followsInOrder(prev: ThresholdStep, next: ThresholdStep): boolean {
  if (isAscending(next.op)) {
    return (
      next.value > prev.value || (next.value === prev.value && prev.op === "<" && next.op === "<=")
    );
  }
  return (
    next.value < prev.value || (next.value === prev.value && prev.op === ">" && next.op === ">=")
  );
}

function stepProblem(step: unknown): { field: string; problem: ThresholdProblemCode } | null {
  if (typeof step !== "object" || step === null) return { field: "", problem: "badScore" };
  const s = step as Record<string, unknown>;
  if (typeof s.score !== "number" || !Number.isInteger(s.score) || s.score < 1 || s.score > 5) {
    return { field: ".score", problem: "badScore" };
  }
  if (typeof s.op !== "string" || !(OPS as readonly string[]).includes(s.op)) {
    return { field: ".op", problem: "badOp" };
  }
  if (typeof s.value !== "number" || !Number.isFinite(s.value)) {
    return { field: ".value", problem: "badValue" };
  }
  return null;
}

/**
 * Checks a user-edited threshold table: an array of steps with integer scores 1..5, a known op,
 * a finite value, all steps in one direction and ordered (see followsInOrder). An empty table is
 * valid (everyone scores 1). Returns the first problem, or null. A step that is not an object is
 * reported as badScore at the step's own path.
 */
export function validateThresholds(steps: unknown, path: string): ThresholdProblem | null {
  if (!Array.isArray(steps)) return { path, problem: "notArray", index: -1 };
  for (let i = 0; i < steps.length; i++) {
    const found = stepProblem(steps[i]);
    if (found) return { path: `${path}[${i}]${found.field}`, problem: found.problem, index: i };
    if (i === 0) continue;
    const prev = steps[i - 1] as ThresholdStep;
    const next = steps[i] as ThresholdStep;
    // Mixing directions ("<=" after ">=") is an ordering problem too; it is the op that is wrong.
    if (isAscending(prev.op) !== isAscending(next.op)) {
      return { path: `${path}[${i}].op`, problem: "notMonotonic", index: i };
    }
    if (!followsInOrder(prev, next)) {
      return { path: `${path}[${i}].value`, problem: "notMonotonic", index: i };
    }
  }
  return null;
}
