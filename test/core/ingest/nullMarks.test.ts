// Database exports write a NULL as \N (MySQL, Hive, PostgreSQL's text COPY, Snowflake's unload)
// or NULL (SQL Server Management Studio). Read as text, such a mark made one customer of every
// row without one, and one order of a customer's purchases on different days.
import { customerRecords, rejectedMessage, segment, type CellValue } from "../../../src/core";

const HEADER = ["customer", "date", "amount", "order", "profit"];

function run(rows: CellValue[][]) {
  const result = segment(
    { values: [HEADER, ...rows] },
    {
      shape: "transactions",
      mapping: { customer: 0, date: 1, amount: 2, orderId: 3, profit: 4 },
      asOf: "2024-04-01",
    }
  );
  const byId = new Map(customerRecords(result, "en-US").map((r) => [r.customer, r]));
  return { result, byId };
}

describe("a database's NULL marks", () => {
  it("are no order id: purchases on different days stay different orders", () => {
    const { byId } = run([
      ["A", "2024-01-05", 10, "\\N", 1],
      ["A", "2024-02-05", 20, "NULL", 2],
      ["A", "2024-03-05", 30, " \\N ", 3],
      ["B", "2024-01-05", 10, "o1", 1],
      ["B", "2024-02-05", 20, "o1", 2],
    ]);
    expect(byId.get("A")?.frequency).toBe(3);
    // A real order id shared by two rows is still one order.
    expect(byId.get("B")?.frequency).toBe(1);
  });

  it("are no customer: the row is rejected, saying which mark it holds", () => {
    const { result, byId } = run([
      ["\\N", "2024-01-05", 500, "o1", 1],
      ["NULL", "2024-01-06", 500, "o2", 1],
      ["A", "2024-01-07", 10, "o3", 1],
    ]);
    expect([...byId.keys()]).toEqual(["A"]);
    expect(result.rejected.map((r) => [r.row, r.column, r.reason, r.params])).toEqual([
      [2, "A", "nullMark", { value: "\\N" }],
      [3, "A", "nullMark", { value: "NULL" }],
    ]);
    expect(rejectedMessage(result.rejected[0], "en-US")).toBe(
      "Row 2, column A (customer): the cell holds \\N, a database's mark for no value"
    );
    expect(rejectedMessage(result.rejected[1], "zh-CN")).toBe(
      "第 3 行，A 列（customer）：单元格为 NULL，即数据库导出的空值标记"
    );
  });

  it("are no amount or date (rejected, with the reason), and an unknown profit (kept)", () => {
    const { result, byId } = run([
      ["A", "2024-01-05", "\\N", "o1", 1],
      ["A", "NULL", 20, "o2", 1],
      ["A", "2024-03-05", 30, "o3", "\\N"],
      ["A", "2024-03-06", 40, "o4", ""],
    ]);
    expect(result.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [2, "C", "nullMark"],
      [3, "B", "nullMark"],
    ]);
    // The marked profit reads as a blank one: the row counts, its profit is unknown.
    expect(byId.get("A")?.frequency).toBe(2);
    expect(byId.get("A")?.monetary).toBe(70);
  });

  it("are no name: the customer's name is the next one given", () => {
    const result = segment(
      {
        values: [
          ["customer", "name", "date", "amount"],
          ["A", "\\N", "2024-01-05", 10],
          ["A", " NULL ", "2024-01-06", 10],
          ["A", "甲公司", "2024-01-07", 10],
          ["B", "NULLs", "2024-01-08", 10],
        ],
      },
      { shape: "transactions", mapping: { customer: 0, customerName: 1, date: 2, amount: 3 } }
    );
    expect(result.customers.names).toEqual(["甲公司", "NULLs"]);
  });

  it("are no name in a customer summary either", () => {
    const result = segment(
      {
        values: [
          ["customer", "name", "recency", "frequency", "monetary"],
          ["A", "\\N", 3, 2, 30],
          ["B", "乙", 5, 1, 10],
        ],
      },
      {
        shape: "summary",
        mapping: { customer: 0, customerName: 1, recencyDays: 2, frequency: 3, monetary: 4 },
      }
    );
    expect(result.customers.names).toEqual([null, "乙"]);
  });

  it("are only the exact marks: other texts stay ids", () => {
    const { byId } = run([
      ["null", "2024-01-05", 10, "o1", 1],
      ["N", "2024-01-06", 10, "o2", 1],
      ["\\NA", "2024-01-07", 10, "o3", 1],
    ]);
    expect([...byId.keys()].sort()).toEqual(["N", "\\NA", "null"]);
  });
});
