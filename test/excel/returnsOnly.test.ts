// Customers whose only rows are returns have no purchase (method.md section 2): one label for them
// on every sheet, and their negative value never drags a share chart's axis below zero.
import { label } from "../../src/core";
import { run, workbookWith, ZH_FORMATS, ZH_TRANSACTIONS, type Cell } from "./workbookFixtures";

/** The Chinese sample plus a customer with a large return and nothing bought. */
const WITH_RETURNS: Cell[][] = [...ZH_TRANSACTIONS, ["退货客户", 45390, "D011", -3000]];
const FORMATS = [...ZH_FORMATS, ZH_FORMATS[1]];

describe("a customer whose only rows are returns", () => {
  it("is called 'no purchase' beside the data, on the customer sheet and in the summary", async () => {
    const wb = workbookWith("订单", WITH_RETURNS, FORMATS);
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    const noPurchase = label("stage.potential.none", "zh-CN");
    const segmentHeader = label("col.segment", "zh-CN");
    const headers = wb.getValues("订单!E1:L1")[0];
    const segmentColumn = headers.indexOf(segmentHeader);
    const lastRow = WITH_RETURNS.length;
    const tierRow = wb.getValues(`订单!E${lastRow}:L${lastRow}`)[0];
    expect(tierRow[segmentColumn]).toBe(noPurchase);
    const customerSheet = wb.getValues("客户分级!A1:Z12");
    const column = customerSheet[0].indexOf(segmentHeader);
    const row = customerSheet.find((r) => r[0] === "退货客户");
    expect(row?.[column]).toBe(noPurchase);
    const snap = wb.toSnapshot();
    const segmentsTable = snap.tables.find((t) => t.name === "CT_m1_segments");
    const summaryCells = wb.getValues(`分级汇总!${segmentsTable?.address ?? "A1"}`);
    const summaryRow = summaryCells.find((r) => r[0] === noPurchase);
    expect(summaryRow?.[1]).toBe(1);
    expect(Number(summaryRow?.[4])).toBeLessThan(0); // its value share is negative...
    const segmentsChart = snap.charts.find((c) => c.name === "CT_m1_segments");
    expect(segmentsChart?.valueAxis.minimum).toBe(0); // ...and the axis still starts at 0
    expect(snap.charts.find((c) => c.name === "CT_m1_abc")?.valueAxis.minimum).toBe(0);
  });

  it("is named the same in English", async () => {
    const wb = workbookWith("订单", WITH_RETURNS, FORMATS);
    await run(wb, { options: { language: "en-US" } });
    const lastRow = WITH_RETURNS.length;
    expect(wb.getValues(`订单!E${lastRow}:L${lastRow}`)[0]).toContain("No purchase");
  });
});
