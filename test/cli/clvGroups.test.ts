// `tiering clv --group`: cohort or a column, the flag's errors, and the comparison in the report
// and the JSON (method.md section 4, CLV by group).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { parseClvFlags } from "../../src/cli/clvOptions";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { readCdnow } from "../core/probabilistic/summary/cdnowTransactions";
import { runCli, tempDir } from "./captureIo";

const ENV = { LANG: "en_US.UTF-8" };
const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

/** CDNOW with a Region column: customers 1-40 "north" (too few to fit), the rest by parity. */
const CSV = join(dir, "orders.csv");
writeFileSync(
  CSV,
  ["customer,date,amount,Region"]
    .concat(
      readCdnow().lines.map((l) => {
        const region = l.id <= 40 ? "north" : l.id % 2 === 1 ? "east" : "west";
        const date = `${l.ymd.slice(0, 4)}-${l.ymd.slice(4, 6)}-${l.ymd.slice(6)}`;
        return `${l.id},${date},${l.dollars},${region}`;
      })
    )
    .join("\n")
);

describe("--group", () => {
  it("asks for cohorts by the keyword, and for a column otherwise", () => {
    const cohort = parseClvFlags("f.csv", { group: "Cohort" }, ENV);
    expect(cohort.core.clv?.probabilistic?.groupBy).toBe("cohort");
    expect(cohort.columns).toEqual({});
    const column = parseClvFlags("f.csv", { group: "Region" }, ENV);
    expect(column.core.clv?.probabilistic?.groupBy).toBe("column");
    expect(column.columns).toEqual({ group: "Region" });
    expect(parseClvFlags("f.csv", {}, ENV).core.clv?.probabilistic).toBeUndefined();
  });

  it("names itself when the column is not there", async () => {
    const out = await runCli(["clv", CSV, "--group", "Channel"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('tiering: --group: there is no column "Channel"\n');
    const zero = await runCli(["clv", CSV, "--group", "0"]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("--group");
  });

  it("reports every group in JSON, by a column found by its number", async () => {
    const out = await runCli(["clv", CSV, "--group", "4", "--json"]);
    expect(out.stderr).toBe("");
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(report.grouping).toEqual({
      by: "column",
      column: "Region",
      minCustomers: 100,
      minRepeatBuyers: 20,
    });
    const groups = report.groups ?? [];
    expect(groups.map((g) => [g.group, g.customers, g.ownFit, g.fallback])).toEqual([
      ["east", 1159, true, null],
      ["north", 40, false, "tooSmall"],
      ["west", 1158, true, null],
    ]);
    // A pooled group carries the pooled fit; an own fit has its standard errors.
    expect(groups[1].purchaseModel.params).toEqual(report.purchaseModel.params);
    expect(groups[0].purchaseModel.params).not.toEqual(report.purchaseModel.params);
    expect(groups[0].purchaseModel.standardErrors.r).toBeGreaterThan(0);
    expect(groups[0].newCustomerValue).toBeGreaterThan(0);
    const { p10, p50, p90 } = groups[2].pAlive;
    expect([p10, p50, p90].every((x) => x !== null && x >= 0 && x <= 1)).toBe(true);
    expect(report.groups).not.toBeNull();
  });

  it("prints the comparison in the report, in Chinese too", async () => {
    const en = await runCli(["clv", CSV, "--group", "cohort", "--lang", "en-US"]);
    expect(en.stdout).toContain("CLV by group (a group under 100 customers or 20 repeat buyers");
    expect(en.stdout).toMatch(/│ 1997-Q1 +│ own fit +│ +2,357 │/);
    const zh = await runCli(["clv", CSV, "--group", "Region", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("合并拟合：组太小（40 个客户");
    expect(zh.stdout).toContain("本组拟合");
  });

  it("keeps the group column of an XLSX, read column by column as named", async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet("Orders");
    sheet.addRow(["customer", "date", "amount", "Region", "note"]);
    for (const l of readCdnow().lines)
      sheet.addRow([
        l.id,
        new Date(Date.UTC(+l.ymd.slice(0, 4), +l.ymd.slice(4, 6) - 1, +l.ymd.slice(6))),
        l.dollars,
        l.id % 2 === 1 ? "east" : "west",
        "x",
      ]);
    const xlsx = join(dir, "orders.xlsx");
    writeFileSync(xlsx, new Uint8Array(await book.xlsx.writeBuffer()));
    const out = await runCli(["clv", xlsx, "--group", "Region", "--json"]);
    expect(out.stderr).toBe("");
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(report.groups?.map((g) => [g.group, g.ownFit])).toEqual([
      ["east", true],
      ["west", true],
    ]);
  });

  it("leaves the JSON's groups null without the flag", async () => {
    const out = await runCli(["clv", CSV, "--json"]);
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(report.groups).toBeNull();
    expect(report.grouping).toBeNull();
  });
});

describe("--min-group-customers and --min-group-repeat-buyers", () => {
  it("fit a group the defaults would pool, and say the minimums in the JSON", async () => {
    const out = await runCli([
      "clv",
      CSV,
      "--group",
      "Region",
      "--min-group-customers",
      "30",
      "--min-group-repeat-buyers",
      "5",
      "--interval-draws",
      "0",
      "--json",
    ]);
    expect(out.stderr).toBe("");
    const report = JSON.parse(out.stdout) as JsonClvReport;
    expect(report.grouping).toMatchObject({ minCustomers: 30, minRepeatBuyers: 5 });
    const north = report.groups?.find((g) => g.group === "north");
    expect(north?.customers).toBe(40);
    expect(north?.fallback).not.toBe("tooSmall");
  });

  it("refuse a fraction, a value out of range, and more repeat buyers than customers", async () => {
    const fraction = await runCli([
      "clv",
      CSV,
      "--group",
      "Region",
      "--min-group-customers",
      "2.5",
    ]);
    expect(fraction.code).toBe(2);
    expect(fraction.stderr).toBe(
      'tiering: --min-group-customers must be a whole number (got "2.5")\n'
    );
    const low = await runCli(["clv", CSV, "--min-group-repeat-buyers", "0"]);
    expect(low.code).toBe(2);
    expect(low.stderr).toContain("--min-group-repeat-buyers");
    const crossed = await runCli([
      "clv",
      CSV,
      "--group",
      "Region",
      "--min-group-customers",
      "10",
      "--min-group-repeat-buyers",
      "20",
    ]);
    expect(crossed.code).toBe(2);
    expect(crossed.stderr).toBe(
      "tiering: --min-group-repeat-buyers (20) cannot be above --min-group-customers (10)\n"
    );
    const zh = await runCli([
      "clv",
      CSV,
      "--lang",
      "zh-CN",
      "--min-group-customers",
      "10",
      "--min-group-repeat-buyers",
      "20",
    ]);
    expect(zh.stderr).toContain(
      "--min-group-repeat-buyers（20）不能大于 --min-group-customers（10）"
    );
  });
});
