// Assigns each customer one segment of a scheme (method.md section 3): rules in order, first
// match wins, no match gives the fallback.
import type { RfmScores, ScoreCondition, SegmentRule, SegmentScheme } from "../types";
import { hasScore, ScoreMeans, scoreMeans } from "./scoreMeans";

function meets(score: number, condition: ScoreCondition | undefined, mean: number): boolean {
  if (condition === undefined) return true;
  if (condition === "high") return score >= mean;
  if (condition === "low") return score < mean;
  return score >= condition[0] && score <= condition[1];
}

function matches(rule: SegmentRule, r: number, f: number, m: number, means: ScoreMeans): boolean {
  const total = r + f + m;
  if (rule.total !== undefined && (total < rule.total[0] || total > rule.total[1])) return false;
  return meets(r, rule.r, means.r) && meets(f, rule.f, means.f) && meets(m, rule.m, means.m);
}

function segmentIndex(scheme: SegmentScheme, id: string): number {
  const index = scheme.segments.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`Segment scheme "${scheme.id}" names unknown segment "${id}"`);
  return index;
}

export const cell = (r: number, f: number, m: number): number =>
  (r - 1) * 25 + (f - 1) * 5 + (m - 1);

/**
 * The segment of each of the 125 score triples. A rule depends only on R, F, M and the population
 * means, so deciding every triple once keeps the per-customer work to one table lookup.
 */
export function segmentTable(scheme: SegmentScheme, means: ScoreMeans): Int16Array {
  const ruleSegments = scheme.rules.map((rule) => segmentIndex(scheme, rule.segment));
  const fallback = segmentIndex(scheme, scheme.fallback);
  const table = new Int16Array(125);
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        const k = scheme.rules.findIndex((rule) => matches(rule, r, f, m, means));
        table[cell(r, f, m)] = k < 0 ? fallback : ruleSegments[k];
      }
    }
  }
  return table;
}

/**
 * Per customer, the index into scheme.segments of its segment; -1 for a customer without a score
 * (any of R, F, M is 0, or outside 1..5). "high" / "low" compare with the mean of that score over
 * the customers with a score (high when score >= mean). Throws when a rule or the fallback names
 * a segment the scheme does not define (validateScheme catches that for user tables).
 */
export function applyScheme(scores: RfmScores, scheme: SegmentScheme): Int16Array {
  const table = segmentTable(scheme, scoreMeans(scores));
  const n = scores.r.length;
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const r = scores.r[i];
    const f = scores.f[i];
    const m = scores.m[i];
    out[i] = hasScore(r, f, m) ? table[cell(r, f, m)] : -1;
  }
  return out;
}
