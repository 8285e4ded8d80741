import {
  parameterDraws,
  semidefiniteFactor,
} from "../../../../src/core/probabilistic/intervals/parameterDraws";
import {
  fillStandardNormals,
  seededUniform,
} from "../../../../src/core/probabilistic/simulate/seededRandom";

const normalsOf = (seed: number) => {
  const uniform = seededUniform(seed);
  return (out: Float64Array) => fillStandardNormals(out, uniform);
};

describe("seededUniform", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = seededUniform(42);
    const b = seededUniform(42);
    const c = seededUniform(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });

  it("gives standard normals: mean near 0, variance near 1", () => {
    const z = new Float64Array(20001);
    fillStandardNormals(z, seededUniform(3));
    const mean = z.reduce((s, v) => s + v, 0) / z.length;
    const variance = z.reduce((s, v) => s + (v - mean) ** 2, 0) / (z.length - 1);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });
});

describe("parameterDraws", () => {
  it("draws log-parameters with the covariance asked for", () => {
    const cov = [
      [0.04, 0.018, 0],
      [0.018, 0.09, -0.01],
      [0, -0.01, 0.01],
    ];
    const center = [2, 5, 0.5];
    const count = 20000;
    const draws = parameterDraws({ center, logCovariance: cov, count, normals: normalsOf(9) });
    expect(draws).not.toBeNull();
    const logs = (j: number) =>
      Float64Array.from({ length: count }, (_, d) => Math.log((draws as Float64Array)[d * 3 + j]));
    const columns = [0, 1, 2].map(logs);
    const means = columns.map((c) => c.reduce((s, v) => s + v, 0) / count);
    means.forEach((m, j) => expect(m).toBeCloseTo(Math.log(center[j]), 2));
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let d = 0; d < count; d++)
          s += (columns[i][d] - means[i]) * (columns[j][d] - means[j]);
        expect(s / (count - 1)).toBeCloseTo(cov[i][j], 2);
      }
  });

  it("sits on the fit when the covariance is zero", () => {
    const zero = [
      [0, 0],
      [0, 0],
    ];
    const draws = parameterDraws({
      center: [3, 7],
      logCovariance: zero,
      count: 4,
      normals: normalsOf(1),
    });
    expect(Array.from(draws as Float64Array)).toEqual([3, 7, 3, 7, 3, 7, 3, 7]);
  });

  it("refuses a covariance that is not semi-definite", () => {
    expect(
      semidefiniteFactor([
        [1, 2],
        [2, 1],
      ])
    ).toBeNull();
    const draws = parameterDraws({
      center: [1, 1],
      logCovariance: [
        [-1, 0],
        [0, 1],
      ],
      count: 3,
      normals: normalsOf(1),
    });
    expect(draws).toBeNull();
  });

  it("draws again what the model cannot use, and gives up when most draws are unusable", () => {
    const cov = [[0.25]];
    const kept = parameterDraws({
      center: [1.2],
      logCovariance: cov,
      count: 200,
      normals: normalsOf(5),
      accept: (d) => d[0] > 1,
    });
    expect(kept).not.toBeNull();
    expect(Array.from(kept as Float64Array).every((q) => q > 1)).toBe(true);
    const hopeless = parameterDraws({
      center: [0.5],
      logCovariance: cov,
      count: 200,
      normals: normalsOf(5),
      accept: (d) => d[0] > 1,
    });
    expect(hopeless).toBeNull();
  });
});
