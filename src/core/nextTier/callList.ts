// The next-tier steps sorted into a call list (method.md section 12): the customers whose step
// would add the most CLV first; those without a CLV figure after them, by their CLV now.
import type { NextTiers } from "./nextTier";

export function callList(
  steps: NextTiers,
  gains: Float64Array,
  clv: Float64Array,
  limit: number
): number[] {
  const who: number[] = [];
  for (let k = 0; k < steps.length; k++) if (steps[k] !== null) who.push(k);
  const key = (x: number): number => (Number.isFinite(x) ? x : -Infinity);
  who.sort((a, b) => key(gains[b]) - key(gains[a]) || key(clv[b]) - key(clv[a]) || a - b);
  return who.slice(0, limit);
}
