// Issue 14, "answers that look right and are not": implausible amounts and impossible summaries
// are rejected rows with their reasons, never figures that overflow or "converge".
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { runCli, tempDir } from "./captureIo";

describe("implausible values", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("rejects amounts beyond any currency, so two 1e308 never make Infinity or NaN%", async () => {
    const file = write(
      "huge.csv",
      "customer,date,amount\nA,2024-01-02,1e308\nB,2024-01-03,1e308\nC,2024-01-04,10\nD,2024-01-05,20\n"
    );
    const out = await runCli(["segment", file, "--json"]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.rejected).toEqual([
      expect.objectContaining({ row: 2, column: "C", reason: "implausibleAmount" }),
      expect.objectContaining({ row: 3, column: "C", reason: "implausibleAmount" }),
    ]);
    expect(report.rejected[0].message).toBe(
      "Row 2, column C (amount): 1e308 is beyond any plausible amount (at most 1000000000000000 either way)"
    );
    for (const g of report.summary.abc) {
      expect(Number.isFinite(g.value)).toBe(true);
      expect(Number.isFinite(g.valueShare)).toBe(true);
    }
    const table = await runCli(["segment", file]);
    expect(table.stdout).not.toMatch(/NaN|∞/);
  });

  it("rejects a summary row with more repeat purchases than recency has days", async () => {
    const file = write(
      "summary.csv",
      [
        "customer,frequency,recency,T,monetary",
        "A,1000000,60,60,20",
        "B,2,30.43,38.86,22.35",
        "C,1,0.14,37.29,11.77",
        "D,0,0,38.86,0",
        "E,3,20,38.86,15",
        "F,1,5,30,1e308",
      ].join("\n")
    );
    const out = await runCli(["clv", file, "--unit", "weeks", "--json"]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(report.rejected).toEqual([
      expect.objectContaining({ row: 2, column: "B", reason: "frequencyAboveRecency" }),
      expect.objectContaining({ row: 7, column: "E", reason: "implausibleAmount" }),
    ]);
    expect(report.rejected[0].message).toBe(
      "Row 2, column B (frequency): 1000000 repeat purchases cannot fit in a recency of 60 (420 days)"
    );
    expect(report.customers).toHaveLength(4);
  });
});

describe("options that would silently distort everyone", () => {
  const ORDERS = join(__dirname, "..", "fixtures", "cli", "orders-zh.csv");

  it("refuses a lifespan of 0, which made every CLV 0 and still assigned CLV tiers", async () => {
    const out = await runCli(["segment", ORDERS, "--lifespan", "0"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      "tiering: --lifespan must be above 0 and at most 100 (got 0): a CLV over no time is 0 for everyone\n"
    );
    expect((await runCli(["segment", ORDERS, "--lifespan", "0.5", "--json"])).code).toBe(0);
  });

  it("refuses a CLV horizon of 0", async () => {
    const out = await runCli(["clv", ORDERS, "--horizon", "0"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^tiering: --horizon must be/);
  });
});

describe("dates and as-of dates far from the data", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const orders = [
    "customer,date,amount",
    ...Array.from(
      { length: 12 },
      (_, m) => `C${m % 4},2024-${String(m + 1).padStart(2, "0")}-15,10`
    ),
  ];

  it("rejects a 9999-12-31 date with its row and column; the as-of date stays in 2024", async () => {
    const file = join(dir, "far.csv");
    writeFileSync(file, [...orders, "C9,9999-12-31,50"].join("\n"));
    const out = await runCli(["segment", file, "--json"]);
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.rejected).toEqual([
      expect.objectContaining({ row: 14, column: "B", reason: "dateFarOutside" }),
    ]);
    expect(report.rejected[0].message).toMatch(
      /^Row 14, column B \(date\): the date 9999-12-31 is far outside the data's dates \(plausible from 2014-\d\d-\d\d to 2034-\d\d-\d\d\)$/
    );
    expect(report.asOf).toBe("2024-12-16");
    const zh = await runCli(["segment", file, "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("日期 9999-12-31 远在数据的日期范围之外");
  });

  it("warns when --as-of is years after the last purchase", async () => {
    const file = join(dir, "orders.csv");
    writeFileSync(file, orders.join("\n"));
    const out = await runCli(["segment", file, "--as-of", "2099-01-01"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      "The as-of date 2099-01-01 is 27045 days after the latest purchase in the data (2024-12-15)"
    );
    const json = JSON.parse(
      (await runCli(["segment", file, "--as-of", "2099-01-01", "--json"])).stdout
    ) as JsonReport;
    expect(json.warnings.map((w) => w.code)).toContain("asOfFarFromData");
    const near = await runCli(["segment", file, "--as-of", "2025-01-31"]);
    expect(near.stdout).not.toContain("The as-of date");
  });
});
