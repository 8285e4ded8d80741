// A seeded pseudo-random generator inside the core, for draws that must be the same on every run
// and every face (the CLV intervals' parameter draws): the core may not import data/generate.
//
// mulberry32 (Tommy Ettinger's 32-bit generator, public domain): one 32-bit state, a period of
// 2^32, and good enough statistics for a few hundred multivariate normal draws. Not for secrets.

/** Uniform variates in [0, 1) from a 32-bit seed; the same seed gives the same sequence. */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills `out` with independent standard normals (Box-Muller, both values of each pair used). */
export function fillStandardNormals(out: Float64Array, uniform: () => number): void {
  for (let i = 0; i < out.length; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    out[i] = radius * Math.cos(angle);
    if (i + 1 < out.length) out[i + 1] = radius * Math.sin(angle);
  }
}
