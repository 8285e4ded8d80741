// Finds the columns of an already summarised table (one row per customer with frequency,
// recency, T and monetary as lifetimes defines them) from its header row, Chinese or English.
import { normalizeHeader } from "../../columns/normalizeHeader";
import { HEADER_SYNONYMS } from "../../columns/synonyms";
import type { CellValue } from "../../types";
import { cellText } from "../../cells";

export type RfmtRole = "customer" | "frequency" | "recency" | "T" | "monetary";

export type RfmtColumns = Partial<Record<RfmtRole, number>>;

/**
 * Header words per role, compared after normalizeHeader (case, spaces, underscores, brackets
 * ignored). Besides the plain names: lifetimes' own (frequency_cal, monetary_value), the
 * published CDNOW files' (x, t_x, T, zbar) and the Chinese of BG/NBD tutorials. "Recency"
 * here is first-to-last purchase, not the RFM days-since-last-purchase: the words differ so
 * a plain RFM table is never read as this one.
 */
export const RFMT_SYNONYMS: Record<Exclude<RfmtRole, "customer">, string[]> = {
  frequency: [
    "frequency",
    "frequency_cal",
    "x",
    "repeat purchases",
    "repeat transactions",
    "重复购买次数",
    "复购次数",
    "回购次数",
    "重复购买天数",
  ],
  recency: [
    "recency",
    "recency_cal",
    "t_x",
    "tx",
    "首末购买间隔",
    "首末间隔",
    "首次到末次购买",
    "购买跨度",
  ],
  T: ["T", "T_cal", "age", "customer age", "客户年龄", "观察时长", "观察期长度", "存续时长"],
  monetary: [
    "monetary",
    "monetary_value",
    "monetary value",
    "zbar",
    "m_x",
    "average spend",
    "mean spend",
    "平均消费金额",
    "平均消费",
    "复购平均金额",
    "平均客单价",
  ],
};

const ROLE_OF = buildRoleOf();

function buildRoleOf(): Map<string, RfmtRole> {
  const map = new Map<string, RfmtRole>();
  for (const [role, words] of Object.entries(RFMT_SYNONYMS) as [RfmtRole, string[]][])
    for (const w of words) map.set(normalizeHeader(w), role);
  for (const w of HEADER_SYNONYMS.customer) {
    const text = normalizeHeader(w);
    if (!map.has(text)) map.set(text, "customer");
  }
  return map;
}

/** Rows searched for the header: a title or a note may sit above it. */
const HEADER_SEARCH_ROWS = 10;

export interface RfmtHeader {
  /** 0-based index of the header row. */
  row: number;
  columns: RfmtColumns;
  headers: string[];
}

function columnsOf(row: CellValue[]): RfmtColumns {
  const columns: RfmtColumns = {};
  row.forEach((cell, c) => {
    const role = ROLE_OF.get(normalizeHeader(cellText(cell)));
    if (role !== undefined && columns[role] === undefined) columns[role] = c;
  });
  return columns;
}

/**
 * The first row (of the first ten) naming frequency, recency and T; null when there is none,
 * meaning the table is not a summary of this kind.
 */
export function findRfmtHeader(values: CellValue[][]): RfmtHeader | null {
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = columnsOf(values[r] ?? []);
    const found =
      columns.frequency !== undefined && columns.recency !== undefined && columns.T !== undefined;
    if (found) return { row: r, columns, headers: (values[r] ?? []).map((v) => cellText(v)) };
  }
  return null;
}
