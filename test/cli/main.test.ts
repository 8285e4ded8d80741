import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import iconv from "iconv-lite";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { FIXTURES, runCli, tempDir } from "./captureIo";

const ORDERS = join(FIXTURES, "orders-zh.csv");
const SUMMARY = join(FIXTURES, "summary-en.csv");
const CONTRACT_KEYS = [
  "customer",
  "recencyDays",
  "frequency",
  "monetary",
  "r",
  "f",
  "m",
  "rfmCode",
  "rfmTotal",
  "segment",
  "abc",
  "clv",
  "stage",
  "shortHistory",
  "nextTier",
];

async function json(argv: string[]): Promise<JsonReport> {
  const out = await runCli([...argv, "--json"]);
  expect(out.stderr).toBe("");
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as JsonReport;
}

/** The one line a failing run prints, checked to be exactly one line with nothing on stdout. */
async function failure(
  argv: string[],
  env?: Record<string, string>
): Promise<{ code: number; line: string }> {
  const out = await runCli(argv, env ? { env } : {});
  expect(out.stdout).toBe("");
  expect(out.stderr.endsWith("\n")).toBe(true);
  expect(out.stderr.trimEnd().split("\n")).toHaveLength(1);
  return { code: out.code, line: out.stderr.trimEnd() };
}

describe("tiering segment --json", () => {
  it("prints exactly the contract: asOf, customers, rejected, summary", async () => {
    const report = await json(["segment", ORDERS]);
    expect(Object.keys(report)).toEqual([
      "asOf",
      "customers",
      "rejected",
      "warnings",
      "thresholds",
      "summary",
    ]);
    expect(report.asOf).toBe("2024-03-29");
    for (const c of report.customers) expect(Object.keys(c)).toEqual(CONTRACT_KEYS);
    for (const r of report.rejected)
      expect(Object.keys(r)).toEqual(["row", "column", "reason", "message"]);
    expect(Object.keys(report.summary).sort()).toEqual(
      [
        "abc",
        "segments",
        "stages",
        "clvTiers",
        "pareto",
        "rfGrid",
        "totals",
        "counts",
        "clvKind",
      ].sort()
    );
  });

  it("matches the method on the fixture, computed by hand", async () => {
    const report = await json(["segment", ORDERS]);
    // Rows 2-11: row 6 has amount "abc", row 11 no date, row 8 is blank.
    expect(report.summary.counts).toEqual({
      input: 10,
      used: 7,
      rejected: 2,
      blank: 1,
      duplicates: 0,
    });
    expect(report.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [6, "C", "badAmount"],
      [11, "B", "missingDate"],
    ]);
    expect(report.rejected[0].message).toBe(
      'Row 6, column C (实付金额): cannot read "abc" as an amount'
    );
    const byId = new Map(report.customers.map((c) => [c.customer, c]));
    expect([...byId.keys()].sort()).toEqual(["C001", "C002", "C003", "C005"]);
    // C001: 120 + 80 + 60 over three orders, last on 2024-03-28.
    expect(byId.get("C001")).toMatchObject({ recencyDays: 1, frequency: 3, monetary: 260 });
    // C002: ¥1,234.50 on 2024-01-08 and a refund of (12.00): 81 days, one purchase.
    expect(byId.get("C002")).toMatchObject({
      recencyDays: 81,
      frequency: 1,
      monetary: 1222.5,
      r: 1,
      m: 4,
      abc: "A",
    });
    // C003 on 2024年3月1日; quantile R: C002 81 > C003 28 > C005 9 > C001 1 days.
    expect(byId.get("C003")).toMatchObject({
      recencyDays: 28,
      frequency: 1,
      monetary: 45.5,
      r: 2,
      f: 1,
      m: 1,
    });
    expect(byId.get("C005")).toMatchObject({ recencyDays: 9, r: 3, m: 3, abc: "A" });
    // ABC by value share of 1828: C002 (0%) and C005 (66.9%) A, C001 (83.3% before) B, C003 C.
    expect(byId.get("C001")).toMatchObject({
      r: 4,
      f: 4,
      m: 2,
      rfmCode: 442,
      rfmTotal: 10,
      abc: "B",
    });
    expect(byId.get("C003")?.abc).toBe("C");
    expect(report.summary.clvKind).toBe("revenue");
  });

  it("applies --as-of, --margin and --lang", async () => {
    const report = await json([
      "segment",
      ORDERS,
      "--as-of",
      "2024-04-28",
      "--margin",
      "25%",
      "--lang",
      "zh-CN",
    ]);
    expect(report.asOf).toBe("2024-04-28");
    expect(report.customers.find((c) => c.customer === "C001")?.recencyDays).toBe(31);
    expect(report.summary.clvKind).toBe("profit");
    expect(report.rejected[1].message).toBe("第 11 行，B 列（下单日期）：日期为空");
  });

  it("uses the column flags: header text, letter and number", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "plain.csv");
      writeFileSync(
        file,
        "who,when,how much,note\nA,2024-01-01,10,x\nB,2024-01-02,20,y\nA,2024-01-03,5,z\n"
      );
      const report = await json([
        "segment",
        file,
        "--customer",
        "who",
        "--date",
        "B",
        "--amount",
        "3",
      ]);
      expect(report.asOf).toBe("2024-01-04");
      expect(report.customers.map((c) => [c.customer, c.frequency, c.monetary])).toEqual([
        ["A", 2, 15],
        ["B", 1, 20],
      ]);
    } finally {
      cleanup();
    }
  });

  it("reads GBK CSV and XLSX, with --sheet and a 1904 workbook", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const gbk = join(dir, "gbk.csv");
      writeFileSync(gbk, iconv.encode(readFileSync(ORDERS, "utf8").replace("¥", "￥"), "gbk"));
      expect((await json(["segment", gbk])).customers).toHaveLength(4);
      const wb = new Workbook();
      wb.properties.date1904 = true;
      wb.addWorksheet("Notes").getCell("A1").value = "read me";
      const sheet = wb.addWorksheet("Orders");
      sheet.addRow(["customer", "date", "amount"]);
      // 43830 is 2024-01-01 in the 1904 system (45292 in the 1900 system).
      sheet.addRow(["A", 43830, 10]);
      sheet.addRow(["B", 43831, 20]);
      const xlsx = join(dir, "mac.xlsx");
      await wb.xlsx.writeFile(xlsx);
      const report = await json(["segment", xlsx, "--sheet", "Orders"]);
      expect(report.asOf).toBe("2024-01-03");
      expect(report.customers.map((c) => c.recencyDays)).toEqual([2, 1]);
    } finally {
      cleanup();
    }
  });
});

describe("tiering segment (tables)", () => {
  it("prints the header line, the ABC and segment tables and the rejected rows", async () => {
    const out = await runCli(["segment", ORDERS]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    const text = out.stdout;
    expect(text).toContain(`File: ${ORDERS} (utf-8)`);
    expect(text).toContain("Shape: transactions · Rows: 7 used, 2 rejected, 1 blank");
    expect(text).toContain("As of: 2024-03-29 · CLV: revenue CLV");
    expect(text).toContain("ABC classes (by net spend)");
    expect(text).toMatch(/│ A +│ +2 │ +50\.0% │ +1,522\.50 │ +83\.3% │/);
    expect(text).toMatch(/│ C +│ +1 │ +25\.0% │ +45\.50 │ +2\.5% │/);
    expect(text).toContain("Segments (Four segments)");
    expect(text).toContain("Rejected rows (2)");
    expect(text).toMatch(/│ 6 +│ C \(实付金额\) +│ cannot read "abc" as an amount/);
    expect(text).not.toContain("more");
  });

  it("speaks Chinese when the locale is Chinese", async () => {
    const out = await runCli(["segment", SUMMARY], { env: { LANG: "zh_CN.UTF-8" } });
    expect(out.stdout).toContain(`文件: ${SUMMARY} (utf-8, ";")`);
    expect(out.stdout).toContain("数据形式: 客户汇总");
    expect(out.stdout).toContain("ABC 分类（按净消费额）");
    expect(out.stdout).toContain("没有被拒绝的行。");
  });

  it("names the exact duplicates it kept, and rejects them with --remove-duplicates", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "dup.csv");
      writeFileSync(
        file,
        "customer,date,amount\nA,2024-01-01,10\nA,2024-01-01,10\nB,2024-01-02,5\n"
      );
      const kept = await runCli(["segment", file]);
      expect(kept.stdout).toContain("Rows: 3 used, 0 rejected, 0 blank, 1 exact duplicates");
      expect(kept.stdout).toContain(
        "Exact duplicate rows kept (1; --remove-duplicates drops them): 3 (= 2)"
      );
      const removed = await runCli(["segment", file, "--remove-duplicates"]);
      expect(removed.stdout).toContain("Rows: 2 used, 1 rejected, 0 blank, 1 exact duplicates");
      expect(removed.stdout).toMatch(/│ 3 +│ +│ exact duplicate of row 2/);
      expect(removed.stdout).not.toContain("kept");
    } finally {
      cleanup();
    }
  });

  it("lists the first 20 rejected rows and counts the rest", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const lines = ["customer,date,amount", "A,2024-01-01,10"];
      for (let i = 0; i < 23; i++) lines.push(`B${i},2024-01-02,bad${i}`);
      const file = join(dir, "bad.csv");
      writeFileSync(file, lines.join("\n"));
      const out = await runCli(["segment", file]);
      expect(out.stdout).toContain("Rejected rows (23)");
      expect(out.stdout).toContain('cannot read "bad19" as an amount');
      expect(out.stdout).not.toContain('"bad20"');
      expect(out.stdout).toContain("... and 3 more");
    } finally {
      cleanup();
    }
  });
});

describe("tiering segment --out", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it("writes the customer file and says so on stderr only", async () => {
    const file = join(dir, "tiers.csv");
    const out = await runCli(["segment", ORDERS, "--out", file]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(`Wrote 4 customers to "${file}".\n`);
    expect(readFileSync(file, "utf8").split("\r\n").filter(Boolean)).toHaveLength(5);
  });

  it("with --json also prints the JSON and nothing else", async () => {
    const file = join(dir, "tiers.xlsx");
    const out = await runCli(["segment", ORDERS, "--out", file, "--json"]);
    expect(out.stderr).toBe("");
    expect((JSON.parse(out.stdout) as JsonReport).customers).toHaveLength(4);
    expect(existsSync(file)).toBe(true);
  });

  it("writes nothing when the run is cancelled", async () => {
    const file = join(dir, "tiers.csv");
    const out = await runCli(["segment", ORDERS, "--out", file], { signal: { aborted: true } });
    expect(out).toEqual({ code: 130, stdout: "", stderr: "tiering: cancelled\n" });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("fails with code 2 and leaves nothing when the folder is missing", async () => {
    const file = join(dir, "no", "tiers.xlsx");
    expect(await failure(["segment", ORDERS, "--out", file])).toEqual({
      code: 2,
      line: `tiering: cannot write "${file}" (ENOENT)`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("tiering errors", () => {
  it.each<[string, string[], string]>([
    [
      "a bad margin",
      ["segment", ORDERS, "--margin", "abc"],
      'tiering: --margin must be a number between 0 and 1 (got "abc")',
    ],
    ["a missing file", ["segment", "nope.csv"], 'tiering: cannot find the file "nope.csv"'],
    ["an unknown option", ["segment", ORDERS, "--colour"], "tiering: unknown option --colour"],
    ["a flag without its value", ["segment", ORDERS, "--as-of"], "tiering: --as-of needs a value"],
    ["no file", ["segment"], "tiering: missing the file to read: tiering segment FILE"],
    ["two files", ["segment", ORDERS, SUMMARY], "tiering: too many arguments: give one file"],
    [
      "an unknown command",
      ["tier", ORDERS],
      'tiering: unknown command "tier": use tiering segment FILE',
    ],
    [
      "a bad language",
      ["segment", ORDERS, "--lang", "fr"],
      'tiering: --lang must be one of zh-CN, en-US (got "fr")',
    ],
    [
      "a bad scoring",
      ["segment", ORDERS, "--scoring", "best"],
      'tiering: --scoring must be one of quantile, fixed, rfm-r (got "best")',
    ],
    [
      "a bad as-of date",
      ["segment", ORDERS, "--as-of", "2024-02-30"],
      'tiering: --as-of must be a date as YYYY-MM-DD (got "2024-02-30")',
    ],
    [
      "an unknown column",
      ["segment", ORDERS, "--customer", "Nope"],
      'tiering: --customer: there is no column "Nope"',
    ],
    [
      "a column number outside the data",
      ["segment", ORDERS, "--amount", "9"],
      "tiering: --amount: column 9 is outside the data (4 columns)",
    ],
    [
      "a bad --out",
      ["segment", ORDERS, "--out", "x.pdf"],
      'tiering: --out must name a .csv or .xlsx file (got "x.pdf")',
    ],
  ])("exits 2 with one line for %s", async (_what, argv, line) => {
    expect(await failure(argv)).toEqual({ code: 2, line });
  });

  it("says what is wrong in Chinese for a Chinese locale", async () => {
    const zh = { LANG: "zh_CN.UTF-8" };
    expect(await failure(["segment", ORDERS, "--margin", "abc"], zh)).toEqual({
      code: 2,
      line: "tiering: --margin 必须是 0 到 1 之间的数字（实际为“abc”）",
    });
    expect(await failure(["segment", ORDERS, "--colour"], zh)).toEqual({
      code: 2,
      line: "tiering: 未知选项 --colour",
    });
  });

  it("reports input the core cannot score with code 2", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "header-only.csv");
      writeFileSync(file, "customer,date,amount\n");
      expect(await failure(["segment", file])).toEqual({
        code: 2,
        line: "tiering: There are no data rows.",
      });
    } finally {
      cleanup();
    }
  });

  it("names the sheets when --sheet names none of them", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const wb = new Workbook();
      wb.addWorksheet("Orders").addRow(["customer", "amount"]);
      wb.addWorksheet("Refunds").addRow(["customer", "amount"]);
      const file = join(dir, "book.xlsx");
      await wb.xlsx.writeFile(file);
      expect(await failure(["segment", file, "--sheet", "Sales"])).toEqual({
        code: 2,
        line: `tiering: there is no sheet "Sales" in "${file}" (sheets: Orders, Refunds)`,
      });
    } finally {
      cleanup();
    }
  });

  it("names a broken rules table given with --scheme", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "rules.json");
      writeFileSync(file, JSON.stringify({ id: "x", rules: "none" }));
      const { code, line } = await failure(["segment", ORDERS, "--scheme", file]);
      expect(code).toBe(2);
      expect(line.startsWith("tiering: --scheme")).toBe(true);
    } finally {
      cleanup();
    }
  });
});

describe("tiering help", () => {
  it("prints help and the version with code 0", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("segment [options] <file>");
    const segmentHelp = await runCli(["segment", "--help", "--lang", "zh-CN"]);
    expect(segmentHelp.code).toBe(0);
    expect(segmentHelp.stdout).toContain("--as-of <date>");
    expect(segmentHelp.stdout).toContain("分析基准日");
    const version = await runCli(["--version"]);
    expect(version).toEqual({
      code: 0,
      stdout: `${JSON.parse(readFileSync("package.json", "utf8")).version}\n`,
      stderr: "",
    });
  });

  it("shows the usage on stderr with code 2 when run without arguments", async () => {
    const out = await runCli([]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("Usage: tiering");
  });
});
