import { formatMessage, label } from "../../../src/core/i18n";
import { segment } from "../../../src/core/segment";
import { matchHeaders } from "../../../src/core/columns/matchHeaders";
import { customerTable } from "../../../src/core";
import { textColumns } from "../../../src/excel/columnWidths";
import type { CellValue } from "../../../src/core/types";
import { probabilisticWarnings } from "../../../src/core/i18n/fitText";
import { pAliveBins, P_ALIVE_BINS } from "../../../src/excel/layout/pAliveBins";
import { probabilisticBlocks } from "../../../src/excel/layout/probabilisticBlocks";
import { safeText } from "../../../src/excel/layout/safeText";
import {
  tierColumnCount,
  tierFormats,
  tierHeaders,
  tierRows,
} from "../../../src/excel/layout/tierColumns";
import { cdnowSheet } from "../../core/pipeline/cdnowInput";

const PROBABILISTIC = { model: "probabilistic" as const };

describe("P(alive) bins", () => {
  it("counts tenths of probability, 1 in the last bin, customers without a figure in none", () => {
    const p = Float64Array.from([0, 0.05, 0.1, 0.5, 0.3, 0.999, 1, NaN]);
    expect(pAliveBins(p)).toEqual([2, 1, 0, 1, 0, 1, 0, 0, 0, 2]);
    expect(pAliveBins(new Float64Array(0))).toEqual(new Array(P_ALIVE_BINS).fill(0));
  });
});

describe("probabilistic summary blocks", () => {
  const result = segment(cdnowSheet("19971231"), { language: "en-US", clv: PROBABILISTIC });

  it("are absent from a simple run", () => {
    const simple = segment(cdnowSheet("19971231"), { language: "en-US" });
    expect(probabilisticBlocks(simple, "en-US")).toEqual([]);
    expect(tierColumnCount(simple)).toBe(8);
  });

  it("are the fit and the P(alive) distribution without a calibration end", () => {
    const blocks = probabilisticBlocks(result, "en-US");
    expect(blocks.map((b) => b.id)).toEqual(["probabilisticFit", "pAlive"]);
    const pAlive = blocks[1].grid;
    const customers = Array.from(result.probabilistic?.pAlive ?? []).filter(Number.isFinite);
    expect(pAlive.rows).toHaveLength(P_ALIVE_BINS);
    expect(pAlive.rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(customers.length);
    expect(pAlive.rows.reduce((s, r) => s + (r[2] as number), 0)).toBeCloseTo(1, 5);
    expect(pAlive.rows[0][0]).toBe(safeText("0–10%"));
    expect(pAlive.rows[9][0]).toBe(safeText("90–100%"));
  });

  it("state the unit beside the fit's times and in the horizon", () => {
    const months = segment(cdnowSheet("19971231"), {
      language: "zh-CN",
      clv: { ...PROBABILISTIC, probabilistic: { unit: "months", purchaseModel: "mbgnbd" } },
    });
    const fit = probabilisticBlocks(months, "zh-CN")[0];
    const items = fit.grid.rows.map((r) => r[0]);
    expect(items).toContain(safeText("alpha（月）"));
    // Items that are not parameters leave the standard error and interval cells empty.
    const item = (name: string, value: string) => [safeText(name), safeText(value), "", "", ""];
    expect(fit.grid.rows).toContainEqual(item("时间单位", "月"));
    expect(fit.grid.rows).toContainEqual(item("购买模型", "MBG/NBD"));
    expect(fit.grid.rows).toContainEqual(item("预测期", "12 个月 = 12.00 月"));
    // Parameter rows: value, standard error, 95% interval around the value.
    const r = fit.grid.rows.find((row) => row[0] === safeText("r"))!;
    const [value, se, low, high] = r.slice(1) as number[];
    expect(se).toBeGreaterThan(0);
    expect(low).toBeLessThan(value);
    expect(high).toBeGreaterThan(value);
    expect(fit.grid.header.slice(2)).toEqual(["标准误", "95% 下限", "95% 上限"]);
  });

  it("list the warnings when the fit fails, and then give no P(alive) block", () => {
    const values: CellValue[][] = [["Customer", "Order date", "Amount"]];
    // Nobody buys twice: the purchase model has nothing to learn a repeat rate from.
    for (let i = 0; i < 30; i++) values.push([`c${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`, 10 + i]);
    const failed = segment({ values }, { language: "en-US", clv: PROBABILISTIC });
    const blocks = probabilisticBlocks(failed, "en-US");
    expect(blocks.map((b) => b.id)).toEqual(["probabilisticFit", "probabilisticNotes"]);
    const notes = blocks[1].grid.rows.map((r) => r[0]);
    expect(notes).toContain(
      // Nobody buying twice leaves the model unidentified: it is not fitted at all (issue 14).
      safeText(formatMessage("warning.probabilisticNotIdentified", { model: "BG/NBD" }, "en-US"))
    );
    expect(notes).toContain(safeText(label("fit.noRepeatCustomers", "en-US")));
    expect(notes.map(String)).toEqual(
      probabilisticWarnings(failed, "en-US").map((n) => safeText(n))
    );
  });

  it("say that a customer summary has no probabilistic CLV", () => {
    const summary = segment(
      {
        values: [
          ["Customer", "Last purchase date", "Frequency", "Monetary"],
          ["Acme", "2024-03-30", 12, 5400],
          ["Globex", "2024-01-15", 3, 800],
        ],
      },
      { language: "zh-CN", clv: PROBABILISTIC }
    );
    expect(summary.probabilistic).toBeNull();
    const blocks = probabilisticBlocks(summary, "zh-CN");
    expect(blocks.map((b) => b.id)).toEqual(["probabilisticNotes"]);
    expect(blocks[0].grid.rows).toEqual([
      [safeText(label("warning.probabilisticNeedsDates", "zh-CN"))],
    ]);
  });
});

describe("probabilistic tier columns", () => {
  const sheet = cdnowSheet("19971231");
  const result = segment(sheet, { language: "en-US", clv: PROBABILISTIC });

  it("add expected purchases, P(alive), P(no purchase) and expected spend before the CLV", () => {
    expect(tierColumnCount(result)).toBe(12);
    expect(tierHeaders(result, "en-US")).toHaveLength(12);
    expect(tierFormats(result)).toEqual([
      "general",
      "integer",
      "integer",
      "integer",
      "integer",
      "general",
      "number", // expected purchases are not money
      "share",
      "share",
      "money",
      "money",
      "general",
    ]);
    const rows = tierRows(result, "en-US", 0, sheet.values.length);
    const p = result.probabilistic;
    if (p === null) throw new Error("no probabilistic result");
    // A customer whose orders were all $0 has no CLV: the cell is then empty.
    const same = (cell: unknown, x: number): void => {
      if (Number.isNaN(x)) expect(cell).toBe("");
      else expect(cell).toBeCloseTo(x, 6);
    };
    for (let i = 1; i < rows.length; i += 97) {
      const k = result.rowCustomer[i];
      expect(rows[i]).toHaveLength(12);
      same(rows[i][6], p.expectedPurchases[k]);
      same(rows[i][7], p.pAlive[k]);
      same(rows[i][8], p.pNoPurchase[k]);
      same(rows[i][9], p.expectedSpend[k]);
      same(rows[i][10], result.clv[k]);
    }
  });

  it("name the CLV by its horizon only when the probabilistic CLV is the one shown", () => {
    const values: CellValue[][] = [["Customer", "Order date", "Amount"]];
    for (let i = 0; i < 30; i++) values.push([`c${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`, 10 + i]);
    const failed = segment({ values }, { language: "en-US", clv: PROBABILISTIC });
    expect(failed.clvModel).toBe("simple");
    expect(tierHeaders(failed, "en-US")[10]).toBe("Revenue CLV");
    const margin = segment(sheet, {
      language: "en-US",
      clv: {
        ...PROBABILISTIC,
        margin: 0.3,
        probabilistic: { horizonMonths: 24, monthlyDiscount: 0.015 },
      },
    });
    expect(tierHeaders(margin, "en-US").slice(6, 11)).toEqual([
      "Exp. purchases (24 mo)",
      "P(alive)",
      "P(no purchase 90 d)",
      "Exp. spend",
      "CLV (24 mo, 1.5%/mo)",
    ]);
  });

  it("are short beside the user's data, in both languages, and never taken for a role", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const headers = tierHeaders(result, language);
      // A header sets its column's width: none wider than 26 Latin characters (a CJK one is two).
      for (const h of headers) expect(textColumns(h)).toBeLessThanOrEqual(26);
      expect(matchHeaders(headers)).toEqual({});
    }
    // The customer sheet keeps the long names.
    const long = customerTable(result, "en-US").columns.map((c) => c.header);
    expect(long).toContain("Expected purchases (next 12 months)");
  });
});
