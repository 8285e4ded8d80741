// TIER.RFM against the core's own run on the same transactions, and what it does with bad rows.
import { dayToSerial, isoToDay } from "../../src/core/cells";
import { label } from "../../src/core/i18n";
import type { SegmentResult } from "../../src/core/result";
import { segment } from "../../src/core/segment";
import type { CellValue } from "../../src/core/types";
import { rfm } from "../../src/functions/functions";
import { setHostLanguage } from "../../src/functions/language";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError } from "./cells";

// The R rfm package's orders: customer_id, order_date (yyyy-mm-dd), revenue.
const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");
const orders = rows.slice(1);
/** Excel hands dates to a function as serial numbers (1900 system). */
const serial = (iso: string): number => dayToSerial(isoToDay(iso), 1900);

const customers = column(orders.map((r) => r[0]));
const dates = column(orders.map((r) => serial(r[1])));
const amounts = column(orders.map((r) => Number(r[2])));

const HEADER = [
  "Customer",
  "Recency (days)",
  "Frequency",
  "Monetary",
  "R",
  "F",
  "M",
  "RFM code",
  "Segment",
];

/** The table the core's result describes, customers in the core's order. */
function coreTable(result: SegmentResult): unknown[][] {
  const c = result.customers;
  const out: unknown[][] = [];
  for (let k = 0; k < c.n; k++) {
    out.push([
      c.ids[k],
      c.recencyDays[k],
      c.frequency[k],
      c.monetary[k],
      result.scores.r[k],
      result.scores.f[k],
      result.scores.m[k],
      result.rfmCode[k],
      result.scheme.segments[result.segment[k]].label["en-US"],
    ]);
  }
  return out;
}

afterEach(() => setHostLanguage("en-US"));

describe("TIER.RFM on the R rfm package's orders", () => {
  it("gives the core's customer table, with a header row", async () => {
    const core = segment({ values: rows }, { asOf: "2006-12-31" });
    expect(core.counts.rejected).toBe(0);
    const out = await rfm(customers, dates, amounts, undefined, "2006-12-31");
    expect(out[0]).toEqual(HEADER);
    expect(out.slice(1, -1)).toEqual(coreTable(core));
    expect(out).toHaveLength(997);
    expect(out[996][0]).toBe("Rows read 4906: used 4906, rejected 0, blank 0; customers 995");
  });

  it("counts recency to the day after the latest date when as_of is left out", async () => {
    const core = segment({ values: rows }, {});
    expect((await rfm(customers, dates, amounts)).slice(1, -1)).toEqual(coreTable(core));
  });

  it("takes as_of as a date serial as well as text", async () => {
    const text = await rfm(customers, dates, amounts, undefined, "2006-12-31");
    expect(await rfm(customers, dates, amounts, undefined, serial("2006-12-31"))).toEqual(text);
  });
});

describe("TIER.RFM rows", () => {
  const small: CellValue[][] = [
    ["c1", "2024-01-05", 100, "o1"],
    ["c1", "2024-01-05", 50, "o2"],
    ["c2", "2024-01-20", 80, "o3"],
    ["c3", "2024-02-01", 300, "o4"],
    ["c1", "2024-02-10", -30, "o5"],
    ["c4", "2024-02-11", 70, "o6"],
  ];
  const col = (k: number, values = small): unknown[][] => column(values.map((r) => r[k]));
  const core = (values: CellValue[][], orderIds: boolean, asOf: string | null = null) => {
    const width = orderIds ? 4 : 3;
    const header = ["customer", "date", "amount", "order id"].slice(0, width);
    return segment({ values: [header, ...values.map((r) => r.slice(0, width))] }, { asOf });
  };

  it("counts distinct orders when order ids are given, distinct days otherwise", async () => {
    const withIds = await rfm(col(0), col(1), col(2), col(3));
    const without = await rfm(col(0), col(1), col(2));
    // c1 bought twice on 5 January (two orders) and returned goods on 10 February, which is no
    // purchase: recency counts from 5 January to the day after the latest date (12 February).
    expect(withIds[1].slice(0, 4)).toEqual(["c1", 38, 2, 120]);
    expect(without[1].slice(0, 4)).toEqual(["c1", 38, 1, 120]);
    expect(withIds.slice(1, -1)).toEqual(coreTable(core(small, true)));
  });

  it("leaves a rejected row out of its customer's figures and reports it, as Segment does", async () => {
    const bad = small.map((r) => [...r]);
    bad[1][2] = "fifty";
    const out = await rfm(col(0, bad), col(1, bad), col(2, bad), col(3, bad));
    const rest = small.filter((_, i) => i !== 1);
    expect(out.slice(1, -1)).toEqual(coreTable(core(rest, true)));
    expect(out[1].slice(0, 4)).toEqual(["c1", 38, 1, 70]);
    const footer = out[out.length - 1];
    expect(footer[0]).toBe("Rows read 6: used 5, rejected 1, blank 0; customers 4");
    expect(footer[1]).toContain("Row 2");
    expect(footer[1]).toContain('"fifty"');
  });

  it("scores the customers Segment scores: one whose rows were all rejected is not one", async () => {
    const bad = [...small, ["c9", "not a date", 10, "o9"]];
    const out = await rfm(col(0, bad), col(1, bad), col(2, bad));
    expect(out.map((r) => r[0]).slice(1, -1)).toEqual(["c1", "c2", "c3", "c4"]);
    expect(out[out.length - 1][1]).toContain("not a date");
  });

  it("leaves rows after as_of out of the window, as Segment does", async () => {
    const out = await rfm(col(0), col(1), col(2), col(3), "2024-02-01");
    expect(out.map((r) => r[0]).slice(0, -1)).toEqual(["Customer", "c1", "c2", "c3"]);
    expect(out.slice(1, -1)).toEqual(coreTable(core(small, true, "2024-02-01")));
  });

  it("reports a transaction without a customer and lists the rest", async () => {
    const bad = small.map((r) => [...r]);
    bad[3][0] = "";
    const out = await rfm(col(0, bad), col(1, bad), col(2, bad), col(3, bad));
    expect(out[0]).toEqual(HEADER);
    expect(out[out.length - 1][1]).toContain("Row 4");
    const withoutRow = small.filter((_, i) => i !== 3);
    expect(out.slice(1, -1)).toEqual(coreTable(core(withoutRow, true)));
  });

  it("recognises a header row at the top of the ranges", async () => {
    const withHeader = [["Customer", "Order date", "Amount", "Order id"], ...small];
    const out = await rfm(
      col(0, withHeader),
      col(1, withHeader),
      col(2, withHeader),
      col(3, withHeader)
    );
    expect(out.slice(1, -1)).toEqual(coreTable(core(small, true)));
    expect(out[out.length - 1][0]).toBe("Rows read 6: used 6, rejected 0, blank 0; customers 4");
  });

  it("shows a customer with returns only as the customer sheet does: no purchase", async () => {
    const returns = [...small, ["c8", "2024-02-05", -40, "o8"]];
    const out = await rfm(col(0, returns), col(1, returns), col(2, returns), col(3, returns));
    const c8 = out.find((r) => r[0] === "c8");
    expect(c8).toEqual(["c8", "", "", "", "", "", "", "", "No purchase"]);
  });

  it("gives only the header while the ranges are still empty", async () => {
    const empty = column(["", "", ""]);
    expect(await rfm(empty, empty, empty)).toEqual([HEADER]);
  });

  it("names the argument whose length differs, and a bad as_of", async () => {
    expectCallError(
      await rfm(col(0), col(1), column([1, 2])),
      "amounts has 2 rows",
      "customers has 6"
    );
    expectCallError(await rfm(col(0), col(1), col(2), col(3), "soon"), '"soon"', "as_of");
  });

  it("speaks the host's language", async () => {
    setHostLanguage("zh-CN");
    const out = await rfm(col(0), col(1), col(2));
    const keys = [
      "customer",
      "recencyDays",
      "frequency",
      "monetary",
      "r",
      "f",
      "m",
      "rfmCode",
    ] as const;
    expect(out[0]).toEqual(
      [...keys, "segment" as const].map((key) => label(`col.${key}`, "zh-CN"))
    );
    expect(out[0][0]).not.toBe(HEADER[0]);
    const segments = core(small, false).scheme.segments.map((s) => s.label["zh-CN"]);
    for (const line of out.slice(1, -1)) expect(segments).toContain(line[8]);
  });
});
