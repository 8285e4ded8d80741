// RFM code and total, method.md section 3.
import type { RfmScores } from "../types";

/** code = 100R + 10F + M (e.g. 545), total = R + F + M (3..15); both 0 where a score is missing. */
export function rfmCodes(s: RfmScores): { code: Int16Array; total: Uint8Array } {
  const n = s.r.length;
  const code = new Int16Array(n);
  const total = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = s.r[i];
    const f = s.f[i];
    const m = s.m[i];
    if (r === 0 || f === 0 || m === 0) continue;
    code[i] = 100 * r + 10 * f + m;
    total[i] = r + f + m;
  }
  return { code, total };
}
