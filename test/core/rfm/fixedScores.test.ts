import { DEFAULT_FIXED_THRESHOLDS } from "../../../src/core/options";
import { fixedScores, validateThresholds } from "../../../src/core/rfm/fixedScores";
import type { ThresholdStep } from "../../../src/core/types";

const score = (values: number[], steps: ThresholdStep[]) =>
  Array.from(fixedScores(Float64Array.from(values), new Uint8Array(values.length).fill(1), steps));

describe("fixedScores with the default thresholds of method.md section 3", () => {
  it("scores R: <= 30 days 5, <= 90 4, <= 180 3, <= 365 2, else 1", () => {
    const days = [0, 1, 30, 31, 90, 91, 180, 181, 365, 366, 5000];
    expect(score(days, DEFAULT_FIXED_THRESHOLDS.recency)).toEqual([
      5, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1,
    ]);
  });

  it("scores F: >= 5 purchases 5, 3-4 4, 2 3, 1 2", () => {
    expect(score([1, 2, 3, 4, 5, 6, 40], DEFAULT_FIXED_THRESHOLDS.frequency)).toEqual([
      2, 3, 4, 4, 5, 5, 5,
    ]);
    // Below one purchase (not reachable for a customer with a purchase) falls through to 1.
    expect(score([0], DEFAULT_FIXED_THRESHOLDS.frequency)).toEqual([1]);
  });

  it("scores M: > 1000 5, 500..1000 4, 200..<500 3, 100..<200 2, < 100 1", () => {
    const spend = [
      -20, 0, 99.99, 100, 199, 199.99, 200, 499.99, 500, 999.99, 1000, 1000.01, 250000,
    ];
    expect(score(spend, DEFAULT_FIXED_THRESHOLDS.monetary)).toEqual([
      1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5,
    ]);
  });
});

describe("fixedScores", () => {
  it("takes the first step that holds, in table order", () => {
    // Overlapping steps: 10 meets both "<= 50" and "<= 20"; the earlier one wins.
    const steps: ThresholdStep[] = [
      { score: 3, op: "<=", value: 50 },
      { score: 5, op: "<=", value: 20 },
    ];
    expect(score([10, 50, 51], steps)).toEqual([3, 3, 1]);
  });

  it("treats strict ops as strict", () => {
    const steps: ThresholdStep[] = [
      { score: 5, op: "<", value: 30 },
      { score: 4, op: "<=", value: 30 },
    ];
    expect(score([29.99, 30, 30.01], steps)).toEqual([5, 4, 1]);
    expect(score([10, 10.5], [{ score: 4, op: ">", value: 10 }])).toEqual([1, 4]);
  });

  it("gives 1 to everyone with an empty table", () => {
    expect(score([1, 100, -5], [])).toEqual([1, 1, 1]);
  });

  it("gives 0 to customers without a purchase and to NaN", () => {
    const s = fixedScores(
      Float64Array.from([10, 10, NaN]),
      Uint8Array.from([1, 0, 1]),
      DEFAULT_FIXED_THRESHOLDS.recency
    );
    expect(Array.from(s)).toEqual([5, 0, 0]);
  });

  it("does not change the steps it is given", () => {
    const steps = structuredClone(DEFAULT_FIXED_THRESHOLDS.monetary);
    score([1, 2000], steps);
    expect(steps).toEqual(DEFAULT_FIXED_THRESHOLDS.monetary);
  });
});

describe("validateThresholds", () => {
  it("accepts the three default tables and an empty one", () => {
    expect(validateThresholds(DEFAULT_FIXED_THRESHOLDS.recency, "r")).toBeNull();
    expect(validateThresholds(DEFAULT_FIXED_THRESHOLDS.frequency, "f")).toBeNull();
    expect(validateThresholds(DEFAULT_FIXED_THRESHOLDS.monetary, "m")).toBeNull();
    expect(validateThresholds([], "m")).toBeNull();
  });

  it("rejects a table that is not an array", () => {
    expect(validateThresholds({ score: 5 }, "rfm.fixed.recency")).toEqual({
      path: "rfm.fixed.recency",
      problem: "notArray",
      index: -1,
    });
    expect(validateThresholds(null, "x")?.problem).toBe("notArray");
  });

  it.each([
    [0, "badScore"],
    [6, "badScore"],
    [2.5, "badScore"],
    ["5", "badScore"],
    [undefined, "badScore"],
  ])("rejects score %p", (bad, problem) => {
    const steps = [
      { score: 5, op: "<=", value: 30 },
      { score: bad, op: "<=", value: 90 },
    ];
    expect(validateThresholds(steps, "t")).toEqual({ path: "t[1].score", problem, index: 1 });
  });

  it("reports a step that is not an object at the step itself", () => {
    expect(validateThresholds([{ score: 5, op: "<=", value: 30 }, 7], "t")).toEqual({
      path: "t[1]",
      problem: "badScore",
      index: 1,
    });
  });

  it.each(["=<", "==", "", 5, undefined])("rejects op %p", (bad) => {
    expect(validateThresholds([{ score: 5, op: bad, value: 30 }], "t")).toEqual({
      path: "t[0].op",
      problem: "badOp",
      index: 0,
    });
  });

  it.each([NaN, Infinity, -Infinity, "30", null, undefined])("rejects value %p", (bad) => {
    expect(validateThresholds([{ score: 5, op: ">=", value: bad }], "t")).toEqual({
      path: "t[0].value",
      problem: "badValue",
      index: 0,
    });
  });

  it("requires <= / < limits to increase and >= / > limits to decrease", () => {
    const up = [
      { score: 5, op: "<=", value: 90 },
      { score: 4, op: "<=", value: 30 },
    ];
    expect(validateThresholds(up, "r")).toEqual({
      path: "r[1].value",
      problem: "notMonotonic",
      index: 1,
    });
    const down = [
      { score: 5, op: ">=", value: 3 },
      { score: 4, op: ">", value: 5 },
    ];
    expect(validateThresholds(down, "f")).toEqual({
      path: "f[1].value",
      problem: "notMonotonic",
      index: 1,
    });
  });

  it("rejects a repeated limit unless it goes from strict to inclusive", () => {
    const same = [
      { score: 5, op: "<=", value: 30 },
      { score: 4, op: "<=", value: 30 },
    ];
    expect(validateThresholds(same, "r")?.problem).toBe("notMonotonic");
    const inclusiveThenStrict = [
      { score: 5, op: "<=", value: 30 },
      { score: 4, op: "<", value: 30 },
    ];
    expect(validateThresholds(inclusiveThenStrict, "r")?.problem).toBe("notMonotonic");
    const strictThenInclusive = [
      { score: 5, op: "<", value: 30 },
      { score: 4, op: "<=", value: 30 },
    ];
    expect(validateThresholds(strictThenInclusive, "r")).toBeNull();
    const downStrictThenInclusive = [
      { score: 5, op: ">", value: 1000 },
      { score: 4, op: ">=", value: 1000 },
    ];
    expect(validateThresholds(downStrictThenInclusive, "m")).toBeNull();
  });

  it("rejects a table that mixes directions, at the op", () => {
    const mixed = [
      { score: 5, op: "<=", value: 30 },
      { score: 4, op: ">=", value: 90 },
    ];
    expect(validateThresholds(mixed, "r")).toEqual({
      path: "r[1].op",
      problem: "notMonotonic",
      index: 1,
    });
  });

  it("reports the first problem in table order", () => {
    const steps = [
      { score: 5, op: "<=", value: 30 },
      { score: 4, op: "<=", value: 10 },
      { score: 9, op: "<=", value: 90 },
    ];
    expect(validateThresholds(steps, "r")?.index).toBe(1);
  });
});
