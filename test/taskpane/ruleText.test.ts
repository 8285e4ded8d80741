import type { ScoreCondition } from "../../src/core/types";
import { conditionText, parseCondition } from "../../src/taskpane/ruleText";

describe("rule condition text", () => {
  it.each([
    ["4-5", [4, 5]],
    [" 3 ", [3, 3]],
    ["1 - 2", [1, 2]],
    ["HIGH", "high"],
    ["low", "low"],
    ["", undefined],
  ])("reads %j", (text, expected) => expect(parseCondition(text)).toEqual(expected));

  it.each(["5-4", "abc", "4-", "-3", "4.5", "1-2-3"])("refuses %j", (text) =>
    expect(parseCondition(text)).toBeNull()
  );

  it("writes back what it reads", () => {
    const conditions: (ScoreCondition | undefined)[] = [[4, 5], [3, 3], "high", "low", undefined];
    for (const c of conditions) {
      expect(parseCondition(conditionText(c))).toEqual(c);
    }
  });
});
