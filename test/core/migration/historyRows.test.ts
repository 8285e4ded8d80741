import fc from "fast-check";
import {
  decodeHistory,
  encodeHistory,
  HISTORY_COLUMN_COUNT,
  HISTORY_MARK,
  HISTORY_VERSION,
  historyErrorMessage,
  historyRowCount,
  historyRows,
  type HistoryCell,
  type HistoryError,
  type TierSnapshot,
} from "../../../src/core/migration";
import { snapshots } from "./snapshotArbitraries";

/** Two customers by hand: one with a name, segment and value; one with none of them. */
function small(): TierSnapshot {
  return {
    runAt: "2024-04-01T08:00:00.000Z",
    asOf: "2024-03-31",
    schemeId: "four",
    schemeName: { "zh-CN": "四类客户", "en-US": "Four segments" },
    segments: [
      { key: "high", label: { "zh-CN": "高价值客户", "en-US": "High value" } },
      { key: "low", label: { "zh-CN": "低价值客户", "en-US": "Low value" } },
    ],
    ids: ["00123", "=1+1"],
    names: ["张三", null],
    abc: Uint8Array.from([0, 2]),
    segment: Int16Array.from([1, -1]),
    value: Float64Array.from([1234.5, NaN]),
    churn: Uint8Array.from([0, 1]),
    stage: Uint8Array.from([3, 5]),
  };
}

/** What a snapshot is after a trip through a sheet: -0 is stored as 0, infinities as unknown. */
function asStored(s: TierSnapshot): TierSnapshot {
  return { ...s, value: s.value.map((x) => (Number.isFinite(x) ? x + 0 : NaN)) };
}

function errorOf(rows: unknown): HistoryError {
  const read = decodeHistory(rows);
  if (read.ok) throw new Error("expected the history to be refused");
  return read.error;
}

/** The encoded small snapshot with one cell replaced. */
function withCell(row: number, column: number, value: unknown): unknown[][] {
  const rows: unknown[][] = encodeHistory(small()).map((r) => [...r]);
  rows[row][column] = value;
  return rows;
}

describe("tier history rows", () => {
  it("writes one header row with the format version, then one narrow row per customer", () => {
    const rows = encodeHistory(small());
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(HISTORY_COLUMN_COUNT);
    expect(rows[0].slice(0, 6)).toEqual([
      HISTORY_MARK,
      HISTORY_VERSION,
      2,
      "2024-04-01T08:00:00.000Z",
      "2024-03-31",
      "four",
    ]);
    expect(rows[1]).toEqual(["00123", "张三", "A", 1, 1234.5, 3, 0]);
    // No segment, unknown value, no name: blanks, never a made-up number.
    expect(rows[2]).toEqual(["=1+1", "", "C", "", "", 5, 1]);
  });

  it("stores numbers as numbers and only Excel-safe ones", () => {
    const s = { ...small(), value: Float64Array.from([-0, Infinity]) };
    const rows = encodeHistory(s);
    expect(Object.is(rows[1][4], 0)).toBe(true);
    expect(rows[2][4]).toBe("");
  });

  it("gives the same rows in chunks as in one piece", () => {
    fc.assert(
      fc.property(snapshots, fc.integer({ min: 1, max: 7 }), (s, size) => {
        const whole = encodeHistory(s);
        const pieces: HistoryCell[][] = [];
        for (let from = 0; from < historyRowCount(s); from += size)
          pieces.push(...historyRows(s, from, Math.min(from + size, historyRowCount(s))));
        expect(pieces).toEqual(whole);
      })
    );
  });

  it("reads back exactly what it wrote", () => {
    fc.assert(
      fc.property(snapshots, (s) => {
        const read = decodeHistory(encodeHistory(s));
        expect(read).toEqual({ ok: true, snapshot: asStored(s) });
      }),
      { numRuns: 300 }
    );
  });

  it("reads back what a sheet returns: blank trailing rows and wider rows are fine", () => {
    const rows: unknown[][] = encodeHistory(small()).map((r) => [...r, ""]);
    rows.push(new Array(HISTORY_COLUMN_COUNT + 1).fill(""), []);
    expect(decodeHistory(rows)).toEqual({ ok: true, snapshot: small() });
  });

  it("handles 100,000 customers", () => {
    const n = 100_000;
    const s: TierSnapshot = {
      ...small(),
      ids: Array.from({ length: n }, (_, k) => `C${k}`),
      names: null,
      abc: new Uint8Array(n).map((_, k) => k % 3),
      segment: new Int16Array(n).map((_, k) => (k % 3) - 1),
      value: new Float64Array(n).map((_, k) => k * 1.25),
      churn: new Uint8Array(n).map((_, k) => k % 2),
      stage: new Uint8Array(n).map((_, k) => k % 6),
    };
    const rows = encodeHistory(s);
    expect(rows).toHaveLength(n + 1);
    const read = decodeHistory(rows);
    if (!read.ok) throw new Error(read.error.code);
    // Compared as bytes: a deep toEqual of 100,000-element arrays takes seconds.
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const d = read.snapshot;
    expect(d.ids.length === n && d.ids.every((id, k) => id === s.ids[k])).toBe(true);
    expect(d.names).toBeNull();
    for (const key of ["abc", "segment", "value", "churn", "stage"] as const)
      expect(bytes(d[key]).equals(bytes(s[key]))).toBe(true);
  });

  describe("refuses what it did not write, with a code and the place", () => {
    it("an empty or cleared sheet", () => {
      expect(errorOf([])).toEqual({ code: "empty", params: {} });
      expect(errorOf([["", "", ""]])).toEqual({ code: "empty", params: {} });
      expect(errorOf(null)).toEqual({ code: "empty", params: {} });
    });

    it("something else on the sheet", () => {
      expect(errorOf([["Customer", "ABC"]]).code).toBe("notHistory");
      expect(errorOf(["not rows"]).code).toBe("notHistory");
    });

    it("a newer format, whatever its shape", () => {
      expect(errorOf([[HISTORY_MARK, HISTORY_VERSION + 1]])).toEqual({
        code: "newerVersion",
        params: { version: HISTORY_VERSION + 1, supported: HISTORY_VERSION },
      });
      expect(errorOf(withCell(0, 1, 7)).code).toBe("newerVersion");
    });

    it.each([
      ["a version that is not one", 0, 1, "1", 1, "B"],
      ["a negative count", 0, 2, -1, 1, "C"],
      ["an as-of date read as a number", 0, 4, 45382, 1, "E"],
      ["a blank scheme id", 0, 5, "", 1, "F"],
      ["scheme JSON that does not parse", 0, 6, "{not json", 1, "G"],
      ["scheme JSON of another shape", 0, 6, '{"name":{},"segments":[]}', 1, "G"],
      ["an id read as a number", 1, 0, 123, 2, "A"],
      ["a blank id", 2, 0, "", 3, "A"],
      ["a duplicate id", 2, 0, "00123", 3, "A"],
      ["a name that is not text", 1, 1, 5, 2, "B"],
      ["an unknown ABC class", 1, 2, "D", 2, "C"],
      ["a segment outside the scheme", 1, 3, 2, 2, "D"],
      ["a fractional segment", 1, 3, 0.5, 2, "D"],
      ["a value that is text", 1, 4, "1,234.50", 2, "E"],
      ["an error value", 1, 4, "#N/A", 2, "E"],
      ["a stage outside the list", 1, 5, 6, 2, "F"],
      ["a churn flag other than 0 or 1", 2, 6, 2, 3, "G"],
      ["a boolean churn flag", 2, 6, true, 3, "G"],
    ])("%s", (_, row, column, value, sheetRow, letter) => {
      expect(errorOf(withCell(row, column, value))).toEqual({
        code: "corrupt",
        params: { row: sheetRow, column: letter },
      });
    });

    it("duplicate segment keys in the header", () => {
      const segments = [
        { key: "x", label: { "zh-CN": "", "en-US": "" } },
        { key: "x", label: { "zh-CN": "", "en-US": "" } },
      ];
      const json = JSON.stringify({ name: { "zh-CN": "", "en-US": "" }, segments });
      expect(errorOf(withCell(0, 6, json)).params).toEqual({ row: 1, column: "G" });
    });

    it("fewer customer rows than the header counts, or more", () => {
      const rows = encodeHistory(small());
      expect(errorOf(rows.slice(0, 2))).toEqual({
        code: "corrupt",
        params: { row: 3, column: "A" },
      });
      expect(errorOf([...rows, ["extra", "", "A", "", 1, 0, 0]]).params).toEqual({
        row: 4,
        column: "A",
      });
      expect(errorOf([rows[0], rows[1], ["short"]]).params).toEqual({ row: 3, column: "A" });
    });

    it("never throws on random cells", () => {
      const cell = fc.oneof(
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined)
      );
      fc.assert(
        fc.property(
          fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 5 }),
          fc.boolean(),
          (rows, marked) => {
            if (marked && rows.length > 0) rows[0] = [HISTORY_MARK, HISTORY_VERSION, ...rows[0]];
            const read = decodeHistory(rows);
            expect(typeof read.ok).toBe("boolean");
          }
        )
      );
    });

    it("mutating one cell of a sound history never yields a different snapshot silently", () => {
      const rows = encodeHistory(small());
      const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(""));
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: rows.length - 1 }),
          fc.integer({ min: 0, max: HISTORY_COLUMN_COUNT - 1 }),
          cell,
          (r, c, value) => {
            const changed: unknown[][] = rows.map((row) => [...row]);
            changed[r][c] = value;
            const read = decodeHistory(changed);
            if (!read.ok) return;
            // Accepted: then the cell must read back as the value now written there.
            expect(encodeHistory(read.snapshot)[r][c]).toEqual(Object.is(value, -0) ? 0 : value);
          }
        ),
        { numRuns: 500 }
      );
    });
  });

  it("words every error in both languages", () => {
    const errors: HistoryError[] = [
      { code: "empty", params: {} },
      { code: "notHistory", params: {} },
      { code: "newerVersion", params: { version: 2, supported: 1 } },
      { code: "corrupt", params: { row: 5, column: "E" } },
    ];
    for (const e of errors) {
      for (const language of ["zh-CN", "en-US"] as const) {
        const text = historyErrorMessage(e, language);
        expect(text).not.toMatch(/^history\.|\{\w+\}/);
      }
    }
    expect(historyErrorMessage(errors[3], "en-US")).toContain("row 5, column E");
    expect(historyErrorMessage(errors[2], "zh-CN")).toContain("格式 2");
  });
});
