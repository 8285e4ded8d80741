// Conditional-format evaluation: the rules the adapter writes (cell equals "A"), and colour scales.
import {
  cellValueMatches,
  interpolateColor,
  resolveScale,
  ruleOperand,
  scaleFill,
} from "../../src/preview/format/conditionalFill";

describe("cell value rules", () => {
  test("operands: quoted text, numbers, booleans; references are not evaluated", () => {
    expect(ruleOperand('="A"')).toBe("A");
    expect(ruleOperand('="say ""hi"""')).toBe('say "hi"');
    expect(ruleOperand("=0.5")).toBe(0.5);
    expect(ruleOperand("10")).toBe(10);
    expect(ruleOperand("=TRUE")).toBe(true);
    expect(ruleOperand("=$B$2")).toBeNull();
  });

  test('EqualTo ="A" matches A and a, not B, numbers or blanks', () => {
    const rule = { formula1: '="A"', operator: "EqualTo" };
    expect(cellValueMatches("A", rule)).toBe(true);
    expect(cellValueMatches("a", rule)).toBe(true);
    expect(cellValueMatches("B", rule)).toBe(false);
    expect(cellValueMatches(1, rule)).toBe(false);
    expect(cellValueMatches(null, rule)).toBe(false);
  });

  test("segment labels in Chinese match exactly", () => {
    const rule = { formula1: '="重要价值客户"', operator: "EqualTo" };
    expect(cellValueMatches("重要价值客户", rule)).toBe(true);
    expect(cellValueMatches("重要保持客户", rule)).toBe(false);
  });

  test("comparisons and between; a blank is 0 against a number", () => {
    expect(cellValueMatches(5, { formula1: "=3", operator: "GreaterThan" })).toBe(true);
    expect(cellValueMatches(3, { formula1: "=3", operator: "GreaterThan" })).toBe(false);
    expect(cellValueMatches(3, { formula1: "=3", operator: "GreaterThanOrEqual" })).toBe(true);
    expect(cellValueMatches(null, { formula1: "=1", operator: "LessThan" })).toBe(true);
    const between = { formula1: "=1", formula2: "=5", operator: "Between" };
    expect(cellValueMatches(5, between)).toBe(true);
    expect(cellValueMatches(6, between)).toBe(false);
    expect(cellValueMatches(6, { ...between, operator: "NotBetween" })).toBe(true);
    // Text sorts after every number, as in Excel.
    expect(cellValueMatches("x", { formula1: "=100", operator: "GreaterThan" })).toBe(true);
  });
});

describe("colour scales", () => {
  const twoColour = {
    minimum: { type: "LowestValue", color: "#FFFFFF" },
    maximum: { type: "HighestValue", color: "#2E7D32" },
  };

  test("lowest gets the minimum colour, highest the maximum, the middle is mixed linearly", () => {
    const scale = resolveScale(twoColour, [10, 20, 30]);
    if (!scale) throw new Error("expected a scale");
    expect(scaleFill(10, scale)).toBe("#FFFFFF");
    expect(scaleFill(30, scale)).toBe("#2E7D32");
    expect(scaleFill(20, scale)).toBe(interpolateColor("#FFFFFF", "#2E7D32", 0.5));
    expect(interpolateColor("#FFFFFF", "#2E7D32", 0.5)).toBe("#97BE99");
  });

  test("three colours with a 50th percentile midpoint", () => {
    const scale = resolveScale(
      {
        minimum: { type: "LowestValue", color: "#F8696B" },
        midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      },
      [1, 2, 3, 4, 100]
    );
    if (!scale) throw new Error("expected a scale");
    expect(scale.stops.map((s) => s.value)).toEqual([1, 3, 100]);
    expect(scaleFill(3, scale)).toBe("#FFEB84");
    expect(scaleFill(2, scale)).toBe(interpolateColor("#F8696B", "#FFEB84", 0.5));
  });

  test("all values equal: every cell gets a colour; no numbers: no scale", () => {
    const scale = resolveScale(twoColour, [5, 5]);
    if (!scale) throw new Error("expected a scale");
    expect(scaleFill(5, scale)).toMatch(/^#[0-9A-F]{6}$/);
    expect(resolveScale(twoColour, [])).toBeNull();
  });
});
