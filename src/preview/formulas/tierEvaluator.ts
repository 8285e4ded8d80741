// Evaluates =TIER.* formulas of the preview's in-memory workbook the way Excel calls a custom
// function: arguments by the metadata (a range as rows of cells, a value as itself, a left-out
// argument as null), the function the runtime has associated with the id, its returned rows
// spilled by the workbook and its error values shown as their code (#VALUE!).
import type { FormulaEvaluator, FormulaResult } from "../../excelDouble";
import { quoteSheetName } from "../../excelDouble/address";
import type { ReadValue } from "../../excelDouble/cellValues";
import { errorValue } from "../../excelDouble/cellValues";
import { customFunctions, isFunctionError, type CustomFunction } from "../../functions/runtime";
import type { CatalogParameter, FunctionCatalog } from "./functionCatalog";
import { parseTierCall, type TierArgument } from "./parseTierCall";

/** Reads a range (with its sheet) as the workbook shows it. */
export type RangeReader = (address: string) => ReadValue[][];
export type FunctionLookup = (id: string) => CustomFunction | undefined;

const VALUE_ERROR = "#VALUE!";
// What Excel shows in a cell while its custom function's promise is pending.
const BUSY = "#BUSY!";

/**
 * Results of functions that return promises (the fits, which yield as they go), per formula cell:
 * the cell shows #BUSY! until its promise settles, then the value, until its arguments change.
 */
type Settled = { key: string; value?: FormulaResult };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

class ArgumentError extends Error {}

/** An error cell in an argument when the function may not receive errors: Excel shows it as is. */
class ErrorArgument extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function qualified(address: string, sheetName: string): string {
  if (address.includes("!")) return address;
  return `${quoteSheetName(sheetName)}!${address}`;
}

/**
 * A cell as Excel hands it to a function: an empty cell as null (Excel on the web); an error cell
 * as a CustomFunctions.Error when the metadata sets allowErrorForDataTypeAny, and otherwise not at
 * all: Excel then returns the error without calling the function, so one #N/A in an input range
 * would turn the whole result into #N/A (learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-json, "allowErrorForDataTypeAny"; custom-functions-errors).
 */
function argumentCell(v: ReadValue, errorsAsInput: boolean): unknown {
  if (v === "") return null;
  if (typeof v !== "string" || errorValue(v) === undefined) return v;
  if (!errorsAsInput) throw new ErrorArgument(v);
  const runtime = customFunctions();
  return new runtime.Error(v);
}

function argumentValue(
  arg: TierArgument | undefined,
  parameter: CatalogParameter,
  read: RangeReader,
  sheetName: string,
  errorsAsInput: boolean
): unknown {
  if (arg === undefined || arg.kind === "omitted") {
    if (!parameter.optional) throw new ArgumentError(parameter.name);
    return null;
  }
  if (arg.kind === "value") return parameter.matrix ? [[arg.value]] : arg.value;
  const rows = read(qualified(arg.address, sheetName)).map((row) =>
    row.map((v) => argumentCell(v, errorsAsInput))
  );
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

/**
 * `onSettled` is called when a promise a function returned has settled: the workbook should
 * recalculate, and the cell then shows the value.
 */
export function tierEvaluator(
  catalog: FunctionCatalog,
  lookup: FunctionLookup,
  read: RangeReader,
  onSettled: () => void = () => undefined
): FormulaEvaluator {
  const pending = new Map<string, Settled>();
  const awaited = (cell: string, key: string, call: () => unknown): FormulaResult => {
    const known = pending.get(cell);
    if (known?.key === key) return known.value ?? BUSY;
    const value = call();
    if (!isThenable(value)) return resultOf(value);
    const entry: Settled = { key };
    pending.set(cell, entry);
    value.then(
      (v) => (entry.value = resultOf(v)),
      () => (entry.value = VALUE_ERROR)
    );
    // Both handlers above ran first (then() callbacks run in order): the cell has its value.
    void Promise.resolve(value).then(onSettled, onSettled);
    return BUSY;
  };
  return (formula, sheetName, address) => {
    const call = parseTierCall(formula);
    const entry = call ? catalog.get(call.name) : undefined;
    const fn = entry ? lookup(entry.id) : undefined;
    if (!call || !entry || !fn) return undefined;
    if (call.args.length > entry.parameters.length) return VALUE_ERROR;
    try {
      const args = entry.parameters.map((p, i) =>
        argumentValue(call.args[i], p, read, sheetName, entry.errorsAsInput)
      );
      const run = (): unknown => (fn as (...a: unknown[]) => unknown)(...args);
      // The arguments as read: a changed input cell calls the function again.
      const key = `${formula}\u0000${JSON.stringify(args)}`;
      return awaited(`${sheetName}!${address}`, key, run);
    } catch (error) {
      if (error instanceof ErrorArgument) return error.code;
      // A function that throws shows #VALUE! in Excel; so does an argument of the wrong kind.
      return VALUE_ERROR;
    }
  };
}
