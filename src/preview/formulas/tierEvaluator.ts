// Evaluates =TIER.* formulas of the preview's in-memory workbook the way Excel calls a custom
// function: arguments by the metadata (a range as rows of cells, a value as itself, a left-out
// argument as null), the function the runtime has associated with the id, its returned rows
// spilled by the workbook and its error values shown as their code (#VALUE!).
import type { FormulaEvaluator, FormulaResult } from "../../excelDouble";
import { quoteSheetName } from "../../excelDouble/address";
import type { ReadValue } from "../../excelDouble/cellValues";
import { isFunctionError, type CustomFunction } from "../../functions/runtime";
import type { CatalogParameter, FunctionCatalog } from "./functionCatalog";
import { parseTierCall, type TierArgument } from "./parseTierCall";

/** Reads a range (with its sheet) as the workbook shows it. */
export type RangeReader = (address: string) => ReadValue[][];
export type FunctionLookup = (id: string) => CustomFunction | undefined;

const VALUE_ERROR = "#VALUE!";

class ArgumentError extends Error {}

function qualified(address: string, sheetName: string): string {
  if (address.includes("!")) return address;
  return `${quoteSheetName(sheetName)}!${address}`;
}

// Excel on the web hands an empty cell of a range to a function as null.
const asArgumentCell = (v: ReadValue): ReadValue | null => (v === "" ? null : v);

function argumentValue(
  arg: TierArgument | undefined,
  parameter: CatalogParameter,
  read: RangeReader,
  sheetName: string
): unknown {
  if (arg === undefined || arg.kind === "omitted") {
    if (!parameter.optional) throw new ArgumentError(parameter.name);
    return null;
  }
  if (arg.kind === "value") return parameter.matrix ? [[arg.value]] : arg.value;
  const rows = read(qualified(arg.address, sheetName)).map((row) => row.map(asArgumentCell));
  if (parameter.matrix) return rows;
  // A range given for a single value: Excel would call the function per cell; not modelled here.
  if (rows.length !== 1 || rows[0].length !== 1) throw new ArgumentError(parameter.name);
  return rows[0][0];
}

function resultCell(value: unknown): ReadValue {
  if (isFunctionError(value)) return value.code;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string" || typeof value === "boolean") return value;
  // Excel shows null in a returned array as 0.
  if (value === null || value === undefined) return 0;
  return VALUE_ERROR;
}

function resultOf(value: unknown): FormulaResult {
  if (!Array.isArray(value)) return resultCell(value);
  return value.map((row: unknown) =>
    Array.isArray(row) ? row.map(resultCell) : [resultCell(row)]
  );
}

export function tierEvaluator(
  catalog: FunctionCatalog,
  lookup: FunctionLookup,
  read: RangeReader
): FormulaEvaluator {
  return (formula, sheetName) => {
    const call = parseTierCall(formula);
    const entry = call ? catalog.get(call.name) : undefined;
    const fn = entry ? lookup(entry.id) : undefined;
    if (!call || !entry || !fn) return undefined;
    if (call.args.length > entry.parameters.length) return VALUE_ERROR;
    try {
      const args = entry.parameters.map((p, i) => argumentValue(call.args[i], p, read, sheetName));
      return resultOf((fn as (...a: unknown[]) => unknown)(...args));
    } catch {
      // A function that throws shows #VALUE! in Excel; so does an argument of the wrong kind.
      return VALUE_ERROR;
    }
  };
}
