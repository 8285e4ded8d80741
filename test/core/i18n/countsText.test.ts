// One sentence for a run's counts, on the summary sheet and in the pane alike.
import { countsText } from "../../../src/core";

const counts = (input: number, used: number, rejected: number, blank = 0) => ({
  input,
  used,
  rejected,
  blank,
  duplicates: 0,
});

describe("countsText", () => {
  test("thousands separators and English plurals", () => {
    expect(countsText(counts(6_037, 6_034, 3), 1_120, "en-US")).toBe(
      "1,120 customers from 6,037 rows (6,034 used, 3 rejected)"
    );
    expect(countsText(counts(1, 1, 0), 1, "en-US")).toBe(
      "1 customer from 1 row (1 used, 0 rejected)"
    );
  });

  test("blank rows are named only when there are some; every row is accounted for", () => {
    expect(countsText(counts(10, 7, 1, 2), 3, "en-US")).toBe(
      "3 customers from 10 rows (7 used, 1 rejected, 2 blank)"
    );
    expect(countsText(counts(6_037, 6_034, 3), 1_120, "zh-CN")).toBe(
      "6,037 行中的 6,034 行可用，3 行被拒绝，共 1,120 位客户"
    );
  });
});
