// The model comparison's rows: what a failed fit and a missing holdout show, and which model is
// marked as the one the run uses.
import { chooseModel } from "../../../../src/core/probabilistic/accuracy/modelChoice";
import { modelComparisonRows } from "../../../../src/core/probabilistic/accuracy/modelComparison";
import type { ModelScore } from "../../../../src/core/probabilistic/accuracy/modelScores";
import type { PurchaseFitReport, PurchaseModel } from "../../../../src/core/probabilistic";

const stats = (mae: number) => ({
  customers: 8,
  meanActual: 1,
  meanPredicted: 1,
  mae,
  rmse: 0,
  bias: 0,
});

function score(model: PurchaseModel, converged: boolean, holdout: boolean): ModelScore {
  return {
    model,
    fit: { model, converged, customers: 10, logLikelihood: -50.5 } as PurchaseFitReport,
    parameters: 4,
    aic: converged ? 109 : NaN,
    bic: converged ? 112 : NaN,
    accuracy: holdout
      ? [
          { dimension: "frequency", group: "1", purchases: stats(9), spend: stats(90) },
          { dimension: "overall", group: "all", purchases: stats(0.4), spend: stats(25) },
        ]
      : null,
  };
}

it("gives each model its fit, criteria and overall holdout errors, and marks the one used", () => {
  const choice = chooseModel(
    "auto",
    [score("bgnbd", true, true), score("pnbd", false, false)],
    "calibration"
  );
  expect(modelComparisonRows(choice)).toEqual([
    {
      model: "bgnbd",
      picked: true,
      converged: true,
      parameters: 4,
      customers: 10,
      logLikelihood: -50.5,
      aic: 109,
      bic: 112,
      holdoutMae: 0.4,
      holdoutSpendMae: 25,
    },
    // A failed fit: nothing but its name, size and parameter count.
    {
      model: "pnbd",
      picked: false,
      converged: false,
      parameters: 4,
      customers: 10,
      logLikelihood: null,
      aic: null,
      bic: null,
      holdoutMae: null,
      holdoutSpendMae: null,
    },
  ]);
});

it("marks a model the user named even when it did not fit", () => {
  const choice = chooseModel(
    "pnbd",
    [score("bgnbd", true, false), score("pnbd", false, false)],
    "full"
  );
  expect(modelComparisonRows(choice).map((r) => [r.model, r.picked])).toEqual([
    ["bgnbd", false],
    ["pnbd", true],
  ]);
});
