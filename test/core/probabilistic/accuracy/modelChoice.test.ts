// The "auto" model: smallest holdout MAE with a holdout, smallest BIC without; failed fits never.
import { chooseModel } from "../../../../src/core/probabilistic/accuracy/modelChoice";
import type { ModelScore } from "../../../../src/core/probabilistic/accuracy/modelScores";
import type { PurchaseFitReport, PurchaseModel } from "../../../../src/core/probabilistic";

function score(
  model: PurchaseModel,
  bic: number,
  mae: number | null,
  converged = true
): ModelScore {
  const stats = {
    customers: 1,
    meanActual: 0,
    meanPredicted: 0,
    mae: mae ?? NaN,
    rmse: 0,
    bias: 0,
  };
  return {
    model,
    fit: { model, converged, customers: 10 } as PurchaseFitReport,
    parameters: 4,
    aic: bic,
    bic,
    accuracy:
      mae === null ? null : [{ dimension: "overall", group: "all", purchases: stats, spend: null }],
  };
}

describe("chooseModel", () => {
  it("picks the smallest holdout MAE on a calibration period, whatever the BIC", () => {
    const scores = [score("bgnbd", 100, 0.8), score("mbgnbd", 90, 0.7), score("pnbd", 120, 0.6)];
    expect(chooseModel("auto", scores, "calibration")).toMatchObject({
      picked: "pnbd",
      by: "holdoutMae",
    });
  });

  it("picks the smallest BIC without a holdout", () => {
    const scores = [score("bgnbd", 100, null), score("mbgnbd", 90, null), score("pnbd", 120, null)];
    expect(chooseModel("auto", scores, "full")).toMatchObject({ picked: "mbgnbd", by: "bic" });
  });

  it("never picks a model that failed to fit, and ties go to the earlier model", () => {
    const scores = [
      score("bgnbd", 100, 0.7),
      score("mbgnbd", 100, 0.7),
      score("pnbd", 1, 0.1, false),
    ];
    expect(chooseModel("auto", scores, "calibration").picked).toBe("bgnbd");
    expect(chooseModel("auto", scores, "full").picked).toBe("bgnbd");
  });

  it("says so when no model fitted, and keeps a named model as set", () => {
    const failed = [score("bgnbd", NaN, null, false), score("pnbd", NaN, null, false)];
    expect(chooseModel("auto", failed, "full").by).toBe("noneFitted");
    const scores = [score("bgnbd", 100, 0.8), score("pnbd", 90, 0.1)];
    expect(chooseModel("mbgnbd", scores, "calibration")).toMatchObject({
      picked: "mbgnbd",
      by: "setting",
    });
  });
});
