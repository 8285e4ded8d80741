// Gamma variates from uniform ones, for simulating the models (tests, benchmarks, what-ifs).

/**
 * Gamma(shape, rate) by Marsaglia and Tsang (2000); for shape < 1 through
 * Gamma(shape + 1) * U^(1/shape). uniform() must return values in [0, 1).
 */
export function sampleGamma(shape: number, rate: number, uniform: () => number): number {
  if (shape < 1) {
    return sampleGamma(shape + 1, rate, uniform) * Math.pow(1 - uniform(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let normal: number;
    let v: number;
    do {
      normal = standardNormal(uniform);
      v = 1 + c * normal;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - uniform();
    if (Math.log(u) < 0.5 * normal * normal + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/** Box-Muller, one value per call (the simulations are not bound by it). */
function standardNormal(uniform: () => number): number {
  const u = 1 - uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}
