// Issue 19: DuckDB under the CLI gives the core's answer. Every file the CLI tests read (the
// fixtures, the public data, the held-out test tables, broken rows, GBK and other encodings,
// line-ending and quoting variants) runs through `--engine core` and `--engine duckdb`, and the
// JSON (or the written CSV), the exit code and the messages must be byte for byte the same.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { Random } from "../../data/generate/random";
import { toCsv } from "../../data/generate/toCsv";
import { readTyped } from "../../src/cli/engine/readTyped";
import { testTables } from "../core/sql/sqlTables";
import { FIXTURES, runCli, tempDir } from "./captureIo";

const PUBLIC = join(__dirname, "..", "..", "data", "public");

interface Case {
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

function writeCases(dir: string): Case[] {
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

const RUNS: string[][] = [
  ["segment", "--json"],
  ["segment", "--json", "--remove-duplicates", "--scoring", "rfm-r"],
  ["segment", "--json", "--as-of", "2024-03-02", "--lang", "zh-CN"],
  ["segment", "--json", "--date-order", "dmy", "--decimal-comma"],
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
  // DuckDB aggregates the rows up to the cut and sums those after it (duckBacktest.ts): the
  // default cut, a given one, the probabilistic CLV's purchases, duplicates removed.
  ["backtest", "--json"],
  ["backtest", "--json", "--months", "1"],
  ["backtest", "--json", "--cut", "2024-01-31", "--lang", "zh-CN"],
  ["backtest", "--json", "--clv-model", "probabilistic", "--remove-duplicates"],
];

describe("--engine duckdb gives the core's output", () => {
  let dir: string;
  let cleanup: () => void;
  let cases: Case[];
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    cases = writeCases(dir);
  });
  afterAll(() => cleanup());

  it("DuckDB reads every transactions file (and leaves summaries to the core)", async () => {
    for (const c of cases) {
      const read = await readTyped(
        { file: c.file, engine: "duckdb", encoding: "auto" },
        () => ({}),
        () => true
      );
      expect([c.name, read !== null]).toEqual([c.name, c.typed]);
    }
  }, 120_000);

  it("the same JSON, exit code and messages for every file and settings", async () => {
    for (const c of cases) {
      // Files DuckDB leaves to the core take the same path under both settings: one run shows it.
      for (const [command, ...flags] of c.typed ? RUNS : RUNS.slice(0, 1)) {
        const core = await runCli([command, c.file, ...flags, "--engine", "core"]);
        const duck = await runCli([command, c.file, ...flags, "--engine", "duckdb"]);
        expect([c.name, command, ...flags, duck]).toEqual([c.name, command, ...flags, core]);
      }
    }
  }, 600_000);

  it("the same customer CSV from --out, with either CLV model", async () => {
    for (const c of cases.filter((x) => x.typed)) {
      for (const model of ["simple", "probabilistic"]) {
        const outs = [];
        for (const engine of ["core", "duckdb"]) {
          const out = join(dir, `out-${engine}.csv`);
          const flags = ["--clv-model", model, "--out", out, "--quiet", "--engine", engine];
          const run = await runCli(["segment", c.file, ...flags]);
          outs.push(run.code === 0 ? readFileSync(out, "utf8") : `exit ${run.code}`);
        }
        expect([c.name, model, outs[1]]).toEqual([c.name, model, outs[0]]);
      }
    }
  }, 600_000);
});

describe("Parquet files", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  async function toParquet(csv: string, parquet: string, typed: boolean): Promise<void> {
    const { openDuck, q } = await import("../../src/cli/engine/duckRows");
    const duck = await openDuck();
    try {
      const select = typed
        ? `SELECT "客户编号", "客户名称", CAST("订单日期" AS DATE) AS "订单日期", "订单号", CAST("金额" AS DOUBLE) AS "金额"`
        : "SELECT *";
      await duck.c.run(
        `COPY (${select} FROM read_csv(${q(csv)}, header = true, all_varchar = true)) TO ${q(parquet)} (FORMAT parquet)`
      );
    } finally {
      duck.close();
    }
  }

  it("reads text and typed (DATE, DOUBLE) columns to the tiers of the same rows as CSV", async () => {
    const csv = join(dir, "orders.csv");
    writeFileSync(csv, toCsv(generateTransactions(2000, 5)));
    const fromCsv = await runCli(["segment", csv, "--json", "--engine", "duckdb"]);
    expect(fromCsv.code).toBe(0);
    // The backtest's aggregates too: the head's days, the rows up to the cut and after it.
    const backtestCsv = await runCli(["backtest", csv, "--json", "--engine", "duckdb"]);
    expect(backtestCsv.code).toBe(0);
    for (const typed of [false, true]) {
      const parquet = join(dir, `orders-${typed}.parquet`);
      await toParquet(csv, parquet, typed);
      const out = await runCli(["segment", parquet, "--json"]);
      expect([typed, out.stderr, out.code]).toEqual([typed, "", 0]);
      expect(JSON.parse(out.stdout)).toEqual(JSON.parse(fromCsv.stdout));
      const backtest = await runCli(["backtest", parquet, "--json"]);
      expect([typed, backtest.stderr, backtest.stdout]).toEqual([typed, "", backtestCsv.stdout]);
    }
  }, 120_000);

  it("gives what the core says of the same cells where DuckDB's typed reading declines", async () => {
    // A Parquet file the typed path left to the core's reader was once "neither a CSV nor an
    // XLSX file": no rows, no customer column, CLV groups by a column, a customer summary.
    const files: [string, string, string[]][] = [
      ["no-rows", "customer,date,amount\n", ["segment"]],
      ["no-customer", "date,amount\n2024-01-05,10\n2024-02-05,20\n", ["segment"]],
      [
        "groups",
        "customer,date,amount,channel\nA,2024-01-05,10,web\nB,2024-02-05,20,shop\nA,2024-03-01,5,web\n",
        ["clv", "--group", "channel", "--interval-draws", "0"],
      ],
      [
        "summary",
        "customer,frequency,recency,T,monetary_value\nA,2,30,60,10\nB,0,0,40,0\n",
        ["clv"],
      ],
    ];
    for (const [name, text, args] of files) {
      const csv = join(dir, `${name}.csv`);
      writeFileSync(csv, text);
      const parquet = join(dir, `${name}.parquet`);
      await toParquet(csv, parquet, false);
      const fromCsv = await runCli([...args, csv, "--json"]);
      const fromParquet = await runCli([...args, parquet, "--json"]);
      expect([name, fromParquet.code, fromParquet.stdout]).toEqual([
        name,
        fromCsv.code,
        fromCsv.stdout,
      ]);
      expect(fromParquet.stderr).toBe(fromCsv.stderr.split(csv).join(parquet));
    }
  }, 120_000);

  it("says --engine core cannot read Parquet", async () => {
    const csv = join(dir, "small.csv");
    writeFileSync(csv, "customer,date,amount\nA,2024-01-01,10\n");
    const parquet = join(dir, "small.parquet");
    await toParquet(csv, parquet, false);
    const out = await runCli(["segment", parquet, "--engine", "core"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("is a Parquet file, which only DuckDB reads");
  }, 60_000);
});

describe("past Excel's rows", () => {
  it("reads more rows than a sheet holds, where --engine core refuses them", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "long.csv");
      const rows = 1_048_577;
      const lines = ["customer,date,amount"];
      // 14 bytes a row: the file (14.7 MB) is under auto's size for the core's reader.
      for (let i = 0; i < rows; i++) lines.push(`C${i % 9},20240${1 + (i % 9)}1${i % 10},${i % 7}`);
      writeFileSync(file, lines.join("\n"));
      const core = await runCli(["segment", file, "--json", "--engine", "core"]);
      expect(core.code).toBe(2);
      expect(core.stderr).toContain("more than Excel's limit");
      // Under auto the file is small enough for the core's reader, which refuses it: DuckDB reads it.
      const auto = await runCli(["segment", file, "--json"]);
      expect(auto.code).toBe(0);
      const report = JSON.parse(auto.stdout) as {
        summary: { counts: { input: number; used: number } };
      };
      expect(report.summary.counts).toMatchObject({ input: rows, used: rows, rejected: 0 });
    } finally {
      cleanup();
    }
  }, 600_000);
});

describe("quotes DuckDB's lenient reader read otherwise than the core's", () => {
  // Found by hostile files: DuckDB read `"Best" Shop` as "Best Sho" (the core's papaparse
  // searched on for a quote and swallowed rows), ` "a,b"` as one quoted cell (the core: text,
  // as Excel reads it) and kept a CRLF inside a quoted cell (the core: LF).
  const FILES: Record<string, string> = {
    "text-after-quote.csv":
      'customer,date,amount\n"Best" Shop,2024-01-05,10\n"Best" Outlet,2024-02-05,20\nA,2024-03-01,5\n',
    "text-after-quote-last.csv":
      'sep=,\ncustomer,date,amount\nA,2024-01-05,10\nC,2024-03-02,"7"x\n',
    "quote-after-space.csv":
      'customer,date,amount\nA,2024-01-05, "5"\nB, "a,b",2024-01-06,7\nA,2024-01-07,3\n',
    "quoted-crlf.csv":
      'customer,date,amount\r\n"A\r\nx",2024-01-05,10\r\n"A\nx",2024-01-06,5\r\n"A\rx",2024-01-07,1\r\nB,2024-01-08,2\r\n',
  };
  let dir: string;
  let cleanup: () => void;
  const path = (name: string) => join(dir, name);
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path(name), text);
  });
  afterAll(() => cleanup());

  it("gives the same output under both engines", async () => {
    for (const name of Object.keys(FILES)) {
      const core = await runCli(["segment", path(name), "--json", "--engine", "core"]);
      const duck = await runCli(["segment", path(name), "--json", "--engine", "duckdb"]);
      expect([name, duck]).toEqual([name, core]);
    }
  }, 60_000);

  it("refuses text after a closing quote, naming its row and column, in both languages", async () => {
    for (const engine of ["core", "duckdb"]) {
      const shop = await runCli(["segment", path("text-after-quote.csv"), "--engine", engine]);
      expect([shop.code, shop.stdout]).toEqual([2, ""]);
      expect(shop.stderr).toContain("row 2, column A: text follows the closing quote");
      // The "sep=" line is no row: the cell is on row 3 of the table.
      const last = await runCli([
        "segment",
        path("text-after-quote-last.csv"),
        "--engine",
        engine,
        "--lang",
        "zh-CN",
      ]);
      expect(last.code).toBe(2);
      expect(last.stderr).toContain("第 3 行，C 列：带引号的单元格在结束引号之后还有文字");
    }
  }, 60_000);

  it("leaves a quote after spaces to the core's reader", async () => {
    const read = await readTyped(
      { file: path("quote-after-space.csv"), engine: "duckdb", encoding: "auto" },
      () => ({}),
      () => true
    );
    expect(read).toBeNull();
  });

  it("reads CRLF, CR and LF inside a quoted cell as one line break: one customer", async () => {
    const duck = await runCli(["segment", path("quoted-crlf.csv"), "--json", "--engine", "duckdb"]);
    const report = JSON.parse(duck.stdout) as {
      customers: { customer: string; frequency: number }[];
    };
    expect(report.customers.map((c) => [c.customer, c.frequency])).toEqual([
      ["A\nx", 3],
      ["B", 1],
    ]);
  }, 60_000);
});

describe("files the differential fuzzer found (enginesFuzz.test.ts), shrunk", () => {
  const FOUND: [string, string | Buffer, string[]][] = [
    // Excel's "sep=" line ended by a lone CR: DuckDB read it as the table's first row.
    ["sep-cr.csv", "sep=;\rcustomer;date;amount\rA;2024-01-01;10,5\rB;2024-01-02;20\r", []],
    // A CRLF first, then lone CRs: DuckDB took CRLF for the file's line end and each lone CR
    // swallowed the byte after it (B's and D's customer cells were read blank).
    [
      "mixed-cr.csv",
      "customer,date,amount\r\nA,2024-01-05,10\rB,2024-01-06,20\r\nC,2024-01-07,5\rD,2024-01-08,7\n",
      [],
    ],
    ["mixed-cr-no-header.csv", "2,,t,2024-6-7\r\n,,001\r2,,001,2024.9.8", []],
    // No header row: the backtest's run at the cut finds its columns from the rows up to the
    // cut (the dateless second row is not among them), other ones than DuckDB summed by.
    [
      "cut-columns.csv",
      '2024-2-1,9,"a ""q""",3\n,,"a ""q""",i"\n2024-1-2,"1","a ""q""",i"\n2024-2-2,6,1,2\n',
      ["backtest", "--json", "--cut", "2024-03-01"],
    ],
    // Windows-1252 (the guess for these bytes): Node 20's one-shot TextDecoder read it as
    // Latin-1 (0x80 U+0080, the amount rejected), the DuckDB path's streaming one as € and “”.
    [
      "cp1252.csv",
      Buffer.from(
        "customer,date,amount\n\x93Best\x94 Shop,2024-01-05,\x8012\nCaf\xe9,2024-01-06,5\n",
        "latin1"
      ),
      [],
    ],
  ];
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it.each(FOUND)(
    "%s gives the same output under both engines",
    async (name, text, args) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const [command, ...flags] = args.length > 0 ? args : ["segment", "--json"];
      const core = await runCli([command, file, ...flags, "--engine", "core"]);
      const duck = await runCli([command, file, ...flags, "--engine", "duckdb"]);
      expect(duck).toEqual(core);
    },
    60_000
  );
});
