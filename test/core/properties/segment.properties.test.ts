// Properties of segment() over random small transaction tables with garbage cells mixed in
// (method.md sections 1-3): every row is accounted for, scores stay in range, equal values get
// equal scores, row order does not matter, and a customer whose value drops never moves up in ABC.
import fc from "fast-check";
import type { DeepPartial, RfmScoring, SchemeId, SegmentOptions } from "../../../src/core/options";
import type { SegmentResult } from "../../../src/core/result";
import { segment } from "../../../src/core/segment";
import type { AbcMode, CellValue } from "../../../src/core/types";
import { isBlankRow, Table, tables } from "./transactionTables";

const RUNS = { numRuns: 200 };
const scorings = fc.constantFrom<RfmScoring>("quantile", "fixed", "rfm-r");
const schemes = fc.constantFrom<SchemeId>("value-tiers", "four", "eight", "named");

function run(table: Table, options: DeepPartial<SegmentOptions> = {}): SegmentResult {
  return segment({ values: table.values }, options);
}

/** Per customer id: R, F, M scores and segment id (null without a purchase). */
function scoresById(res: SegmentResult): Map<string, [number, number, number, string | null]> {
  const out = new Map<string, [number, number, number, string | null]>();
  res.customers.ids.forEach((id, k) => {
    const seg = res.segment[k];
    out.set(id, [
      res.scores.r[k],
      res.scores.f[k],
      res.scores.m[k],
      seg < 0 ? null : res.scheme.segments[seg].id,
    ]);
  });
  return out;
}

describe("segment() properties over random tables with garbage cells", () => {
  it("accounts for every row: each data row is used, rejected or blank, exactly once", () => {
    fc.assert(
      fc.property(tables, (table) => {
        const res = run(table);
        const data = table.values.length - 1;
        const c = res.counts;
        expect(c.input).toBe(data);
        expect(c.used + c.rejected + c.blank).toBe(data);
        expect(c.blank).toBe(table.values.slice(1).filter(isBlankRow).length);

        // Sheet row numbers: the header is row 1, so data rows are 2..data+1.
        const rejectedRows = res.rejected.map((r) => r.row);
        expect(new Set(rejectedRows).size).toBe(rejectedRows.length);
        for (const row of rejectedRows) expect(row >= 2 && row <= data + 1).toBe(true);
        for (let i = 1; i <= data; i++) {
          const used = res.rowCustomer[i] >= 0;
          const rejected = rejectedRows.includes(i + 1);
          const blank = isBlankRow(table.values[i]);
          expect([used, rejected, blank].filter(Boolean)).toHaveLength(1);
        }
      }),
      RUNS
    );
  });

  it("keeps scores in 1..5, and 0 with no segment only for customers without a purchase", () => {
    fc.assert(
      fc.property(tables, scorings, schemes, (table, scoring, scheme) => {
        const res = run(table, { rfm: { scoring }, scheme });
        for (let k = 0; k < res.customers.n; k++) {
          const scores = [res.scores.r[k], res.scores.f[k], res.scores.m[k]];
          if (res.customers.hasPurchase[k] === 1) {
            for (const s of scores) expect(s >= 1 && s <= 5).toBe(true);
            expect(res.segment[k]).toBeGreaterThanOrEqual(0);
          } else {
            expect(scores).toEqual([0, 0, 0]);
            expect(res.segment[k]).toBe(-1);
          }
        }
      }),
      RUNS
    );
  });

  it("gives equal values equal scores, and never a better score to a worse value", () => {
    fc.assert(
      fc.property(tables, scorings, (table, scoring) => {
        const res = run(table, { rfm: { scoring } });
        const c = res.customers;
        const buyers = c.ids.map((_, k) => k).filter((k) => c.hasPurchase[k] === 1);
        for (const a of buyers) {
          for (const b of buyers) {
            // R: fewer days is better; F and M: more is better.
            if (c.recencyDays[a] === c.recencyDays[b])
              expect(res.scores.r[a]).toBe(res.scores.r[b]);
            if (c.recencyDays[a] < c.recencyDays[b])
              expect(res.scores.r[a]).toBeGreaterThanOrEqual(res.scores.r[b]);
            if (c.frequency[a] === c.frequency[b]) expect(res.scores.f[a]).toBe(res.scores.f[b]);
            if (c.frequency[a] > c.frequency[b])
              expect(res.scores.f[a]).toBeGreaterThanOrEqual(res.scores.f[b]);
            if (c.monetary[a] === c.monetary[b]) expect(res.scores.m[a]).toBe(res.scores.m[b]);
            if (c.monetary[a] > c.monetary[b])
              expect(res.scores.m[a]).toBeGreaterThanOrEqual(res.scores.m[b]);
          }
        }
      }),
      RUNS
    );
  });

  it("scores by 1 + floor(5 L / N) in quantile mode, L counting strictly worse buyers", () => {
    fc.assert(
      fc.property(tables, (table) => {
        const res = run(table);
        const c = res.customers;
        const buyers = c.ids.map((_, k) => k).filter((k) => c.hasPurchase[k] === 1);
        const n = buyers.length;
        const expected = (worse: (j: number) => boolean) =>
          1 + Math.floor((5 * buyers.filter(worse).length) / n);
        for (const k of buyers) {
          expect(res.scores.r[k]).toBe(expected((j) => c.recencyDays[j] > c.recencyDays[k]));
          expect(res.scores.f[k]).toBe(expected((j) => c.frequency[j] < c.frequency[k]));
          expect(res.scores.m[k]).toBe(expected((j) => c.monetary[j] < c.monetary[k]));
        }
      }),
      RUNS
    );
  });

  it("gives every customer the same R, F, M scores and segment whatever the row order", () => {
    const shuffled = tables.chain((table) => {
      const rows = table.values.slice(1);
      const order = fc.shuffledSubarray(
        rows.map((_, i) => i),
        { minLength: rows.length, maxLength: rows.length }
      );
      return fc.tuple(
        fc.constant(table),
        order.map((o) => [table.values[0], ...o.map((i) => rows[i])])
      );
    });
    fc.assert(
      fc.property(shuffled, scorings, schemes, ([table, values], scoring, scheme) => {
        const options = { rfm: { scoring }, scheme };
        const before = scoresById(run(table, options));
        const after = scoresById(run({ ...table, values }, options));
        expect(after).toEqual(before);
      }),
      RUNS
    );
  });

  it("never moves a customer to a better ABC class when its value drops", () => {
    const modes = fc.constantFrom<AbcMode>("value", "count", "absolute");
    const drop = fc.integer({ min: 1, max: 1_000_000 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(tables, modes, fc.nat(), drop, (table, mode, pick, refund) => {
        const options = { abc: { mode, absoluteCuts: [2000, 500] as [number, number] } };
        const res = run(table, options);
        // A return on a day the customer already has a row: it lowers M and changes nothing else.
        const usedRows = res.rowCustomer.reduce<number[]>(
          (rows, k, i) => (k >= 0 ? [...rows, i] : rows),
          []
        );
        const source = table.values[usedRows[pick % usedRows.length]];
        const k = res.rowCustomer[usedRows[pick % usedRows.length]];
        const refundRow: CellValue[] = [source[0], source[1], -refund, "RETURN"].slice(
          0,
          source.length
        );
        const lower = run({ ...table, values: [...table.values, refundRow] }, options);
        const k2 = lower.customers.ids.indexOf(res.customers.ids[k]);
        expect(lower.customers.monetary[k2]).toBeLessThan(res.customers.monetary[k]);
        // Class index 0 = A, 1 = B, 2 = C: it may only grow.
        expect(lower.abc.cls[k2]).toBeGreaterThanOrEqual(res.abc.cls[k]);
      }),
      RUNS
    );
  });
});
