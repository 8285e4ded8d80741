import { snapshotOf, type TierSnapshot } from "../../../src/core/migration";
import { segment } from "../../../src/core/segment";
import { customerRows } from "../../../src/excel/layout/customerSheet";
import {
  DIRECTION_FILLS,
  directionFillRules,
  directionText,
  MIGRATION_COLUMN_COUNT,
  MIGRATION_COLUMN_FORMATS,
  migrationColumnHeaders,
  migrationColumns,
} from "../../../src/excel/layout/migrationColumns";
import { safeText } from "../../../src/excel/layout/safeText";

const values = [
  ["客户编号", "订单日期", "金额"],
  ["C1", "2024-01-05", 1000],
  ["C2", "2024-02-01", 50],
  ["C3", "2024-03-01", 300],
  ["C4", "2024-03-02", 20],
  ["C1", "2024-03-05", 500],
];

describe("migration columns of the customer sheet", () => {
  const result = segment({ values }, { language: "zh-CN" });
  const cls = (id: string): number => result.abc.cls[result.customers.ids.indexOf(id)];

  /** The last run, by hand: C1 was C, C3 was A, C2 had the class it has now, C4 was not there. */
  function lastRun(): TierSnapshot {
    const now = snapshotOf(result, "t");
    const kept = now.ids.flatMap((id, i) => (id === "C4" ? [] : [i]));
    const was = (id: string): number => (id === "C1" ? 2 : id === "C3" ? 0 : cls(id));
    return {
      ...now,
      ids: kept.map((i) => now.ids[i]),
      abc: Uint8Array.from(kept, (i) => was(now.ids[i])),
      segment: Int16Array.from(kept, (i) => now.segment[i]),
      value: Float64Array.from(kept, (i) => now.value[i]),
      churn: Uint8Array.from(kept, (i) => now.churn[i]),
      stage: Uint8Array.from(kept, (i) => now.stage[i]),
    };
  }

  /** Customer id of each customer sheet row, as customerRows writes it. */
  const sheetIds = (): string[] =>
    customerRows(result, "zh-CN")
      .rows(0, result.customers.n)
      .map((r) => r[0] as string);

  it("gives each customer, in the customer sheet's order, the class it had and the move", () => {
    expect(cls("C1")).toBe(0); // C1 is the most valuable now: a move up from C
    expect(cls("C3")).toBeGreaterThan(0); // C3 fell from A
    const source = migrationColumns(result, lastRun(), "en-US");
    expect(source.rowCount).toBe(result.customers.n);
    const rows = source.rows(0, source.rowCount);
    const byId = new Map(sheetIds().map((id, i) => [id, rows[i]]));
    expect(byId.get(safeText("C1"))).toEqual(["C", "Up"]);
    expect(byId.get(safeText("C3"))).toEqual(["A", "Down"]);
    expect(byId.get(safeText("C2"))).toEqual(["ABC"[cls("C2")], "Same"]);
    expect(byId.get(safeText("C4"))).toEqual(["", "New"]);
  });

  it("builds any slice of rows the same as the whole", () => {
    const source = migrationColumns(result, lastRun(), "zh-CN");
    const whole = source.rows(0, source.rowCount);
    expect([...source.rows(0, 2), ...source.rows(2, source.rowCount)]).toEqual(whole);
    for (const row of whole) expect(row).toHaveLength(MIGRATION_COLUMN_COUNT);
  });

  it("stays blank on the first run, when there is nothing to compare with", () => {
    const source = migrationColumns(result, null, "zh-CN");
    expect(source.rows(0, source.rowCount).every((r) => r[0] === "" && r[1] === "")).toBe(true);
  });

  it("has headers and formats in both languages", () => {
    expect(migrationColumnHeaders("en-US")).toEqual(["Previous ABC", "ABC change"]);
    expect(migrationColumnHeaders("zh-CN")).toEqual(["上次 ABC 分类", "ABC 变动"]);
    const source = migrationColumns(result, null, "en-US");
    expect(source.header).toEqual(migrationColumnHeaders("en-US"));
    expect(source.formats).toEqual([...MIGRATION_COLUMN_FORMATS]);
    expect(source.formats).toHaveLength(MIGRATION_COLUMN_COUNT);
  });

  it("fills up, down and new, each by the text the cells hold; same stays plain", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const rules = directionFillRules(language);
      expect(rules.map((r) => r.direction)).toEqual(["up", "down", "new"]);
      for (const r of rules) {
        expect(r.text).toBe(directionText(r.direction, language));
        expect(r.fill).toBe(DIRECTION_FILLS[r.direction]);
        expect(r.fill).toMatch(/^#[0-9A-F]{6}$/);
      }
      expect(new Set(rules.map((r) => r.fill)).size).toBe(rules.length);
    }
    expect(directionText("up", "zh-CN")).toBe("升级");
    expect(directionText("down", "en-US")).toBe("Down");
  });
});
