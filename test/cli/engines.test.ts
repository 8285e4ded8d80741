// Issue 19: DuckDB under the CLI gives the core's answer. Every file the CLI tests read runs
// through `--engine core` and `--engine duckdb` (engineCases.ts), and the JSON (or the written
// CSV), the exit code and the messages must be byte for byte the same. The runs of each command
// are in enginesSegment, enginesModels and enginesBacktest.test.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { readTyped } from "../../src/cli/engine/readTyped";
import { runCli, tempDir } from "./captureIo";
import { casesOfThisFile } from "./engineCases";

describe("--engine duckdb gives the core's output", () => {
  const files = casesOfThisFile();

  it("DuckDB reads every transactions file (and leaves summaries to the core)", async () => {
    for (const c of files.cases) {
      const read = await readTyped(
        { file: c.file, engine: "duckdb", encoding: "auto" },
        () => ({}),
        () => true
      );
      expect([c.name, read !== null]).toEqual([c.name, c.typed]);
    }
  }, 120_000);

  it("the same customer CSV from --out, with either CLV model", async () => {
    const written: string[] = [];
    for (const c of files.cases.filter((x) => x.typed)) {
      for (const model of ["simple", "probabilistic"]) {
        const outs = [];
        for (const engine of ["core", "duckdb"]) {
          // A file of its own for every run: the CLI never overwrites one (all but the first
          // run once exited 2 here, and the test compared "exit 2" with "exit 2").
          const out = join(files.dir, `out-${c.name}-${model}-${engine}.csv`);
          const flags = ["--clv-model", model, "--out", out, "--quiet", "--engine", engine];
          const run = await runCli(["segment", c.file, ...flags]);
          outs.push(run.code === 0 ? readFileSync(out, "utf8") : `exit ${run.code}: ${run.stderr}`);
        }
        expect([c.name, model, outs[1]]).toEqual([c.name, model, outs[0]]);
        if (!outs[0].startsWith("exit")) written.push(`${c.name} ${model}`);
      }
    }
    // Every typed file but the one whose rows are all rejected is written, with either model.
    const typed = files.cases.filter((x) => x.typed).map((x) => x.name);
    const expected = typed
      .filter((name) => name !== "all-rejected.csv")
      .flatMap((name) => [`${name} simple`, `${name} probabilistic`]);
    expect(written).toEqual(expected);
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

  it("reads text stored as plain binary (Hive, Impala) as the UTF-8 it is", async () => {
    // Such columns come to DuckDB as BLOB, whose text was escapes: 客户甲 read "\xE5\xAE\xA2...".
    // A column of bytes that are not UTF-8 beside them must not stop the run.
    const csv = join(dir, "binary.csv");
    writeFileSync(
      csv,
      "客户编号,客户名称,订单日期,金额,渠道\n" +
        "甲01,上海甲公司,2024-01-05,120.50,门店\n乙02,乙商行,2024-02-05,80,网店\n" +
        "甲01,上海甲公司,2024-03-01,30,门店\n丙03,,2024-03-02,(5.00),网店\n"
    );
    const parquet = join(dir, "binary.parquet");
    const { openDuck, q } = await import("../../src/cli/engine/duckRows");
    const duck = await openDuck();
    try {
      const text = ["客户编号", "客户名称", "订单日期", "金额", "渠道"];
      const cells = text.map((c) => `encode(coalesce("${c}", '')) AS "${c}"`).join(", ");
      await duck.c.run(
        `COPY (SELECT ${cells}, '\\xFF\\x00'::BLOB AS "附件" FROM read_csv(${q(csv)}, header = true, all_varchar = true)) TO ${q(parquet)} (FORMAT parquet)`
      );
    } finally {
      duck.close();
    }
    // DuckDB's typed path, and the core's reader (CLV groups by a column).
    for (const args of [["segment"], ["clv", "--group", "渠道", "--interval-draws", "0"]]) {
      const fromCsv = await runCli([...args, csv, "--json"]);
      const fromParquet = await runCli([...args, parquet, "--json"]);
      expect(fromCsv.code).toBe(0);
      expect([args, fromParquet.code, fromParquet.stdout]).toEqual([
        args,
        0,
        fromCsv.stdout.split(csv).join(parquet),
      ]);
      expect(fromParquet.stdout).toContain(`"customer":"甲01"`);
    }
  }, 60_000);

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
