// Which way a customer's ABC class moved between two runs. A is better than B, B better than C.

export type Direction = "up" | "down" | "same" | "new";

export const DIRECTIONS: readonly Direction[] = ["up", "down", "same", "new"];

/**
 * `previous` and `current` are class codes (0 A, 1 B, 2 C); `previous` is null for a customer
 * the last run did not have. A smaller code is a better class, so a drop in code is a move up.
 */
export function abcDirection(previous: number | null, current: number): Direction {
  if (previous === null) return "new";
  if (current < previous) return "up";
  return current > previous ? "down" : "same";
}
