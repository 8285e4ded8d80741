// One decimal on every percentage the pane shows, in both languages, "<0.1%" for a hairline.
import { percentText } from "../../src/taskpane/percent";

describe("percentText", () => {
  test("always one decimal, and a dash without a figure", () => {
    expect([0.4, 0.4133, 1, 0].map((x) => percentText(x))).toEqual([
      "40.0%",
      "41.3%",
      "100.0%",
      "0.0%",
    ]);
    expect(percentText(NaN)).toBe("–");
  });

  test("a nonzero share that rounds to zero reads <0.1%", () => {
    expect(percentText(0.0003)).toBe("<0.1%");
    expect(percentText(0.0006)).toBe("0.1%");
  });
});
