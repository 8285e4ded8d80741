// MAE, RMSE and bias on inputs small enough to check by hand.
import {
  errorStats,
  errorStatsByGroup,
} from "../../../../src/core/probabilistic/accuracy/errorStats";
import { informationCriteria } from "../../../../src/core/probabilistic/accuracy/informationCriteria";

const f = (xs: number[]) => Float64Array.from(xs);

describe("errorStats", () => {
  it("gives the mean absolute error, RMSE and bias of predicted minus actual", () => {
    // Errors 1, 0, 3: MAE 4/3, RMSE sqrt(10/3), bias 4/3.
    const s = errorStats(f([1, 2, 4]), f([0, 2, 1]))!;
    expect(s.customers).toBe(3);
    expect(s.mae).toBeCloseTo(4 / 3, 12);
    expect(s.rmse).toBeCloseTo(Math.sqrt(10 / 3), 12);
    expect(s.bias).toBeCloseTo(4 / 3, 12);
    expect(s.meanActual).toBeCloseTo(1, 12);
    expect(s.meanPredicted).toBeCloseTo(7 / 3, 12);
  });

  it("has a negative bias when the model predicts too little, errors cancelling in it only", () => {
    // Errors -2 and +1: MAE 1.5, RMSE sqrt(2.5), bias -0.5.
    const s = errorStats(f([0, 3]), f([2, 2]))!;
    expect(s.mae).toBeCloseTo(1.5, 12);
    expect(s.rmse).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(s.bias).toBeCloseTo(-0.5, 12);
  });

  it("groups rows, leaves out unknown figures and groups, and gives null for an empty group", () => {
    const stats = errorStatsByGroup(f([1, 2, 4, NaN, 5]), f([0, 2, 1, 1, 5]), [0, 1, 1, 0, 7], 3);
    expect(stats[0]).toMatchObject({ customers: 1, mae: 1, rmse: 1, bias: 1 });
    expect(stats[1]!.customers).toBe(2);
    expect(stats[1]!.mae).toBeCloseTo(1.5, 12);
    expect(stats[1]!.rmse).toBeCloseTo(Math.sqrt(4.5), 12);
    expect(stats[2]).toBeNull();
    expect(errorStats(f([]), f([]))).toBeNull();
  });
});

describe("informationCriteria", () => {
  it("is 2k - 2 ln L and k ln n - 2 ln L", () => {
    expect(informationCriteria(-10, 4, 100)).toEqual({
      aic: 28,
      bic: 4 * Math.log(100) + 20,
    });
  });

  it("gives lifetimes' CDNOW BG/NBD fit (ln L -9582.43, 2,357 customers) a BIC of 19,195.9", () => {
    expect(informationCriteria(-9582.43, 4, 2357).bic).toBeCloseTo(19195.92, 1);
  });
});
