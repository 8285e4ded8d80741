// The purchases DuckDB aggregates for the probabilistic CLV (purchaseDaysQuery.ts) against their
// definition, written the slow obvious way over the file's rows: per customer the distinct days
// with a purchase (a row that is not a return; $0 orders count), the first and last, the value
// after the first day; and split at a calibration end, the same up to it and the purchases after.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readTyped } from "../../../src/cli/engine/readTyped";
import type { AggregatedPurchases, PurchaseDays } from "../../../src/core";
import { tempDir } from "../captureIo";

type Row = [customer: number, day: number, cents: number];

const day0 = Date.UTC(2024, 0, 1) / 86_400_000;
const iso = (d: number) => new Date((day0 + d) * 86_400_000).toISOString().slice(0, 10);

/** Per customer (in order of first appearance), its purchase days within (after, end]. */
function definition(rows: Row[], after: number, end: number) {
  const order: number[] = [];
  const byCustomer = new Map<number, Map<number, number>>();
  for (const [c, d, cents] of rows) {
    if (!byCustomer.has(c)) {
      order.push(c);
      byCustomer.set(c, new Map());
    }
    if (cents < 0 || d <= after || d > end) continue;
    const days = byCustomer.get(c)!;
    days.set(day0 + d, (days.get(day0 + d) ?? 0) + cents);
  }
  return order.map((c) => {
    const days = byCustomer.get(c)!;
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const total = sorted.reduce((s, d) => s + days.get(d)!, 0);
    const first = sorted.length ? days.get(sorted[0])! : 0;
    return {
      days: sorted.length,
      firstDay: sorted.length ? sorted[0] : NaN,
      lastDay: sorted.length ? sorted[sorted.length - 1] : NaN,
      // Cents are exact integers: the exact sum, rounded once, is this division.
      repeatValue: (total - first) / 100,
      spend: total / 100,
    };
  });
}

const columns = (p: PurchaseDays) =>
  Array.from({ length: p.n }, (_, k) => ({
    days: p.days[k],
    firstDay: p.firstDay[k],
    lastDay: p.lastDay[k],
    repeatValue: p.repeatValue[k],
  }));

async function aggregate(file: string, calibrationEnd: string | null) {
  const read = await readTyped(
    { file, engine: "duckdb", encoding: "auto" },
    () => ({ clv: { probabilistic: { calibrationEnd } } }),
    () => true,
    () => ({ purchases: true })
  );
  return read?.read.aggregated?.aggregates.purchases as AggregatedPurchases;
}

describe("the purchases DuckDB aggregates for the probabilistic CLV", () => {
  const row = fc.tuple(
    fc.integer({ min: 0, max: 9 }),
    fc.integer({ min: 0, max: 40 }),
    fc.oneof(fc.integer({ min: -5_000, max: 500_000 }), fc.constant(0))
  );

  it("are the definition's, to the last bit, with and without a calibration split", async () => {
    const { dir, cleanup } = tempDir();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(row, { minLength: 1, maxLength: 120 }),
          fc.integer({ min: 0, max: 40 }),
          async (rows, cut) => {
            const file = join(dir, `orders${run++}.csv`);
            const lines = rows.map(
              ([c, d, cents]) => `C${c},${iso(d)},${(cents / 100).toFixed(2)}`
            );
            writeFileSync(file, ["customer,date,amount", ...lines].join("\n") + "\n");
            const whole = await aggregate(file, null);
            const all = definition(rows, -Infinity, Infinity);
            expect(whole.calibration).toBeNull();
            expect(columns(whole.all)).toEqual(all.map(({ spend: _, ...p }) => p));
            const split = await aggregate(file, iso(cut));
            const upTo = definition(rows, -Infinity, cut);
            const after = definition(rows, cut, Infinity);
            expect(split.calibration?.endDay).toBe(day0 + cut);
            expect(columns(split.calibration!.upTo)).toEqual(upTo.map(({ spend: _, ...p }) => p));
            expect(Array.from(split.calibration!.after.days)).toEqual(after.map((p) => p.days));
            expect(Array.from(split.calibration!.after.spend)).toEqual(after.map((p) => p.spend));
          }
        ),
        { numRuns: 25 }
      );
    } finally {
      cleanup();
    }
  }, 120_000);
});
