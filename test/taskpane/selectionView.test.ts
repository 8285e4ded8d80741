// What the pane says about a selection before any run agrees with what segment() would refuse.
import { InputError } from "../../src/core/errors";
import { segment } from "../../src/core/segment";
import type { CellValue } from "../../src/core/types";
import type { SelectionPeek } from "../../src/excel/inspect";
import { missingRoleNames, viewOf } from "../../src/taskpane/selectionView";

function peekOf(values: CellValue[][], columnIndex = 0): SelectionPeek {
  return {
    source: {
      sheetId: "s1",
      sheetName: "Sheet1",
      rowIndex: 0,
      columnIndex,
      rowCount: values.length,
      columnCount: values[0]?.length ?? 1,
      tableName: null,
    },
    peek: { values, firstColumnIndex: columnIndex },
    hasModel: false,
    ownOutput: false,
  };
}

function segmentProblem(values: CellValue[][]): string[] {
  try {
    segment({ values }, {});
    return [];
  } catch (error) {
    if (error instanceof InputError && error.problem === "missingColumn")
      return String(error.params.roles).split(", ");
    throw error;
  }
}

const PRODUCTS: CellValue[][] = [
  ["产品", "单价", "库存"],
  ["笔记本", 12.5, 300],
  ["钢笔", 8, 120],
  ["墨水", 3.2, 500],
];

const ORDERS: CellValue[][] = [
  ["客户名称", "订单日期", "金额"],
  ["张三", "2024-01-05", 100],
  ["李四", "2024-02-01", 250],
  ["张三", "2024-03-01", 80],
];

describe("the pane's view of a selection", () => {
  test("a product list lacks what segment() would refuse it for, named in the user's language", () => {
    const view = viewOf(peekOf(PRODUCTS), {});
    expect(view).not.toBeNull();
    expect(view?.missing.length).toBeGreaterThan(0);
    expect(view?.missing).toEqual(segmentProblem(PRODUCTS));
    const zh = missingRoleNames(view!, "zh-CN");
    expect(zh).not.toMatch(/[a-z]/);
    expect(missingRoleNames(view!, "en-US")).toMatch(/date/);
  });

  test("orders need nothing more", () => {
    expect(viewOf(peekOf(ORDERS), {})?.missing).toEqual([]);
    expect(segmentProblem(ORDERS)).toEqual([]);
  });

  test("an empty selection has no view", () => {
    expect(viewOf(peekOf([[""], [null as unknown as CellValue]]), {})).toBeNull();
  });

  test("a mapping chosen for other data is dropped, one naming this data's columns kept", () => {
    const values: CellValue[][] = [
      ["Who", "When", "Paid"],
      ["Ann", "2024-01-05", 100],
      ["Bob", "2024-02-01", 250],
    ];
    const view = viewOf(peekOf(values), { customer: "Who", amount: "客户金额", date: "When" });
    expect(view?.mapping).toEqual({ customer: "Who", date: "When" });
    expect(view?.detected.mapping.customer).toBe(0);
  });

  test("headerless columns are offered by their sheet letters", () => {
    const view = viewOf(
      peekOf(
        [
          [1, 2.5],
          [2, 3.1],
        ],
        3
      ),
      {}
    );
    expect(view?.columnNames).toEqual(["D", "E"]);
  });
});
