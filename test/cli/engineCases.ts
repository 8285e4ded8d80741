// The files and settings the engine tests (engines*.test.ts) run through `--engine core` and
// `--engine duckdb`: every file the CLI tests read (the fixtures, the public data, the held-out
// test tables, broken rows, GBK and other encodings, line-ending and quoting variants). The runs
// are in three groups, each its own test file, so that jest's workers share them.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { Random } from "../../data/generate/random";
import { toCsv } from "../../data/generate/toCsv";
import { testTables } from "../core/sql/sqlTables";
import { FIXTURES, runCli, tempDir } from "./captureIo";

const PUBLIC = join(__dirname, "..", "..", "data", "public");

export interface Case {
  name: string;
  file: string;
  /** DuckDB must take it (a transactions file whose columns the first rows name). */
  typed: boolean;
}

const ORDERS_ZH = readFileSync(join(FIXTURES, "orders-zh.csv"), "utf8");

/** Rows that break in every way a reader can: ragged, blank, quoted breaks, errors, far dates. */
const BROKEN = [
  "customer,date,amount,order,note",
  "A,2024-01-05,10,o1",
  "",
  "B,2024-01-06,(12.50),o2,x,extra,cells",
  '"C, Ltd","2024年2月1日","¥1,234.50",o3,"two',
  'lines"',
  "  ,2024-01-07,5,o4",
  "#N/A,2024-01-08,5,o5",
  "D,5/1/2024,5,o6",
  "D,13/1/2024,5,o7",
  "D,2024-02-30,5,o8",
  "E,2024-03-01,#VALUE!,o9",
  "E,2024-03-02,,o10",
  "E,2024-03-03,1e999,o11",
  "F,9999-12-31,5,o12",
  "A,2024-01-05,10,o1",
  "A,2024-01-05,10,o1",
  " , , , ",
  "G,2024-03-05,-20,o13",
  "G,2024-03-06,0,",
  "H,2024-03-07,30,",
  "H,2024-03-07,30,",
  "",
  "",
].join("\n");

/**
 * What aggregating to customers in SQL must count as the core does (method.md section 3):
 * same-day orders with and without order ids, returns and a refunds-only customer, text money,
 * equal totals added in another order (a tie), a blank profit (unknown), a strategic value and a
 * name first given on a later row, duplicates, a broken row and a far date.
 */
const TRICKY = [
  "客户编号,客户名称,订单日期,订单号,金额,利润,战略价值",
  "A,,2024-01-05,,0.1,1,",
  "A,甲公司,2024-01-05,,0.2,1,3",
  "A,,2024-01-05,o1,0.3,1,4",
  "A,,2024-01-05,o1,0.3,1,4",
  "B,乙,2024-01-06,o2,0.3,2,",
  "B,乙,2024-01-07,o3,0.2,2,",
  "B,乙,2024-01-09,o4,0.1,2,",
  "C,丙,2024-01-06,o5,-50,,1",
  "C,丙,2024-01-08,o6,(20.00),-1,1",
  'D,丁,2024年2月1日,o7,"¥1,234.50",100,2',
  "D,丁,2024-02-03,o8,-234.5,-10,2",
  "D,丁,2024-02-09,o9,1000,50,2",
  "D,丁,2024-02-09,o9,1000,50,2",
  "E,戊,2024-02-10,o10,lots,1,1",
  "E,戊,2024-02-11,o11,17.25,1,1",
  "F,己,9999-12-31,o12,5,1,1",
  "G,庚,2024-02-12,,12.345678,0.5,",
  "G,庚,2024-02-20,,0.000001,0.5,",
  "G,庚,2024-03-20,,3,,",
  // A database's NULL marks: no name (the next one is the customer's), no order id (two
  // purchases), an unknown profit; as a customer, a rejected row.
  "H,\\N,2024-02-13,\\N,5,1,1",
  "H, NULL ,2024-02-14,NULL,6,\\N,1",
  "H,辛,2024-02-15,o13,7,NULL ,1",
  "\\N,壬,2024-02-16,o14,8,1,1",
].join("\n");

/**
 * Sums and counts SQL forms its own way (issue 19): amounts to the millionth, large and negative
 * ones, 30 a customer in no order (the exact sums); order ids on several days and shared by
 * customers, blank ids on days of their own and on days with ids (F); uneven gaps between
 * purchase days, weeks apart, so the median gap moves the lifecycle stages.
 */
function manyMillionths(rows: number, seed: number): string {
  const random = new Random(seed);
  const lines = ["customer,date,amount,order,profit"];
  const day = (d: number) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
  for (let k = 0; k < rows; k++) {
    const micro = random.int(-2_000_000, 50_000_000) * (random.chance(0.01) ? 1e7 : 1);
    const amount = (micro / 1e6).toFixed(6);
    const order = random.chance(0.1) ? "" : `o${random.int(1, rows / 4)}`;
    const profit = random.chance(0.05) ? "" : (random.int(-1e6, 9e6) / 1e6).toFixed(6);
    lines.push(`C${random.int(1, 200)},${day(random.int(0, 700))},${amount},${order},${profit}`);
  }
  return lines.join("\n");
}

/**
 * A backtest cut at 2024-01-31 (a run below) whose run at the cut reads its rows otherwise than
 * the whole file does: its own date window, drawn from its days alone, rejects the 2000 row the
 * whole file's accepts (so A is new after the cut), and it finds its own duplicate.
 */
const WINDOW_AT_CUT = [
  "customer,date,amount,order",
  "A,2000-01-01,10,a0",
  "B,2024-01-05,15,b1",
  "B,2024-01-05,15,b1",
  "B,2024-01-10,5,",
  "C,2024-01-11,7,c1",
  "C,2024-01-20,8,c2",
  "D,2024-01-15,9,",
  "E,2024-01-25,3,e1",
  "A,2030-05-01,20,a1",
  "B,2035-01-01,30,b2",
  "C,2040-01-01,1,",
  "D,2045-06-01,-2,",
  "E,2050-01-01,4,e2",
  "F,2055-01-01,6,f1",
  "G,2060-01-01,5,",
].join("\n");

export function writeCases(dir: string): Case[] {
  const cases: Case[] = [];
  const add = (name: string, content: string | Buffer, typed: boolean): void => {
    const file = join(dir, name);
    writeFileSync(file, content);
    cases.push({ name, file, typed });
  };
  for (const f of readdirSync(FIXTURES))
    cases.push({ name: f, file: join(FIXTURES, f), typed: f.startsWith("orders") });
  for (const sub of ["lifetimes", "rfm-r"])
    for (const f of readdirSync(join(PUBLIC, sub)).filter((x) => /\.(csv|txt)$/.test(x)))
      cases.push({ name: f, file: join(PUBLIC, sub, f), typed: f === "rfm_data_orders.csv" });
  for (const [i, t] of testTables().entries())
    add(`table${i}.csv`, Papa.unparse(t.rows, { newline: "\n" }), true);
  add("generated.csv", toCsv(generateTransactions(3000, 11)), true);
  add("millionths.csv", manyMillionths(6000, 5), true);
  // Whole parts past 2^53 for one customer (ten amounts near the 1e15 limit): DuckDB sums them as
  // integers, the core must round where DuckDB does, whatever the rows' order.
  const huge = ["999999999999999.5", "-1", "999999999999999", "0.75", "999999999999997.25", "1"];
  const hugeRows = Array.from({ length: 26 }, (_, i) => huge[i % huge.length]);
  add(
    "huge-amounts.csv",
    [
      "customer,date,amount,order",
      ...hugeRows.map((a, i) => `A,2024-01-${String(1 + i).padStart(2, "0")},${a},a${i}`),
      ...[...hugeRows]
        .reverse()
        .map((a, i) => `B,2024-02-${String(1 + i).padStart(2, "0")},${a},b${i}`),
    ].join("\n") + "\n",
    true
  );
  add("broken.csv", BROKEN, true);
  add("tricky.csv", TRICKY, true);
  add("window-at-cut.csv", WINDOW_AT_CUT, true);
  add("tricky-gbk.csv", iconv.encode(TRICKY, "gbk"), true);
  add("broken-crlf.csv", BROKEN.replace(/\n/g, "\r\n"), true);
  add(
    "lone-cr.csv",
    "customer,date,amount\rA,2024-01-01,10\r\nB,2024-01-02,20\nC,2024-01-03,5\r",
    true
  );
  add("sep-line.csv", "sep=;\ncustomer;date;amount\nA;2024-01-01;10,5\nB;2024-01-02;20\n", true);
  add("bom.csv", "\ufeff" + ORDERS_ZH, true);
  add("gbk.csv", iconv.encode(ORDERS_ZH.replace("¥", "￥"), "gbk"), true);
  add("gbk-broken.csv", iconv.encode(BROKEN.replace("C, Ltd", "客户丙"), "gbk"), true);
  add(
    "utf16.csv",
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ORDERS_ZH, "utf-16le")]),
    true
  );
  add("tabs.csv", ORDERS_ZH.replace(/,(?=[^"]*(?:"[^"]*"[^"]*)*$)/gm, "\t"), true);
  add(
    "all-rejected.csv",
    "customer,date,amount\nA,someday,10\nB,2024-01-02,lots\n,2024-01-03,5\n",
    true
  );
  add("no-rows.csv", "customer,date,amount\n", false);
  return cases;
}

/** Runs of the rule-based tiers: scorings, duplicates, as-of, language, cell readings. */
export const SEGMENT_RUNS: string[][] = [
  ["segment", "--json"],
  ["segment", "--json", "--remove-duplicates", "--scoring", "rfm-r"],
  ["segment", "--json", "--as-of", "2024-03-02", "--lang", "zh-CN"],
  ["segment", "--json", "--date-order", "dmy", "--decimal-comma"],
];

/** Runs of the probabilistic CLV, in segment and clv. */
export const MODEL_RUNS: string[][] = [
  // The probabilistic CLV's purchase days aggregated by DuckDB for segment (its aggregated path),
  // with its intervals, and split at a calibration end with another model and unit.
  ["segment", "--json", "--clv-model", "probabilistic"],
  [
    ...["segment", "--json", "--clv-model", "probabilistic", "--calibration-end", "2024-02-01"],
    ...["--model", "pnbd", "--unit", "days", "--interval-draws", "0", "--remove-duplicates"],
  ],
  ["clv", "--json"],
  // The purchases DuckDB aggregates for the models: split at a calibration end, to an as-of
  // date past the data, with duplicates removed, by first-purchase cohort.
  ["clv", "--json", "--calibration-end", "2024-02-01", "--interval-draws", "0"],
  [
    ...["clv", "--json", "--as-of", "2024-12-31", "--unit", "days", "--remove-duplicates"],
    ...["--group", "cohort", "--interval-draws", "0"],
  ],
];

/** Runs of the backtest. */
export const BACKTEST_RUNS: string[][] = [
  // DuckDB aggregates the rows up to the cut and sums those after it (duckBacktest.ts): the
  // default cut, a given one, the probabilistic CLV's purchases, duplicates removed.
  ["backtest", "--json"],
  ["backtest", "--json", "--months", "1"],
  ["backtest", "--json", "--cut", "2024-01-31", "--lang", "zh-CN"],
  ["backtest", "--json", "--clv-model", "probabilistic", "--remove-duplicates"],
];

/** The cases, written to a folder of their own before the test file's tests, removed after. */
export function casesOfThisFile(): { dir: string; cases: Case[] } {
  const files = { dir: "", cases: [] as Case[] };
  let cleanup = (): void => undefined;
  beforeAll(() => {
    ({ dir: files.dir, cleanup } = tempDir());
    files.cases = writeCases(files.dir);
  });
  afterAll(() => cleanup());
  return files;
}

/**
 * Every file through each run under both engines: the same JSON, exit code and messages. Files
 * DuckDB leaves to the core take the same path under both settings: the first run shows it.
 */
export function sameOutputForEveryFile(runs: string[][]): void {
  const files = casesOfThisFile();

  it.each(runs.map((run) => [run.join(" "), run]))(
    "%s",
    async (_, run) => {
      const [command, ...flags] = run;
      for (const c of files.cases) {
        if (!c.typed && run !== SEGMENT_RUNS[0]) continue;
        const core = await runCli([command, c.file, ...flags, "--engine", "core"]);
        const duck = await runCli([command, c.file, ...flags, "--engine", "duckdb"]);
        expect([c.name, command, ...flags, duck]).toEqual([c.name, command, ...flags, core]);
      }
    },
    300_000
  );
}
