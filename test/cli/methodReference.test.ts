// The CLI against an independent reference of docs/method.md (sections 1 to 4), written here from
// the text alone and importing nothing of src/core: per customer R, F, M, the quantile scores,
// the four-segment scheme, ABC by value share, the simple CLV annualised over at least a year
// (3 years, revenue CLV) and the short-history flag. Run on the public CDNOW sample and the R rfm
// orders, every customer must agree. (The held-back bar runs the same kind of reference
// on files that are not in the repository; this is the part the repository can carry.)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { publicDataFile } from "../../data/publicData";
import { runCli, tempDir } from "./captureIo";

interface Order {
  customer: string;
  day: number;
  amount: number;
}

interface Expected {
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  segment: string | null;
  abc: "A" | "B" | "C";
  clv: number | null;
  shortHistory: boolean;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

interface Customer {
  id: string;
  days: Set<number>;
  net: number;
  first: number;
  last: number;
}

/** Section 1 and 3: a purchase is a row with a positive amount; returns lower M only. */
function customersOf(orders: Order[]): Customer[] {
  const by = new Map<string, Customer>();
  for (const o of orders) {
    let c = by.get(o.customer);
    if (!c) {
      c = { id: o.customer, days: new Set(), net: 0, first: Infinity, last: -Infinity };
      by.set(o.customer, c);
    }
    c.net += o.amount;
    if (o.amount > 0) {
      c.days.add(o.day);
      c.first = Math.min(c.first, o.day);
      c.last = Math.max(c.last, o.day);
    }
  }
  return [...by.values()];
}

/** Section 3: score = 1 + floor(5 L / N), L the scored customers strictly worse. */
function quantileScores(values: number[], higherIsBetter: boolean): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  /** How many sorted values are below x (strictly, or also equal to it). */
  const countBelow = (x: number, orEqual: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < x || (orEqual && sorted[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const n = values.length;
  return values.map((v) => {
    // Strictly worse: smaller when higher is better, larger (more days) otherwise.
    const worse = higherIsBetter ? countBelow(v, false) : n - countBelow(v, true);
    return 1 + Math.floor((5 * worse) / n);
  });
}

/** Section 3, four segments, first rule that matches. */
function fourSegment(r: number, f: number, m: number): string {
  if (r >= 4 && f >= 4 && m >= 4) return "High value";
  if (r <= 2 && (f >= 3 || m >= 3)) return "Churn risk";
  if (f <= 2 && m <= 2) return "Low value";
  return "Potential";
}

/** Section 2, by value share: A while the share before is below 80%, B below 95%; ties share. */
function abcClasses(values: number[]): ("A" | "B" | "C")[] {
  const total = values.reduce((s, v) => s + (v > 0 ? v : 0), 0);
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  const out: ("A" | "B" | "C")[] = new Array(values.length).fill("C");
  let before = 0;
  let prev: { value: number; cls: "A" | "B" | "C" } | null = null;
  for (const i of order) {
    const v = values[i];
    let cls: "A" | "B" | "C";
    if (v <= 0) cls = "C";
    else if (prev !== null && prev.value === v) cls = prev.cls;
    else cls = before / total < 0.8 ? "A" : before / total < 0.95 ? "B" : "C";
    out[i] = cls;
    prev = { value: v, cls };
    if (v > 0) before += v;
  }
  return out;
}

function reference(orders: Order[]): Map<string, Expected> {
  const asOf = Math.max(...orders.map((o) => o.day)) + 1;
  const customers = customersOf(orders);
  const buyers = customers.filter((c) => c.days.size > 0);
  const rScores = quantileScores(
    buyers.map((c) => asOf - c.last),
    false
  );
  const fScores = quantileScores(
    buyers.map((c) => c.days.size),
    true
  );
  const mScores = quantileScores(
    buyers.map((c) => c.net),
    true
  );
  const scoreOf = new Map(buyers.map((c, i) => [c.id, [rScores[i], fScores[i], mScores[i]]]));
  const abc = abcClasses(customers.map((c) => c.net));
  const out = new Map<string, Expected>();
  customers.forEach((c, i) => {
    const s = scoreOf.get(c.id);
    const bought = s !== undefined;
    // Section 4: M over the observed years, at least one; lifespan 3; returns beyond purchases 0.
    const years = Math.max(asOf - c.first, 365) / 365;
    out.set(c.id, {
      recencyDays: bought ? asOf - c.last : null,
      // The JSON leaves a customer without a purchase unscored: no F or M figure either.
      frequency: bought ? c.days.size : null,
      monetary: bought ? c.net : null,
      r: s ? s[0] : null,
      f: s ? s[1] : null,
      m: s ? s[2] : null,
      segment: s ? fourSegment(s[0], s[1], s[2]) : null,
      abc: abc[i],
      clv: bought ? (c.net > 0 ? (c.net / years) * 3 : 0) : null,
      shortHistory: bought && asOf - c.first < 90,
    });
  });
  return out;
}

function cdnowOrders(): Order[] {
  const text = readFileSync(publicDataFile("lifetimes/CDNOW_sample.txt"), "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [id, , ymd, , dollars] = l.trim().split(/\s+/);
      const iso = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
      return { customer: String(Number(id)), day: dayOf(iso), amount: Number(dollars) };
    });
}

function rfmOrders(): Order[] {
  const text = readFileSync(publicDataFile("rfm-r/rfm_data_orders.csv"), "utf8");
  return text
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const m = /^"(.*)",(\d{4}-\d{2}-\d{2}),(.*)$/.exec(l.trim());
      if (!m) throw new Error(`unreadable line ${l}`);
      return { customer: m[1], day: dayOf(m[2]), amount: Number(m[3]) };
    });
}

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

async function cliCustomers(orders: Order[]): Promise<JsonReport> {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, "orders.csv");
    const lines = orders.map((o) => `"${o.customer}",${isoOf(o.day)},${o.amount}`);
    writeFileSync(file, ["Customer,Order date,Amount", ...lines].join("\n") + "\n");
    const out = await runCli(["segment", file, "--json", "--lang", "en-US"]);
    expect(out.code).toBe(0);
    return JSON.parse(out.stdout) as JsonReport;
  } finally {
    cleanup();
  }
}

describe.each([
  ["the CDNOW sample", cdnowOrders, 2357],
  ["the R rfm orders", rfmOrders, 995],
] as const)("tiering segment on %s against the method.md reference", (_, read, count) => {
  it("agrees on every customer", async () => {
    const orders = read();
    const expected = reference(orders);
    const report = await cliCustomers(orders);
    expect(report.customers).toHaveLength(count);
    expect(expected.size).toBe(count);
    const mismatches: string[] = [];
    for (const c of report.customers) {
      const e = expected.get(c.customer);
      if (!e) {
        mismatches.push(`${c.customer}: not in the reference`);
        continue;
      }
      const got = {
        recencyDays: c.recencyDays,
        frequency: c.frequency,
        monetary: c.monetary,
        r: c.r,
        f: c.f,
        m: c.m,
        segment: c.segment,
        abc: c.abc,
        clv: c.clv,
        shortHistory: c.shortHistory,
      };
      for (const key of Object.keys(e) as (keyof Expected)[]) {
        const a = got[key];
        const b = e[key];
        const same =
          typeof a === "number" && typeof b === "number"
            ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))
            : a === b;
        if (!same) mismatches.push(`${c.customer} ${key}: CLI ${a}, reference ${b}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
