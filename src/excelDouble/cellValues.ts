// What a cell holds, and how Excel turns a written JS value into it. Excel parses written strings
// as if typed: "=..." is a formula, numeric text becomes a number, and so on. Reproducing that is
// the point: the adapter must neutralise formula-like text before writing customer data.
import { officeError } from "./errors";

/** An error value such as #N/A. Interned, so cells never allocate one each. */
export class CellError {
  constructor(readonly text: string) {}
}

/** Marks a formula cell in the value column; the formula text lives in a sparse map. */
export class FormulaMark {
  private readonly brand = "formula";
}

export const FORMULA = new FormulaMark();

export type StoredValue = number | string | boolean | CellError | FormulaMark;
export type ReadValue = number | string | boolean;
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

const ERROR_TEXTS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];
const ERRORS = new Map(ERROR_TEXTS.map((text) => [text, new CellError(text)]));

export function errorValue(text: string): CellError | undefined {
  return ERRORS.get(text.toUpperCase());
}

export const NAME_ERROR = ERRORS.get("#NAME?") as CellError;

/** The result of interpreting one written value. "skip" is office.js's null: leave the cell alone. */
export type CellWrite =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "value"; value: number | boolean | CellError; format?: string }
  | { kind: "text"; value: string; quotePrefix: boolean }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86400000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateSerial(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const check = new Date(time);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || y < 1900) return undefined;
  return (time - EXCEL_EPOCH) / DAY_MS;
}

function interpretString(text: string, cellFormat: string): CellWrite {
  if (text === "") return { kind: "clear" };
  if (text.startsWith("'")) return { kind: "text", value: text.slice(1), quotePrefix: true };
  // A text-formatted cell keeps whatever is typed, even "=...".
  if (cellFormat === "@") return { kind: "text", value: text, quotePrefix: false };
  if (NUMBER.test(text)) return { kind: "value", value: Number(text) };
  if (text.startsWith("=")) return { kind: "formula", formula: text };
  if (text.startsWith("+") || text.startsWith("-")) return { kind: "formula", formula: `=${text}` };
  if (text.startsWith("@")) return { kind: "formula", formula: `=${text.slice(1)}` };
  const percent = PERCENT.exec(text);
  if (percent) return { kind: "value", value: Number(percent[1]) / 100, format: "0%" };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const error = errorValue(text);
  if (error) return { kind: "value", value: error };
  const serial = dateSerial(text);
  if (serial !== undefined) return { kind: "value", value: serial, format: "m/d/yyyy" };
  return { kind: "text", value: text, quotePrefix: false };
}

/** Interprets one element of a `values`/`formulas` write; cellFormat is the cell's number format. */
export function interpretWrite(input: unknown, cellFormat: string, location: string): CellWrite {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw officeError("InvalidArgument", location, "non-finite number");
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input === "string") return interpretString(input, cellFormat);
  throw officeError("InvalidArgument", location, `unsupported cell value of type ${typeof input}`);
}

export function valueTypeOf(value: ReadValue | CellError | undefined): ValueType {
  if (value === undefined || value === "") return "Empty";
  if (value instanceof CellError) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  // Error values arrive as CellError; a string is text even when it reads like "#N/A".
  return "String";
}
