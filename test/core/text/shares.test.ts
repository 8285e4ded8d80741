// One rule for shares everywhere: the text the pane and the messages use, and the number format
// the sheets and the charts' labels get, read back as the preview shows a cell.
import { HAIRLINE_SHARE, SHARE_FORMAT, shareText } from "../../../src/core";
import { formatCell } from "../../../src/preview/format/formatCell";

describe("shares", () => {
  test("one decimal, with thousands separators past 1,000%", () => {
    expect([0.4, 0.4133, 1, 0, 0.0005, 0.00051, 12.3456].map(shareText)).toEqual([
      "40.0%",
      "41.3%",
      "100.0%",
      "0.0%",
      "0.1%",
      "0.1%",
      "1,234.6%",
    ]);
  });

  test("a share above 0 that would round to 0.0% reads <0.1%; 0 and negatives keep their figure", () => {
    expect([0.0001, 0.00049, 1e-12].map(shareText)).toEqual(["<0.1%", "<0.1%", "<0.1%"]);
    expect(shareText(-0.25)).toBe("-25.0%");
    expect(shareText(NaN)).toBe("–");
    expect(shareText(Infinity)).toBe("–");
  });

  test("the sheets' number format shows what the text says", () => {
    expect(SHARE_FORMAT).toBe('[>=0.0005]0.0%;[>0]"<0.1%";0.0%');
    for (const x of [0.4133, 1, 0, HAIRLINE_SHARE, 0.0001, 0.00049, 0.02, 0.999, -0.25])
      expect(formatCell(x, SHARE_FORMAT)).toBe(shareText(x));
  });
});
