// Every model on the CDNOW calibration period (to 1997-09-30) judged on the holdout (to
// 1998-06-30), weeks: the actual side counted straight from the raw lines, the predicted side
// from the public expectations, the fits' log-likelihoods the published ones.
import {
  conditionalExpectedPurchases,
  conditionalExpectedSpend,
  fitGammaGamma,
} from "../../../../src/core/probabilistic";
import { holdoutScores } from "../../../../src/core/probabilistic/accuracy/holdoutScores";
import { splitCalibration } from "../../../../src/core/probabilistic/calibration";
import { dayOfYmd, readCdnow } from "../summary/cdnowTransactions";

jest.setTimeout(120_000);

const CAL_END = "19970930";
const HOLDOUT_END = "19980630";

describe("holdoutScores on CDNOW", () => {
  const cdnow = readCdnow();
  const w = { calibrationEndDay: dayOfYmd(CAL_END), holdoutEndDay: dayOfYmd(HOLDOUT_END) };
  const split = splitCalibration(cdnow, cdnow.ids.length, { ...w, unit: "weeks" });
  const scores = holdoutScores(split, {
    holdoutSpend: split.holdoutSpend,
    hasMonetary: true,
    horizonMonths: 12,
    monthlyDiscount: 0.01,
  });
  const overall = (i: number) => scores[i].accuracy!.find((r) => r.dimension === "overall")!;

  it("fits the three models to the published log-likelihoods", () => {
    expect(scores.map((s) => s.model)).toEqual(["bgnbd", "mbgnbd", "pnbd"]);
    expect(scores[0].fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(scores[2].fit.logLikelihood).toBeCloseTo(-9594.98, 1);
    for (const s of scores)
      expect(s.bic).toBeCloseTo(4 * Math.log(2357) - 2 * s.fit.logLikelihood, 8);
  });

  it("takes the actual holdout purchases and revenue from the raw lines", () => {
    const holdout = cdnow.lines.filter((l) => l.ymd > CAL_END && l.ymd <= HOLDOUT_END);
    const days = new Set(holdout.map((l) => `${l.id} ${l.ymd}`)).size;
    const dollars = holdout.reduce((sum, l) => sum + (l.dollars >= 0 ? l.dollars : 0), 0);
    for (let i = 0; i < 3; i++) {
      expect(overall(i).purchases.customers).toBe(2357);
      expect(overall(i).purchases.meanActual).toBeCloseTo(days / 2357, 10);
      expect(overall(i).spend!.meanActual).toBeCloseTo(dollars / 2357, 8);
    }
  });

  it("predicts revenue as expected purchases x Gamma-Gamma expected spend", () => {
    const s = split.calibration.summary;
    const gg = fitGammaGamma({ frequency: s.frequency, monetary: s.monetary });
    const perPurchase = conditionalExpectedSpend(s.frequency, s.monetary, gg.params);
    const purchases = conditionalExpectedPurchases(39, s, scores[0].fit.params, "bgnbd");
    const revenue = purchases.reduce((sum, x, i) => sum + x * perPurchase[i], 0);
    expect(overall(0).purchases.meanPredicted).toBeCloseTo(
      purchases.reduce((a, b) => a + b) / 2357,
      10
    );
    expect(overall(0).spend!.meanPredicted).toBeCloseTo(revenue / 2357, 6);
  });

  it("splits the customers into the frequency groups, three tiers and ten P(alive) bands at most", () => {
    for (const s of scores) {
      const count = (d: string) =>
        s.accuracy!.filter((r) => r.dimension === d).reduce((n, r) => n + r.purchases.customers, 0);
      expect(count("frequency")).toBe(2357);
      expect(count("clvTier")).toBe(2357);
      expect(count("pAlive")).toBe(2357);
      expect(s.accuracy!.filter((r) => r.dimension === "clvTier")).toHaveLength(3);
    }
  });
});
