// TIER.CLV: the literature's simple CLV (method.md section 4), element by element: average order
// value x purchases per year x lifespan in years x margin. Arguments are single values or ranges
// of one shape; a single value applies to every cell. The rules are the core's simpleClv's: a
// spend rate of zero or less projects nothing (0), lifespan and margin within its option limits.
import { isBlank, type Language } from "../core";
import { guard } from "./guard";
import { displayLanguage } from "./language";
import { numberAt } from "./numberRows";
import { FormulaProblem, problemError, type Problem } from "./problems";
import { cellValue, rowsOf, shapeOf } from "./ranges";

/** Limits of the core's options (clv.lifespanYears, clv.margin); purchases cannot be negative. */
const CLV_LIMITS = {
  purchasesPerYear: { min: 0, max: Infinity },
  lifespanYears: { min: 0, max: 100 },
  margin: { min: -1, max: 1 },
};

interface Grid {
  argument: string;
  rows: unknown[][];
  range: { min: number; max: number };
  /** Left out, so standing for its default: it does not make a blank row non-blank. */
  defaulted: boolean;
}

function grid(argument: string, value: unknown, range: Grid["range"], fallback?: number): Grid {
  const rows = rowsOf(value);
  const defaulted = rows === undefined && fallback !== undefined;
  return { argument, rows: rows ?? [[defaulted ? fallback : null]], range, defaulted };
}

function isSingle(g: Grid): boolean {
  return g.rows.length === 1 && g.rows[0].length === 1;
}

/** The shape of the result: that of the ranges, which must agree; 1x1 when all are single. */
function resultShape(grids: Grid[]): { rows: number; cols: number } {
  const shaped = grids.filter((g) => !isSingle(g));
  if (shaped.length === 0) return { rows: 1, cols: 1 };
  const [first] = shaped;
  for (const g of shaped) {
    if (g.rows.length !== first.rows.length || g.rows[0].length !== first.rows[0].length) {
      throw new FormulaProblem("fn.shapeMismatch", {
        argument: g.argument,
        shape: shapeOf(g.rows),
        first: first.argument,
        expected: shapeOf(first.rows),
      });
    }
  }
  return { rows: first.rows.length, cols: first.rows[0].length };
}

const at = (g: Grid, r: number, c: number): unknown => (isSingle(g) ? g.rows[0][0] : g.rows[r][c]);

/** Blank where every range given is blank there (single values apply to every cell). */
function isBlankCell(grids: Grid[], r: number, c: number): boolean {
  const shaped = grids.filter((g) => !isSingle(g));
  const deciding = shaped.length > 0 ? shaped : grids.filter((g) => !g.defaulted);
  return deciding.every((g) => isBlank(cellValue(at(g, r, c))));
}

/** A cell's number within the argument's limits, or the problem of that cell. */
function checked(g: Grid, value: unknown, row: number): number | Problem {
  const x = numberAt({ argument: g.argument, cells: [cellValue(value)], across: false }, 0);
  if (typeof x !== "number") return { ...x, params: { ...x.params, row } };
  if (x >= g.range.min && x <= g.range.max) return x;
  const params = { argument: g.argument, row, value: x, min: g.range.min, max: g.range.max };
  return { key: g.range.max === Infinity ? "fn.cellNegative" : "fn.cellOutOfRange", params };
}

function clvCell(grids: Grid[], r: number, c: number, row: number): number | Problem | "" {
  if (isBlankCell(grids, r, c)) return "";
  const numbers: number[] = [];
  for (const g of grids) {
    const x = checked(g, at(g, r, c), row);
    if (typeof x !== "number") return x;
    numbers.push(x);
  }
  const [aov, perYear, lifespan, margin] = numbers;
  const rate = aov * perYear;
  return rate <= 0 ? 0 : rate * lifespan * margin;
}

export function clvCells(
  averageOrderValue: unknown,
  purchasesPerYear: unknown,
  lifespanYears: unknown,
  margin: unknown
): unknown[][] {
  const language: Language = displayLanguage();
  return guard(
    () => language,
    () => {
      const grids = [
        grid("average_order_value", averageOrderValue, { min: -Infinity, max: Infinity }),
        grid("purchases_per_year", purchasesPerYear, CLV_LIMITS.purchasesPerYear),
        grid("lifespan_years", lifespanYears, CLV_LIMITS.lifespanYears),
        // Without a margin the result is a revenue CLV (margin 1), as in the core.
        grid("margin", margin, CLV_LIMITS.margin, 1),
      ];
      const shape = resultShape(grids);
      const out: unknown[][] = [];
      for (let r = 0; r < shape.rows; r++) {
        const line: unknown[] = [];
        for (let c = 0; c < shape.cols; c++) {
          // Rows are counted down a column and across a single row, as the range reads.
          const row = shape.rows === 1 ? c + 1 : r + 1;
          const value = clvCell(grids, r, c, row);
          line.push(typeof value === "object" ? problemError(value, language) : value);
        }
        out.push(line);
      }
      return out;
    }
  );
}
