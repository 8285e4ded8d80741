// The tiers query's header: comment lines in the run's language, whatever the table name holds.
import { DIALECTS, tiersQuery } from "../../../src/core/sql";
import type { Language } from "../../../src/core/types";

const columns = { customer: "客户", date: "日期", amount: "金额" };

/** The comment lines before the statement. */
function headerOf(sql: string): string[] {
  const lines = sql.split("\n");
  return lines.slice(
    0,
    lines.findIndex((l) => !l.startsWith("--"))
  );
}

const query = (language: Language, table = "sales.orders", margin: number | null = null) =>
  tiersQuery({
    dialect: "postgres",
    table,
    columns,
    options: { language, clv: { margin } },
  });

describe("tiers query header", () => {
  test("zh-CN: the sentences are Chinese, the settings and the UTC statement kept", () => {
    const header = headerOf(query("zh-CN"));
    expect(header.length).toBeGreaterThanOrEqual(8);
    const text = header.join("\n");
    // No English sentence survives: the only Latin words are names (SQL, ids, method.md).
    expect(text).not.toMatch(/\b(per customer|are read|first run|lifespan|margin)\b/);
    expect(text).toMatch(/客户分群、ABC 分类与简单 CLV/);
    expect(text).toContain("表：sales.orders。");
    expect(text).toContain("无（收入口径 CLV）");
    expect(text).toContain("最晚日期的次日");
    expect(text).toMatch(/请先运行：SET TIME ZONE 'UTC';$/);
  });

  test("en-US and zh-CN give the same number of header lines and the same statement", () => {
    for (const dialect of DIALECTS) {
      const en = headerOf(tiersQuery({ dialect, table: "t", columns }));
      const zh = headerOf(
        tiersQuery({ dialect, table: "t", columns, options: { language: "zh-CN" } })
      );
      expect(zh).toHaveLength(en.length);
      expect(en[en.length - 1]).toMatch(/first run: .+;$/);
      const statement = /: (.+;)$/.exec(en[en.length - 1])?.[1] ?? "none";
      expect(zh[zh.length - 1].endsWith(`：${statement}`)).toBe(true);
    }
  });

  test("a margin given is written as the number", () => {
    expect(headerOf(query("en-US", "t", 0.25)).join("\n")).toContain("margin 0.25;");
    expect(headerOf(query("zh-CN", "t", 0.25)).join("\n")).toContain("毛利率 0.25；");
  });

  test("a line break in the table name stays inside the comment", () => {
    for (const brk of ["\n", "\r\n", "\r", "\u2028"]) {
      const sql = query("en-US", `sales${brk}DROP TABLE x`);
      const header = headerOf(sql);
      expect(header.some((l) => l === "-- DROP TABLE x." || l === "-- DROP TABLE x")).toBe(true);
      const body = sql.split("\n").slice(header.length);
      expect(body[0]).toBe("WITH");
    }
  });
});
