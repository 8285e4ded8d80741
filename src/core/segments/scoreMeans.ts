// Population mean scores, the split of the eight classic segments (method.md section 3).
import type { RfmScores } from "../types";

export interface ScoreMeans {
  r: number;
  f: number;
  m: number;
  /** Customers with a score, over which the means are taken. */
  count: number;
}

/** A customer has a score when R, F and M are all 1..5 (0 means "no purchase"). */
export function hasScore(r: number, f: number, m: number): boolean {
  return r >= 1 && r <= 5 && f >= 1 && f <= 5 && m >= 1 && m <= 5;
}

/** Mean R, F and M over the customers with a score; NaN when there is none. */
export function scoreMeans(s: RfmScores): ScoreMeans {
  let sumR = 0;
  let sumF = 0;
  let sumM = 0;
  let count = 0;
  for (let i = 0; i < s.r.length; i++) {
    if (!hasScore(s.r[i], s.f[i], s.m[i])) continue;
    sumR += s.r[i];
    sumF += s.f[i];
    sumM += s.m[i];
    count++;
  }
  return { r: sumR / count, f: sumF / count, m: sumM / count, count };
}
