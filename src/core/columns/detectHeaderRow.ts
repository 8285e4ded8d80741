// Which of the first rows is the header row, if any.
import { cellText } from "../cells";
import type { CellValue } from "../types";
import { cellKind, type Kind } from "./cellKind";
import { matchHeaders } from "./matchHeaders";

const DEFAULT_MAX_SCAN = 10;
/** Rows looked at under a header-less-by-synonym candidate to see the types change. */
const ROWS_BELOW = 5;

function rowKinds(row: CellValue[] | undefined): Kind[] {
  return (row ?? []).map((v) => cellKind(v));
}

// Mostly text that is not a number or a date, and wide enough not to be a title line.
function isTextRow(kinds: Kind[], minCells: number): boolean {
  let nonBlank = 0;
  let text = 0;
  for (const k of kinds) {
    if (k !== "blank") nonBlank++;
    if (k === "text") text++;
  }
  return nonBlank >= minCells && text * 2 > nonBlank;
}

function roleCount(row: CellValue[] | undefined): number {
  return Object.keys(matchHeaders((row ?? []).map((v) => cellText(v)))).length;
}

// True when some text cell of the row stands over a column of mostly numbers or dates.
function typesChangeBelow(values: CellValue[][], r: number, kinds: Kind[]): boolean {
  const below: Kind[][] = [];
  for (let i = r + 1; i < values.length && below.length < ROWS_BELOW; i++) {
    const k = rowKinds(values[i]);
    if (k.some((x) => x !== "blank")) below.push(k);
  }
  return kinds.some((kind, c) => {
    if (kind !== "text") return false;
    let filled = 0;
    let typed = 0;
    for (const row of below) {
      const k = row[c] ?? "blank";
      if (k !== "blank") filled++;
      if (k === "number" || k === "date") typed++;
    }
    return typed * 2 > filled;
  });
}

/**
 * 0-based index of the header row within the first maxScan rows: the text row naming the most
 * roles (the first on a tie), or without any role, the first text row over numbers or dates.
 * null when no row looks like a header, i.e. the first row is already data.
 */
export function detectHeaderRow(
  values: CellValue[][],
  maxScan: number = DEFAULT_MAX_SCAN
): number | null {
  const limit = Math.min(Math.max(0, Math.floor(maxScan)), values.length);
  const kinds: Kind[][] = [];
  let width = 0;
  for (let r = 0; r < limit; r++) {
    kinds.push(rowKinds(values[r]));
    width = Math.max(width, kinds[r].length);
  }
  const minCells = Math.min(2, width);
  let best: number | null = null;
  let bestRoles = 0;
  for (let r = 0; r < limit; r++) {
    if (!isTextRow(kinds[r], minCells)) continue;
    const roles = roleCount(values[r]);
    if (roles > bestRoles) {
      best = r;
      bestRoles = roles;
    }
  }
  if (best !== null) return best;
  for (let r = 0; r < limit; r++) {
    if (isTextRow(kinds[r], minCells) && typesChangeBelow(values, r, kinds[r])) return r;
  }
  return null;
}
