// Option arguments ("code", "fixed", 0.8...): a single value, blank for the default, anything else
// checked against what the core accepts, with a message that names the allowed values.
import { parseAmount } from "../core";
import { FormulaProblem } from "./problems";
import { singleValue } from "./ranges";

/** One of `allowed` (case and surrounding spaces ignored), or `fallback` when left out. */
export function choice<T extends string>(
  value: unknown,
  argument: string,
  allowed: readonly T[],
  fallback: T
): T {
  const cell = singleValue(value, argument);
  if (cell === null) return fallback;
  const text = String(cell).trim().toLowerCase();
  const found = allowed.find((option) => option.toLowerCase() === text);
  if (found !== undefined) return found;
  throw new FormulaProblem("fn.badOption", {
    argument,
    allowed: allowed.join(", "),
    value: String(cell),
  });
}

/** A number within [min, max], or `fallback` when left out. */
export function numberOption(
  value: unknown,
  argument: string,
  range: { min: number; max: number },
  fallback: number
): number {
  const cell = singleValue(value, argument);
  if (cell === null) return fallback;
  const x = parseAmount(cell, false);
  if (Number.isNaN(x) || x < range.min || x > range.max) {
    throw new FormulaProblem("fn.outOfRange", {
      argument,
      min: range.min,
      max: range.max,
      value: String(cell),
    });
  }
  return x;
}
