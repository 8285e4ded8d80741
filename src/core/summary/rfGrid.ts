// R x F heatmap (method.md section 8): a 5 x 5 grid of customer counts and mean M.
import type { RfCell, RfmScores } from "../types";

const SCORES = 5;

/**
 * 25 cells, rows r = 5..1 (best recency on top), columns f = 1..5; cell index (5 - r) * 5 + (f - 1).
 * Counts customers with both an R and an F score; meanMonetary over those whose M is known, null
 * when there is none.
 */
export function rfGrid(scores: RfmScores, monetary: Float64Array): RfCell[] {
  const cells = SCORES * SCORES;
  const count = new Float64Array(cells);
  const sum = new Float64Array(cells);
  const known = new Float64Array(cells);
  for (let i = 0; i < scores.r.length; i++) {
    const r = scores.r[i];
    const f = scores.f[i];
    if (r < 1 || r > SCORES || f < 1 || f > SCORES) continue;
    const cell = cellIndex(r, f);
    count[cell]++;
    const m = monetary[i];
    if (!Number.isNaN(m)) {
      sum[cell] += m;
      known[cell]++;
    }
  }
  const grid: RfCell[] = [];
  for (let r = SCORES; r >= 1; r--) {
    for (let f = 1; f <= SCORES; f++) {
      const cell = cellIndex(r, f);
      grid.push({
        r,
        f,
        count: count[cell],
        meanMonetary: known[cell] > 0 ? sum[cell] / known[cell] : null,
      });
    }
  }
  return grid;
}

function cellIndex(r: number, f: number): number {
  return (SCORES - r) * SCORES + (f - 1);
}
