// The groups of the holdout accuracy table, on five customers whose rows can be read off by hand.
import { holdoutAccuracy } from "../../../../src/core/probabilistic/accuracy/holdoutAccuracy";

const f = (xs: number[]) => Float64Array.from(xs);

describe("holdoutAccuracy", () => {
  const rows = holdoutAccuracy({
    frequency: f([0, 0, 1, 9, 12]),
    pAlive: f([1, 0.95, 0.05, 0.55, NaN]),
    clvTier: Uint8Array.from([0, 2, 2, 0, 255]),
    actualPurchases: f([0, 1, 2, 5, 4]),
    predictedPurchases: f([0.5, 0.5, 1, 4, 6]),
    actualSpend: f([0, 10, 40, 100, 80]),
    predictedSpend: f([5, 5, 20, 80, 120]),
  });
  const find = (dimension: string, group: string) =>
    rows.find((r) => r.dimension === dimension && r.group === group);

  it("lists overall, then calibration frequency, CLV tier and P(alive) band, empty groups left out", () => {
    expect(rows.map((r) => `${r.dimension}:${r.group}`)).toEqual([
      "overall:all",
      "frequency:0",
      "frequency:1",
      "frequency:7+",
      "clvTier:high",
      "clvTier:low",
      "pAlive:0-10%",
      "pAlive:50-60%",
      "pAlive:90-100%",
    ]);
  });

  it("compares purchases and revenue in every group", () => {
    // Purchase errors 0.5, -0.5, -1, -1, 2: MAE 1, bias 0.
    expect(find("overall", "all")!.purchases).toMatchObject({ customers: 5, mae: 1, bias: 0 });
    // Revenue errors 5, -5, -20, -20, 40: MAE 18, bias 0.
    expect(find("overall", "all")!.spend).toMatchObject({ mae: 18, bias: 0 });
    // 9 and 12 repeat purchases share the last group: errors -1 and 2.
    expect(find("frequency", "7+")!.purchases).toMatchObject({ customers: 2, mae: 1.5, bias: 0.5 });
    // The customer without a CLV tier is in no tier group; high = customers 0 and 3.
    expect(find("clvTier", "high")!.purchases).toMatchObject({ customers: 2, mae: 0.75 });
    expect(find("clvTier", "low")!.spend).toMatchObject({ customers: 2, mae: 12.5, bias: -12.5 });
    // P(alive) 1 is in the top band with 0.95; NaN in none.
    expect(find("pAlive", "90-100%")!.purchases.customers).toBe(2);
  });

  it("has no revenue figures without a spend model and no tier rows without a CLV", () => {
    const plain = holdoutAccuracy({
      frequency: f([0, 1]),
      pAlive: f([1, 0.5]),
      clvTier: null,
      actualPurchases: f([0, 1]),
      predictedPurchases: f([0.2, 0.8]),
      actualSpend: f([0, 10]),
      predictedSpend: null,
    });
    expect(plain.every((r) => r.spend === null)).toBe(true);
    expect(plain.some((r) => r.dimension === "clvTier")).toBe(false);
  });
});
