// What DuckDB sums after a backtest's cut (afterCutQuery.ts) against the core's definition
// (afterCut in src/core/backtest/backtest.ts), written the slow obvious way over the file's
// rows: per customer scored at the cut (a used row on or before it), the purchases after it
// (amount > 0, once per order id, else once per day) and the revenue (returns included); the
// customers new after the cut and their revenue; all revenue after the cut.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readTyped } from "../../../src/cli/engine/readTyped";
import { backtestJson } from "../../../src/cli/runBacktest";
import {
  backtestAggregated,
  backtestTyped,
  exactTotals,
  type AfterCutSums,
  type DeepPartial,
  type SegmentOptions,
} from "../../../src/core";
import { tempDir } from "../captureIo";

type Row = [customer: number, day: number, cents: number, order: number];

const day0 = Date.UTC(2024, 0, 1) / 86_400_000;
const iso = (d: number) => new Date((day0 + d) * 86_400_000).toISOString().slice(0, 10);
/** Order ids shared by customers and days; 0 is a blank cell. */
const orderText = (o: number) => (o === 0 ? "" : `o${o}`);

function definition(rows: Row[], cut: number) {
  const scored = new Set(rows.filter(([, d]) => d <= cut).map(([c]) => c));
  const perCustomer = new Map<number, { keys: Set<string>; cents: number }>();
  const newIds = new Set<number>();
  let newCents = 0;
  let totalCents = 0;
  for (const [c, d, cents, o] of rows) {
    if (d <= cut) continue;
    totalCents += cents;
    if (!scored.has(c)) {
      newIds.add(c);
      newCents += cents;
      continue;
    }
    const sums = perCustomer.get(c) ?? { keys: new Set<string>(), cents: 0 };
    perCustomer.set(c, sums);
    sums.cents += cents;
    if (cents > 0) sums.keys.add(o === 0 ? `d${d}` : `o${o}`);
  }
  const customers = [...perCustomer].map(([c, s]) => ({
    id: `C${c}`,
    orders: s.keys.size,
    // Cents are exact integers: the exact sum, rounded once, is this division.
    revenue: s.cents / 100,
  }));
  return {
    customers,
    newCustomers: newIds.size,
    newRevenue: newCents / 100,
    total: totalCents / 100,
  };
}

function sumsOf(a: AfterCutSums) {
  const revenue = exactTotals(a.revenueWhole, a.revenueMillionths);
  const [newRevenue, total] = exactTotals(
    Float64Array.of(a.newWhole, a.totalWhole),
    Float64Array.of(a.newMillionths, a.totalMillionths)
  );
  const customers = a.ids.map((id, g) => ({ id, orders: a.orders[g], revenue: revenue[g] }));
  return { customers, newCustomers: a.newCustomers, newRevenue, total };
}

const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

async function afterSums(file: string, cut: string): Promise<AfterCutSums | undefined> {
  const read = await readTyped(
    { file, engine: "duckdb", encoding: "auto" },
    () => ({}),
    () => true,
    () => ({ purchases: false, backtest: { months: 6, cut } })
  );
  return read?.read.aggregated?.backtest?.after;
}

describe("what DuckDB sums after a backtest's cut", () => {
  const row = fc.tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 20 }),
    fc.oneof(fc.integer({ min: -5_000, max: 500_000 }), fc.constant(0)),
    fc.integer({ min: 0, max: 4 })
  );

  it("is the core's definition, to the last bit", async () => {
    const { dir, cleanup } = tempDir();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          // Medium-sized arrays: a customer's several purchases on each side of the cut.
          fc.array(row, { minLength: 1, maxLength: 120, size: "medium" }),
          fc.integer({ min: 0, max: 20 }),
          async (rows, cut) => {
            const file = join(dir, `orders${run++}.csv`);
            const lines = rows.map(
              ([c, d, cents, o]) => `C${c},${iso(d)},${(cents / 100).toFixed(2)},${orderText(o)}`
            );
            writeFileSync(file, ["customer,date,amount,order", ...lines].join("\n") + "\n");
            const after = await afterSums(file, iso(cut));
            expect(after).toBeDefined();
            const got = sumsOf(after!);
            const want = definition(rows, cut);
            expect({ ...got, customers: byId(got.customers) }).toEqual({
              ...want,
              customers: byId(want.customers),
            });
          }
        ),
        { numRuns: 30 }
      );
    } finally {
      cleanup();
    }
  }, 180_000);

  /** The report from DuckDB's aggregates (the CLI's path) and from its typed rows. */
  async function bothReports(file: string, cut: string, options: DeepPartial<SegmentOptions>) {
    const bt = { months: 6, cut };
    const read = (aggregated: boolean) =>
      readTyped(
        { file, engine: "duckdb", encoding: "auto" },
        () => options,
        () => true,
        () => (aggregated ? { purchases: false, backtest: bt } : null)
      );
    const report = (run: () => string) => {
      try {
        return run();
      } catch (error) {
        return String(error);
      }
    };
    const aggregated = (await read(true))!.read.aggregated!;
    const typed = (await read(false))!.read.sheet!;
    return {
      aggregated: report(() => backtestJson(backtestAggregated(aggregated, options, bt))),
      typed: report(() => backtestJson(backtestTyped(typed, options, bt))),
    };
  }

  it("gives the report the typed rows give, duplicates kept or removed", async () => {
    const { dir, cleanup } = tempDir();
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(row, { minLength: 1, maxLength: 120, size: "medium" }),
          fc.integer({ min: 0, max: 20 }),
          fc.boolean(),
          async (rows, cut, removeDuplicates) => {
            const file = join(dir, `report${run++}.csv`);
            const lines = rows.map(
              ([c, d, cents, o]) => `C${c},${iso(d)},${(cents / 100).toFixed(2)},${orderText(o)}`
            );
            writeFileSync(file, ["customer,date,amount,order", ...lines].join("\n") + "\n");
            const { aggregated, typed } = await bothReports(file, iso(cut), { removeDuplicates });
            expect(aggregated).toBe(typed);
          }
        ),
        { numRuns: 20 }
      );
    } finally {
      cleanup();
    }
  }, 180_000);
});
