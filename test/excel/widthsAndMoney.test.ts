// Tier columns wide enough to read (CLV never ########) and money columns in the data's currency.
import { measureColumns, shownNumber, textColumns } from "../../src/excel/columnWidths";
import { moneyFormat } from "../../src/excel/layout/cellTypes";
import { run, workbookWith, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

/** Excel's standard width (8.43 characters, 64 px), which shows a CLV of 10,000.00 as ########. */
const STANDARD_WIDTH = 48;

describe("column widths from content", () => {
  test("the widest of header and shown values, CJK counted wide, within bounds", () => {
    const widths = measureColumns(
      ["客户分级", "CLV", "x"],
      [
        ["A", 123456.789, 1],
        ["B", 5, 2],
      ],
      ["general", "money", "integer"],
      '"¥"#,##0.00'
    );
    expect(widths[0]).toBeGreaterThanOrEqual(textColumns("客户分级") * 7);
    expect(textColumns("客户分级")).toBeGreaterThan(textColumns("abc"));
    expect(widths[1]).toBeGreaterThan(textColumns("¥123,456.79") * 7);
    expect(widths[2]).toBe(STANDARD_WIDTH);
    expect(measureColumns(["a".repeat(200)], [], ["general"])[0]).toBe(300);
  });

  test("numbers are measured as shown", () => {
    expect(shownNumber(1234.5, "money", '"¥"#,##0.00')).toBe("¥1,234.50");
    expect(shownNumber(1234.5, "money", '#,##0.00"元"')).toBe("1,234.50元");
    expect(shownNumber(0.1234, "share", "#,##0.00")).toBe("12.3%");
  });
});

describe("the tier columns and sheets after a run", () => {
  it("gives the CLV column room for its largest figure, with the data's ¥", async () => {
    const formats = ZH_FORMATS.map((row, i) =>
      row.map((f, j) => (i > 0 && j === 3 ? "¥#,##0.00" : f))
    );
    const wb = workbookWith("订单", ZH_TRANSACTIONS, formats);
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    expect(outcome.result.currency).toEqual({ symbol: "¥", before: true });
    const snap = wb.toSnapshot();
    const sheet = (name: string) => snap.sheets.find((s) => s.name === name);
    const headers = wb.getValues("订单!E1:L1")[0];
    const clvColumn = headers.findIndex((h) => /CLV/.test(String(h)));
    const letter = String.fromCharCode("E".charCodeAt(0) + clvColumn);
    const clvs = wb.getValues(`订单!${letter}2:${letter}11`).map((r) => Number(r[0]));
    const largest = shownNumber(Math.max(...clvs), "money", '"¥"#,##0.00');
    const width = sheet("订单")?.columnWidths[letter] ?? STANDARD_WIDTH;
    expect(width).toBeGreaterThan(textColumns(largest) * 7);
    expect(wb.getNumberFormats(`订单!${letter}2`)[0][0]).toBe(
      moneyFormat({ symbol: "¥", before: true })
    );
    // The customer sheet's spend and CLV, and the summary's value columns, say ¥ too...
    const customerHeader = wb.getValues("客户分级!A1:T1")[0];
    const m = customerHeader.indexOf("消费金额");
    const customerFormats = wb.getNumberFormats("客户分级!A2:T2")[0];
    expect(m).toBeGreaterThan(0);
    expect(customerFormats[m]).toBe('"¥"#,##0.00');
    expect(wb.getNumberFormats("分级汇总!D5")[0][0]).toBe('"¥"#,##0.00');
    // ...but not the value score, which is no money.
    expect(customerFormats[customerHeader.indexOf("价值评分")]).toBe("#,##0.00");
  });

  it("leaves money bare when the amounts had no currency", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await run(wb, { options: { language: "zh-CN" } });
    expect(wb.getNumberFormats("分级汇总!D5")[0][0]).toBe("#,##0.00");
  });
});
