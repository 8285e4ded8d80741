// 2F1 against closed forms, identities it must satisfy, and a few high-precision values.
import fc from "fast-check";
import { hyp2f1, hyp2f1Many } from "../../../../src/core/probabilistic/special/hyp2f1";

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

// z from far below 0 to very close to 1: every branch (Pfaff, series, Euler, connection) is hit.
const Z = [-50, -3, -1, -0.4, 1e-6, 0.1, 0.5, 0.6, 0.9, 0.99, 0.9999];

describe("hyp2f1 closed forms", () => {
  it("2F1(1, 1; 2; z) = -ln(1 - z) / z (c - a - b = 0: the connection formula's singular case)", () => {
    for (const z of Z) expectRelative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-12);
  });

  it("2F1(a, b; b; z) = (1 - z)^-a", () => {
    for (const a of [-2.5, 0.3, 1.7, 30]) {
      for (const b of [0.4, 2.2, 11]) {
        for (const z of Z) {
          if (a === 30 && z < -3) continue; // (1 - z)^-30 underflows to a subnormal
          expectRelative(hyp2f1(a, b, b, z), Math.pow(1 - z, -a), 1e-12);
        }
      }
    }
  });

  it("2F1(1/2, 1/2; 3/2; x^2) = asin(x) / x and 2F1(1/2, 1; 3/2; -x^2) = atan(x) / x", () => {
    for (const x of [0.01, 0.3, 0.7, 0.95, 0.9999]) {
      expectRelative(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x, 1e-13);
    }
    for (const x of [0.01, 0.5, 1, 3, 40]) {
      expectRelative(hyp2f1(0.5, 1, 1.5, -x * x), Math.atan(x) / x, 1e-13);
    }
  });

  it("2F1(a, 1 - a; 3/2; sin^2 x) = sin((2a - 1) x) / ((2a - 1) sin x)", () => {
    for (const a of [0.2, 0.75, 2.3, 5.1]) {
      for (const x of [0.1, 0.7, 1.2, 1.5]) {
        const s = Math.sin(x);
        expectRelative(
          hyp2f1(a, 1 - a, 1.5, s * s),
          Math.sin((2 * a - 1) * x) / ((2 * a - 1) * s),
          1e-12
        );
      }
    }
  });

  it("terminates for a non-positive integer a: 2F1(-2, b; c; z) is a quadratic", () => {
    const b = 3.3;
    const c = 1.7;
    for (const z of [-4, -0.5, 0.3, 0.8, 1]) {
      const expected = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
      expectRelative(hyp2f1(-2, b, c, z), expected, 1e-13);
    }
  });

  it("at z = 1 is Gauss's sum Γ(c)Γ(c-a-b) / (Γ(c-a)Γ(c-b)), and the function tends to it", () => {
    // 2F1(1/2, 1/2; 2; 1) = Γ(2)Γ(1) / Γ(3/2)^2 = 4 / π
    expectRelative(hyp2f1(0.5, 0.5, 2, 1), 4 / Math.PI, 1e-14);
    expectRelative(hyp2f1(0.5, 0.5, 2, 1 - 1e-12), 4 / Math.PI, 1e-5);
  });

  it("is 1 at z = 0 or with a zero parameter, and NaN outside its domain", () => {
    expect(hyp2f1(2, 3, 4, 0)).toBe(1);
    expect(hyp2f1(0, 3, 4, 0.9)).toBe(1);
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN(); // c - a - b = 0: diverges at 1
    expect(hyp2f1(NaN, 1, 2, 0.5)).toBeNaN();
  });
});

describe("hyp2f1 identities", () => {
  it("satisfies Gauss's contiguous relation in c", () => {
    // c(c-1)(z-1) F(c-1) + c[c-1-(2c-a-b-1)z] F(c) + (c-a)(c-b) z F(c+1) = 0
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: -0.9, max: 20, noNaN: true }),
        fc.double({ min: 1.5, max: 30, noNaN: true }),
        fc.double({ min: -5, max: 0.98, noNaN: true }),
        (a, b, c, z) => {
          const lower = hyp2f1(a, b, c - 1, z);
          const mid = hyp2f1(a, b, c, z);
          const upper = hyp2f1(a, b, c + 1, z);
          const t1 = c * (c - 1) * (z - 1) * lower;
          const t2 = c * (c - 1 - (2 * c - a - b - 1) * z) * mid;
          const t3 = (c - a) * (c - b) * z * upper;
          const scale = Math.abs(t1) + Math.abs(t2) + Math.abs(t3);
          return Math.abs(t1 + t2 + t3) <= 1e-9 * scale;
        }
      ),
      { numRuns: 300, seed: 7 }
    );
  });

  it("satisfies the quadratic transformation 2F1(a, b; a+b+1/2; 4z(1-z)) = 2F1(2a, 2b; a+b+1/2; z)", () => {
    for (const [a, b] of [
      [0.3, 0.8],
      [1.2, 2.5],
      [4, 0.6],
    ]) {
      for (const z of [0.05, 0.2, 0.35, 0.45]) {
        const c = a + b + 0.5;
        expectRelative(hyp2f1(a, b, c, 4 * z * (1 - z)), hyp2f1(2 * a, 2 * b, c, z), 1e-11);
      }
    }
  });
});

describe("hyp2f1 against high-precision values", () => {
  // mpmath 1.3.0 hyp2f1 at 30 significant digits, parameters as the BG/NBD expectations use them
  // (second parameter a - 1 < 0, z near 1), large parameters, z far below 0, and c - a - b on or
  // near an integer with z near 1 (where the connection formula is interpolated).
  const cases: [number, number, number, number, number][] = [
    [1.9761, -0.2071, 5.2187, 0.999, 0.8972822348739273],
    [1.4684, -0.2071, 2.2187, 0.9995, 0.739279300376067],
    [0.2426, 2.4258, 2.2187, 0.9, 1.9456694622144446],
    [30.2426, 32.4258, 32.2187, 0.8, 1.9004514627201448e21],
    [300.5, 302.4, 301.2, 0.6, 1.1422825590543517e120],
    [0.5, 1.5, 2, 0.99999, 7.821256721707913],
    [2.5, 3.5, 1.5, -30, -7.5846751498279094e-6],
    [1, 1.0002, 2, 0.9999, 9.219750595189279],
    [0.3, 0.7005, 1, 0.999, 2.70187407385316],
    [2.2, 1.3, 4.5, 0.99995, 4.108162708930952],
    [0.8, -0.2, 2.6, 0.9999999, 0.9155712976527906],
  ];
  it.each(cases)("2F1(%p, %p; %p; %p) = %p", (a, b, c, z, expected) => {
    expectRelative(hyp2f1(a, b, c, z), expected, 1e-12);
  });
});

describe("hyp2f1Many", () => {
  // The BG/NBD monthly sums' parameters (c - r - x, a - 1; c), terminating, Euler-form and
  // alternating ones, each with every branch's z at once.
  const params: [number, number, number][] = [
    [2.98, -0.21, 3.22],
    [40.1, -0.21, 40.3],
    [0.5, 0.5, 1.5],
    [-2, 1.5, 2.5],
    [1.2, 3.4, 0.7],
    [-3.5, -1.5, 2.2],
    [0, 2, 3],
  ];
  it.each(params)("gives hyp2f1's value at every z for (%p, %p; %p)", (a, b, c) => {
    const zs = Float64Array.from([...Z, 0, 1, 0.3, 0.63, 0.7]);
    const out = hyp2f1Many(a, b, c, zs, new Float64Array(zs.length), zs.length);
    zs.forEach((z, j) => {
      const expected = hyp2f1(a, b, c, z);
      if (Number.isNaN(expected)) expect(out[j]).toBeNaN();
      else expect(Math.abs(out[j] - expected)).toBeLessThanOrEqual(1e-13 * Math.abs(expected));
    });
  });

  it("may write over its z", () => {
    const zs = Float64Array.from([0.1, 0.4, 0.6]);
    const expected = Array.from(zs, (z) => hyp2f1(3, -0.2, 3.2, z));
    hyp2f1Many(3, -0.2, 3.2, zs, zs, 3);
    zs.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThan(1e-14));
  });
});
