import { detectColumns, type DetectColumnsOptions } from "../../../src/core/columns/detectColumns";
import { OptionError } from "../../../src/core/errors";
import type { CellValue, SheetInput } from "../../../src/core/types";
import { readPublicCsv } from "../../../data/publicData";
import { readCdnow } from "./cdnow";

const AUTO: DetectColumnsOptions = {
  headerRow: "auto",
  mapping: {},
  shape: "auto",
  dates: { system: 1900, order: "ymd" },
};

function detect(
  values: CellValue[][],
  opts: Partial<DetectColumnsOptions> = {},
  extra: Partial<SheetInput> = {}
) {
  return detectColumns({ values, ...extra }, { ...AUTO, ...opts });
}

const ZH: CellValue[][] = [
  ["客户名称", "客户编号", "下单时间", "实付金额（元）", "利润"],
  ["张三", "C001", "2024-01-05 10:30", "¥1,234.50", 100],
  ["李四", "C002", "2024-01-06", "88", 8],
  ["张三", "C001", "2024-02-01", "35.20", 3],
];

describe("detectColumns on public data", () => {
  it("reads the R rfm orders as transactions", () => {
    const d = detect(readPublicCsv("rfm-r/rfm_data_orders.csv"));
    expect(d).toEqual({
      headerRowIndex: 0,
      headers: ["customer_id", "order_date", "revenue"],
      mapping: { customer: 0, date: 1, amount: 2 },
      shape: "transactions",
      columnCount: 3,
    });
  });

  it("reads the R rfm customer table as a summary, revenue as M", () => {
    const d = detect(readPublicCsv("rfm-r/rfm_data_customer.csv"));
    expect(d.shape).toBe("summary");
    expect(d.headerRowIndex).toBe(0);
    expect(d.mapping).toEqual({
      customer: 0,
      monetary: 1,
      lastPurchaseDate: 2,
      frequency: 3,
      recencyDays: 4,
    });
  });

  it("reads the lifetimes summary without taking its T column as M", () => {
    const d = detect(readPublicCsv("lifetimes/cdnow_customers_summary.csv"));
    expect(d.shape).toBe("summary");
    expect(d.mapping).toEqual({ customer: 0, frequency: 1, recencyDays: 2 });
  });

  it("reads the header-less CDNOW sample from its values", () => {
    const d = detect(readCdnow(false));
    expect(d).toEqual({
      headerRowIndex: null,
      headers: ["", "", "", "", ""],
      mapping: { customer: 0, date: 2, amount: 4 },
      shape: "transactions",
      columnCount: 5,
    });
  });
});

describe("detectColumns: header rows", () => {
  it("reads a Chinese header with an id, a name and a unit note", () => {
    const d = detect(ZH);
    expect(d.headerRowIndex).toBe(0);
    expect(d.headers[3]).toBe("实付金额（元）");
    expect(d.mapping).toEqual({ customerName: 0, customer: 1, date: 2, amount: 3, profit: 4 });
    expect(d.shape).toBe("transactions");
  });

  it("finds the header under two title rows", () => {
    const d = detect([["2024年订单"], ["导出：系统"], ...ZH]);
    expect(d.headerRowIndex).toBe(2);
    expect(d.mapping).toEqual({ customerName: 0, customer: 1, date: 2, amount: 3, profit: 4 });
  });

  it("fills what the headers miss from the values", () => {
    const values: CellValue[][] = [
      ["客户", "备注A", "备注B"],
      ["C1", "2024-01-05", 12.5],
      ["C2", "2024-01-06", 8.25],
      ["C1", "2024-01-07", 3.75],
    ];
    expect(detect(values).mapping).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("uses a given header row index, or none", () => {
    const values: CellValue[][] = [["x"], ...ZH];
    expect(detect(values, { headerRow: 1 }).headerRowIndex).toBe(1);
    const none = detect(ZH.slice(1), { headerRow: "none" });
    expect(none.headerRowIndex).toBeNull();
    expect(none.headers).toEqual(["", "", "", "", ""]);
  });

  it.each([-1, 9, 1.5])("rejects header row %p outside the values", (headerRow) => {
    expect(() => detect(ZH, { headerRow })).toThrow(OptionError);
    try {
      detect(ZH, { headerRow });
    } catch (e) {
      expect((e as OptionError).problem).toBe("outOfRange");
      expect((e as OptionError).path).toBe("headerRow");
    }
  });

  it("counts the widest row and gives a header text for every column", () => {
    const values: CellValue[][] = [
      ["客户", "日期"],
      ["C1", "2024-01-05", 12.5, "extra"],
      ["C1", "2024-01-06", 3.5],
    ];
    const d = detect(values);
    expect(d.columnCount).toBe(4);
    expect(d.headers).toEqual(["客户", "日期", "", ""]);
    expect(d.mapping).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("handles no rows", () => {
    expect(detect([])).toEqual({
      headerRowIndex: null,
      headers: [],
      mapping: {},
      shape: "transactions",
      columnCount: 0,
    });
  });
});

describe("detectColumns: shapes", () => {
  it("reads a total-spend header as the amount of a transaction table", () => {
    const values: CellValue[][] = [
      ["客户", "订单日期", "总金额"],
      ["C1", "2024-01-05", 10.5],
      ["C1", "2024-01-09", 7],
    ];
    expect(detect(values).mapping).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("reads a Chinese summary header", () => {
    const values: CellValue[][] = [
      ["会员ID", "最近购买日期", "购买次数", "累计消费金额"],
      ["M1", "2024-03-01", 3, 120.5],
      ["M2", "2024-02-11", 1, 30],
    ];
    const d = detect(values);
    expect(d.shape).toBe("summary");
    expect(d.mapping).toEqual({ customer: 0, lastPurchaseDate: 1, frequency: 2, monetary: 3 });
  });

  it("forced summary turns a header-less table's date and amount into last date and M", () => {
    const values = Array.from({ length: 20 }, (_, i): CellValue[] => [
      `C${i}`,
      `2024-01-${10 + i}`,
      i + 0.5,
    ]);
    const d = detect(values, { shape: "summary" });
    expect(d.shape).toBe("summary");
    expect(d.mapping).toEqual({ customer: 0, lastPurchaseDate: 1, monetary: 2 });
  });

  it("finds a summary's customer column from its all-different ids", () => {
    const values: CellValue[][] = [
      ["Kunde", "frequency", "recency"],
      ["K1", 2, 30],
      ["K2", 1, 5],
      ["K3", 4, 12],
    ];
    const d = detect(values);
    expect(d.shape).toBe("summary");
    expect(d.mapping).toEqual({ customer: 0, frequency: 1, recencyDays: 2 });
  });

  it("prefers text ids to numbers for a summary's customer", () => {
    const values: CellValue[][] = [
      ["rank", "Kunde", "frequency"],
      [1, "K1", 2],
      [2, "K2", 1],
      [3, "K3", 4],
    ];
    expect(detect(values).mapping).toEqual({ customer: 1, frequency: 2 });
  });

  it("does not take repeating ids as a summary's customer", () => {
    const values: CellValue[][] = [
      ["Kunde", "frequency"],
      ["K1", 2],
      ["K1", 1],
      ["K2", 4],
      ["K2", 3],
    ];
    expect(detect(values).mapping).toEqual({ frequency: 1 });
  });

  it("forced transactions reads a summary header's M as the amount and looks for a date", () => {
    const values: CellValue[][] = [
      ["customer", "monetary", "when"],
      ["C1", 10.5, "2024-01-05"],
      ["C1", 4.5, "2024-01-06"],
    ];
    const d = detect(values, { shape: "transactions" });
    expect(d.shape).toBe("transactions");
    expect(d.mapping).toEqual({ customer: 0, amount: 1, date: 2 });
  });
});

describe("detectColumns: overrides come last", () => {
  it("maps by header text, taking the column from the role that had it", () => {
    const d = detect(ZH, { mapping: { amount: "利润" } });
    expect(d.mapping).toEqual({ customerName: 0, customer: 1, date: 2, amount: 4 });
  });

  it("maps by index and by letter, and unmaps with -1", () => {
    expect(detect(ZH, { mapping: { customer: 0, customerName: -1 } }).mapping).toEqual({
      customer: 0,
      date: 2,
      amount: 3,
      profit: 4,
    });
    expect(detect(ZH, { mapping: { region: "B", customer: "A" } }).mapping).toEqual({
      customer: 0,
      date: 2,
      amount: 3,
      profit: 4,
      region: 1,
    });
  });

  it("counts letters from the sheet's column A", () => {
    // The block starts in sheet column C: sheet column G is block column 4.
    const d = detect(ZH, { mapping: { amount: "G" } }, { firstColumnIndex: 2 });
    expect(d.mapping.amount).toBe(4);
  });

  it("in a summary, an amount the user points at is M", () => {
    const values: CellValue[][] = [
      ["customer_id", "number_of_orders", "spent", "revenue"],
      ["C1", 3, 100.5, 90],
      ["C2", 1, 30.5, 20],
    ];
    const d = detect(values, { mapping: { amount: "spent" } });
    expect(d.shape).toBe("summary");
    expect(d.mapping).toEqual({ customer: 0, frequency: 1, monetary: 2 });
  });

  it("fails on a header that does not exist", () => {
    expect(() => detect(ZH, { mapping: { amount: "销售额" } })).toThrow(
      expect.objectContaining({
        problem: "unknownColumn",
        path: "mapping.amount",
        params: { column: "销售额" },
      })
    );
  });
});
