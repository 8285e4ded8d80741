// Whether two runs gave every customer the same tiers. A refresh of unchanged data must not make
// its own tiers the new baseline: the migration would then show nobody moving, and refreshing twice
// would leave a different workbook than refreshing once.
import type { TierSnapshot } from "./tierSnapshot";

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Equal apart from when the runs happened. */
export function sameTiers(a: TierSnapshot, b: TierSnapshot): boolean {
  return (
    a.asOf === b.asOf &&
    a.schemeId === b.schemeId &&
    JSON.stringify(a.segments) === JSON.stringify(b.segments) &&
    a.ids.length === b.ids.length &&
    a.ids.every((id, i) => id === b.ids[i]) &&
    JSON.stringify(a.names) === JSON.stringify(b.names) &&
    sameArray(a.abc, b.abc) &&
    sameArray(a.segment, b.segment) &&
    sameArray(a.value, b.value) &&
    sameArray(a.churn, b.churn) &&
    sameArray(a.stage, b.stage)
  );
}
