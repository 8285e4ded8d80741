// Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank.

function ranks(x: Float64Array): Float64Array {
  const order = Array.from(x.keys()).sort((a, b) => x[a] - x[b]);
  const out = new Float64Array(x.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1]] === x[order[i]]) j++;
    const mean = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]] = mean;
    i = j + 1;
  }
  return out;
}

/** NaN with fewer than two pairs or when either side is constant. */
export function spearman(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return NaN;
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) ** 2;
    syy += (ry[i] - mean) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}
