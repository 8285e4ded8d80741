// One decimal on every percentage the pane shows, in both languages.
import { percentText } from "../../src/taskpane/percent";

describe("percentText", () => {
  test("always one decimal, and a dash without a figure", () => {
    expect([0.4, 0.4133, 1, 0].map((x) => percentText(x, "en-US"))).toEqual([
      "40.0%",
      "41.3%",
      "100.0%",
      "0.0%",
    ]);
    expect(percentText(0.4, "zh-CN")).toBe("40.0%");
    expect(percentText(NaN, "en-US")).toBe("–");
  });
});
