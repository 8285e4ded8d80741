// The customer sheet's table: one row per customer, most valuable first, with the action to take.
import { customerTable, type Language, type OutKind, type SegmentResult } from "../../core";
import { type FormatName, moneyFormat, type OutValue, type RowSource } from "./cellTypes";
import { safeText } from "./safeText";

const FORMAT_OF: Record<OutKind, FormatName> = {
  text: "general",
  integer: "integer",
  number: "number",
  money: "money",
  share: "share",
};

export function customerRows(result: SegmentResult, language: Language): RowSource {
  const table = customerTable(result, language);
  const order = result.abc.order;
  return {
    header: table.columns.map((c) => c.header),
    formats: table.columns.map((c) => FORMAT_OF[c.kind]),
    moneyFormat: moneyFormat(result.currency),
    rowCount: table.rowCount,
    rows(from, to) {
      const rows: OutValue[][] = new Array(to - from);
      for (let i = from; i < to; i++) rows[i - from] = table.row(order[i]).map(cellOf);
      return rows;
    },
  };
}

function cellOf(v: string | number | null): OutValue {
  if (v === null) return "";
  return typeof v === "string" ? safeText(v) : v;
}
