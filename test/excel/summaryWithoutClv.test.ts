// A customer summary without first purchase dates gives no customer a CLV (method.md section 4):
// the tier columns, the customer sheet, the summary tables and charts leave the CLV out, and the
// summary sheet says why, instead of an empty column, a CLV-tier table of zeros and an empty chart.
import { formatMessage } from "../../src/core";
import { EN_SUMMARY, run, workbookWith, type Cell } from "./workbookFixtures";

const flat = (rows: Cell[][]): Cell[] => rows.flat();

describe("a customer summary without first purchase dates", () => {
  it("leaves CLV out of every sheet and says why on the summary sheet", async () => {
    const wb = workbookWith("Customers", EN_SUMMARY);
    const outcome = await run(wb, { options: { language: "en-US", asOf: "2024-04-01" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    expect(outcome.result.warnings.map((w) => w.code)).toContain("clvLeftOut");
    expect(wb.getValues("Customers!E1:K1")[0]).toEqual([
      "ABC",
      "R",
      "F",
      "M",
      "RFM code",
      "Segment",
      "Stage",
    ]);
    expect(wb.getValues("Customers!L1:L9").every((r) => r[0] === "")).toBe(true);
    const customerHeaders = wb.getValues("Customer tiers!A1:Z1")[0];
    expect(customerHeaders.filter((h) => /CLV/i.test(String(h)))).toEqual([]);
    const snap = wb.toSnapshot();
    const summary = snap.sheets.find((s) => s.name === "Tier summary");
    const onSummary = (id: string | undefined): boolean => id === summary?.id;
    expect(snap.tables.filter((t) => onSummary(t.sheetId)).map((t) => t.name)).not.toContain(
      "CT_m1_clvTiers"
    );
    expect(snap.charts.filter((c) => onSummary(c.sheetId)).map((c) => c.name)).not.toContain(
      "CT_m1_clvTiers"
    );
    const summaryCells = flat(wb.getValues("Tier summary!A1:J80"));
    expect(summaryCells.filter((v) => /CLV/.test(String(v)))).toEqual([
      formatMessage("warning.clvLeftOut", {}, "en-US"),
    ]);
  });

  it("says it in Chinese in a Chinese run", async () => {
    const wb = workbookWith("Customers", EN_SUMMARY);
    const outcome = await run(wb, { options: { language: "zh-CN", asOf: "2024-04-01" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    const cells = flat(wb.getValues("分级汇总!A1:J80"));
    expect(cells).toContain(formatMessage("warning.clvLeftOut", {}, "zh-CN"));
  });

  it("keeps CLV when the summary has first purchase dates", async () => {
    const withFirst = EN_SUMMARY.map((row, i) => [
      ...row,
      i === 0 ? "First purchase date" : "2023-01-05",
    ]);
    const wb2 = workbookWith("Customers", withFirst);
    const outcome = await run(wb2, { options: { language: "en-US", asOf: "2024-04-01" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    expect(outcome.result.warnings.map((w) => w.code)).not.toContain("clvLeftOut");
    const headers = wb2.getValues("Customers!F1:M1")[0];
    expect(headers).toContain("Revenue CLV");
    expect(Number(wb2.getValues("Customers!L2")[0][0])).toBeGreaterThan(0);
  });
});
