// Where the TIER functions meet Excel's custom functions runtime. In Excel (the shared runtime)
// office.js defines the CustomFunctions global: associate() from office.js itself, Error and
// ErrorCode once the Excel host script has loaded. Node tests and the browser preview have no such
// global, so a stand-in of the same shape takes its place and the functions never need to know
// where they run.

/** The error values a function returns in a cell: Excel shows `code`, and `message` on hover. */
export interface FunctionErrorValue {
  readonly code: string;
  readonly message?: string;
}

// A function as CustomFunctions.associate takes it; `never[]` accepts any parameter list.
export type CustomFunction = (...args: never[]) => unknown;

/** The part of office.js's CustomFunctions namespace the functions use. */
export interface CustomFunctionsRuntime {
  associate(id: string, fn: CustomFunction): void;
  Error: new (code: string, message?: string) => FunctionErrorValue;
  ErrorCode: { invalidValue: string };
}

class StandInError implements FunctionErrorValue {
  // office.js marks its errors this way when they cross from the runtime to the grid.
  readonly type = "CustomFunctionError";
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

const registry = new Map<string, CustomFunction>();

const STAND_IN: CustomFunctionsRuntime = {
  associate: (id, fn) => {
    registry.set(id.toUpperCase(), fn);
  },
  Error: StandInError,
  ErrorCode: { invalidValue: "#VALUE!" },
};

type Global = { CustomFunctions?: Partial<CustomFunctionsRuntime> };

function officeRuntime(): Partial<CustomFunctionsRuntime> | undefined {
  return (globalThis as Global).CustomFunctions;
}

/** Office's CustomFunctions when it can build errors (Excel), else the stand-in. */
export function customFunctions(): CustomFunctionsRuntime {
  const office = officeRuntime();
  const complete =
    office !== undefined &&
    typeof office.associate === "function" &&
    typeof office.Error === "function" &&
    office.ErrorCode !== undefined;
  return complete ? (office as CustomFunctionsRuntime) : STAND_IN;
}

/** #VALUE! with a message, as an Excel error value (never thrown). */
export function invalidValue(message: string): FunctionErrorValue {
  const runtime = customFunctions();
  return new runtime.Error(runtime.ErrorCode.invalidValue, message);
}

export function isFunctionError(value: unknown): value is FunctionErrorValue {
  if (typeof value !== "object" || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * Makes the stand-in the CustomFunctions global where office.js is absent (the preview page), so
 * the associate() calls custom-functions-metadata-plugin appends to functions.ts register there.
 */
export function installStandInRuntime(): void {
  const global = globalThis as Global;
  if (global.CustomFunctions === undefined) global.CustomFunctions = STAND_IN;
}

/** A function the stand-in has seen associated under this id (case-insensitive, as Excel). */
export function registeredFunction(id: string): CustomFunction | undefined {
  return registry.get(id.toUpperCase());
}
