// The BG/NBD parameters as a range: one row r, alpha, a, b, or the two rows TIER.BGNBD_FIT spills
// (names over values, in any order). Down a column works the same way, transposed.
import { type BgNbdParams, parseAmount } from "../core";
import { FormulaProblem } from "./problems";
import { cellValue, laidOut, rowsOf } from "./ranges";

export const PARAM_NAMES = ["r", "alpha", "a", "b"] as const;

function positive(value: unknown): number {
  const x = parseAmount(cellValue(value), false);
  return x > 0 && Number.isFinite(x) ? x : NaN;
}

/** The four parameters in PARAM_NAMES order, or undefined when the block is not one of the forms. */
function valuesOf(block: unknown[][]): number[] | undefined {
  if (block.length === 1 && block[0].length === 4) return block[0].map(positive);
  if (block.length !== 2 || block[0].length !== 4) return undefined;
  const names = block[0].map((v) =>
    String(cellValue(v) ?? "")
      .trim()
      .toLowerCase()
  );
  const order = PARAM_NAMES.map((name) => names.indexOf(name));
  if (order.some((c) => c < 0)) return undefined;
  return order.map((c) => positive(block[1][c]));
}

export function readBgNbdParams(value: unknown, argument: string): BgNbdParams {
  const rows = rowsOf(value) ?? [[null]];
  const block = laidOut(rows, rows.length === 4 && rows[0].length <= 2);
  const values = valuesOf(block);
  if (!values || values.some(Number.isNaN)) throw new FormulaProblem("fn.badParams", { argument });
  const [r, alpha, a, b] = values;
  return { r, alpha, a, b };
}
