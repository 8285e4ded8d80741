// What the preview knows of each TIER function: its id and parameters, read from the same
// functions.json that Excel reads (generated at build time from src/functions/functions.ts).

export interface CatalogParameter {
  name: string;
  /** A range argument (rows of cells); otherwise a single value. */
  matrix: boolean;
  optional: boolean;
}

export interface CatalogFunction {
  id: string;
  parameters: CatalogParameter[];
  /**
   * The metadata's allowErrorForDataTypeAny: error cells reach the function (as error objects);
   * without it Excel answers with the first error of the arguments and never calls the function.
   */
  errorsAsInput: boolean;
}

/** Functions by the name a formula uses (upper case). */
export type FunctionCatalog = ReadonlyMap<string, CatalogFunction>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function parameterOf(value: unknown): CatalogParameter {
  const p = isRecord(value) ? value : {};
  return {
    name: String(p.name ?? ""),
    matrix: p.dimensionality === "matrix",
    optional: p.optional === true,
  };
}

/** The catalog of a functions.json document; entries it cannot read are left out. */
export function functionCatalog(metadata: unknown): FunctionCatalog {
  const catalog = new Map<string, CatalogFunction>();
  const functions =
    isRecord(metadata) && Array.isArray(metadata.functions) ? metadata.functions : [];
  const errorsAsInput = isRecord(metadata) && metadata.allowErrorForDataTypeAny === true;
  for (const f of functions as unknown[]) {
    if (!isRecord(f) || typeof f.id !== "string") continue;
    const name = typeof f.name === "string" ? f.name : f.id;
    const parameters = Array.isArray(f.parameters) ? f.parameters.map(parameterOf) : [];
    catalog.set(name.toUpperCase(), { id: f.id, parameters, errorsAsInput });
  }
  return catalog;
}

/** functions.json from the site root, where the build puts it beside preview.html. */
export async function loadFunctionCatalog(url = "functions.json"): Promise<FunctionCatalog> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return functionCatalog((await response.json()) as unknown);
}
