// The columns a run reads when the header row alone decides the mapping, so a streamed reader
// may keep only those and drop the rest of a wide sheet as it reads (issue 14). Exact or nothing:
// whenever detection would look at values, the answer is null and every column is kept.
import { cellText } from "../cells";
import type { CellValue, Role } from "../types";
import { columnIndexOfLetter } from "./columnLetter";
import { detectHeaderRow } from "./detectHeaderRow";
import { detectShape, toTransactionsMapping } from "./detectShape";
import { matchHeaders } from "./matchHeaders";
import { normalizeHeader } from "./normalizeHeader";

/** detectHeaderRow scans this many rows: the first rows a reader must hold whole. */
export const HEADER_SCAN_ROWS = 10;

export interface HeaderColumnsOptions {
  headerRow?: "auto" | "none" | number;
  shape?: "auto" | "transactions" | "summary";
  /** The user's overrides; numbers are 0-based columns of `firstRows`. */
  mapping?: Partial<Record<Role, number | string>>;
}

/** The roles detectFromValues fills when the headers do not name them. */
const VALUE_ROLES: Record<"transactions" | "summary", Role[]> = {
  transactions: ["customer", "date", "amount", "orderId"],
  summary: ["customer"],
};

/**
 * Roles recognised by their headers so that no other role takes their column, but whose values
 * no part of a run reads: their columns need not be kept. The group column is read only by CLV by
 * group on a column, which the CLI asks for by naming it (`--group`), so it comes in as a mapping.
 */
const NEVER_READ: ReadonlySet<Role> = new Set<Role>(["quantity", "category", "region", "group"]);

function overrideColumn(value: number | string, headers: string[]): number {
  if (typeof value === "number") return Number.isInteger(value) ? value : -1;
  const wanted = normalizeHeader(value);
  const byHeader = wanted === "" ? -1 : headers.findIndex((h) => normalizeHeader(h) === wanted);
  return byHeader >= 0 ? byHeader : columnIndexOfLetter(value);
}

/**
 * The 0-based columns of `firstRows` (the first HEADER_SCAN_ROWS rows of the block, whole) that
 * the mapping can use, or null when values must decide: no header row by role names, a role that
 * only the values could find, or an override that names no column here.
 */
export function columnsNamedByHeader(
  firstRows: CellValue[][],
  options: HeaderColumnsOptions = {}
): Set<number> | null {
  const headerRow = options.headerRow ?? "auto";
  if (headerRow === "none") return null;
  const index = headerRow === "auto" ? detectHeaderRow(firstRows) : headerRow;
  if (index === null || index >= firstRows.length) return null;
  const headers = (firstRows[index] ?? []).map((v) => cellText(v));
  const matched = matchHeaders(headers);
  if (Object.keys(matched).length === 0) return null; // not found by its names
  const asked = options.shape ?? "auto";
  const shape = asked === "auto" ? detectShape(matched) : asked;
  const known =
    shape === "transactions" && (matched.date !== undefined || asked === "transactions")
      ? toTransactionsMapping(matched)
      : matched;
  if (shape === "summary" && detectShape(matched) !== "summary") return null;
  if (VALUE_ROLES[shape].some((role) => known[role] === undefined)) return null;
  const keep = new Set<number>();
  for (const [role, column] of Object.entries(matched) as [Role, number | undefined][])
    if (column !== undefined && !NEVER_READ.has(role)) keep.add(column);
  for (const value of Object.values(options.mapping ?? {})) {
    if (value === undefined) continue;
    const column = overrideColumn(value, headers);
    if (column < 0) return null;
    keep.add(column);
  }
  return keep;
}
