// The purchase model's parameters as a range: one row r, alpha, a, b (BG/NBD), or the two rows
// TIER.BGNBD_FIT or TIER.PNBD_FIT spills (names over values, in any order: r, alpha, s, beta
// names Pareto/NBD). Down a column works the same way, transposed.
import {
  type BgNbdParams,
  type ParetoNbdParams,
  parseAmount,
  type PurchaseModel,
  type PurchaseParams,
} from "../core";
import { FormulaProblem } from "./problems";
import { cellValue, laidOut, rowsOf } from "./ranges";

export const PARAM_NAMES = ["r", "alpha", "a", "b"] as const;
export const PARETO_PARAM_NAMES = ["r", "alpha", "s", "beta"] as const;

function positive(value: unknown): number {
  const x = parseAmount(cellValue(value), false);
  return x > 0 && Number.isFinite(x) ? x : NaN;
}

/** The four parameters in `names` order, or undefined when the block is not one of the forms. */
function valuesOf(block: unknown[][], names: readonly string[]): number[] | undefined {
  if (block.length === 1 && block[0].length === 4) return block[0].map(positive);
  if (block.length !== 2 || block[0].length !== 4) return undefined;
  const given = block[0].map((v) =>
    String(cellValue(v) ?? "")
      .trim()
      .toLowerCase()
  );
  const order = names.map((name) => given.indexOf(name));
  if (order.some((c) => c < 0)) return undefined;
  return order.map((c) => positive(block[1][c]));
}

export function readBgNbdParams(value: unknown, argument: string): BgNbdParams {
  const read = readPurchaseParams(value, argument);
  if (read.model === "pnbd") throw new FormulaProblem("fn.badParams", { argument });
  return read.params as BgNbdParams;
}

/** BG/NBD parameters, or Pareto/NBD's when the names row says r, alpha, s, beta. */
export function readPurchaseParams(
  value: unknown,
  argument: string
): { model: PurchaseModel; params: PurchaseParams } {
  const rows = rowsOf(value) ?? [[null]];
  const block = laidOut(rows, rows.length === 4 && rows[0].length <= 2);
  const pareto = valuesOf(block, PARETO_PARAM_NAMES);
  if (block.length === 2 && pareto && !pareto.some(Number.isNaN)) {
    const [r, alpha, s, beta] = pareto;
    const params: ParetoNbdParams = { r, alpha, s, beta };
    return { model: "pnbd", params };
  }
  const values = valuesOf(block, PARAM_NAMES);
  if (!values || values.some(Number.isNaN)) throw new FormulaProblem("fn.badParams", { argument });
  const [r, alpha, a, b] = values;
  return { model: "bgnbd", params: { r, alpha, a, b } };
}
