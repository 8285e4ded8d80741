// The metadata Excel reads: functions.json as custom-functions-metadata generates it from the
// JSDoc of src/functions/functions.ts (what the build's plugin does), and the zh-CN file the build
// derives from it with the translation table.
import { readFileSync } from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { loadWebpackConfig, REPO_ROOT } from "../manifest/buildOutputs";

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
}

const SOURCE = path.join(REPO_ROOT, "src/functions/functions.ts");
const TABLE = path.join(REPO_ROOT, "src/functions/functions.zh-CN.json");

/** Parameters as the issue names them; optional ones in brackets. */
const EXPECTED: Record<string, string[]> = {
  RFM_SCORE: ["recency", "frequency", "monetary", "[output]", "[scoring]"],
  RFM: ["customers", "dates", "amounts", "[order_ids]", "[as_of]"],
  ABC_CLASS: ["values", "[mode]", "[a_cut]", "[b_cut]"],
  SEGMENT: ["r", "f", "m", "[scheme]", "[language]"],
  CLV: ["average_order_value", "purchases_per_year", "lifespan_years", "[margin]"],
  BGNBD_FIT: ["frequency", "recency", "T"],
  P_ALIVE: ["frequency", "recency", "T", "params"],
  EXPECTED_PURCHASES: ["periods", "frequency", "recency", "T", "params"],
  P_NO_PURCHASE: ["periods", "frequency", "recency", "T", "params"],
  CLV_INTERVAL: [
    "frequency",
    "recency",
    "T",
    "monetary",
    "[unit]",
    "[horizon_months]",
    "[model]",
    "[language]",
  ],
  NEXT_TIER: ["recency", "frequency", "monetary", "[scheme]", "[scoring]", "[language]"],
  THRESHOLDS: ["recency", "frequency", "monetary", "[scoring]", "[language]"],
};

let english: Metadata;
let associations: { functionName: string; id: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as Metadata;
  associations = generated.associate;
}, 60_000);

const byId = (metadata: Metadata, id: string): FunctionMetadata => {
  const found = metadata.functions.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};

describe("functions.json", () => {
  it("describes every exported function, under the id it is associated with", () => {
    const exported = Object.entries(functions)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    expect(associations.map((a) => a.functionName).sort()).toEqual(exported);
    expect(english.functions.map((f) => f.id).sort()).toEqual(
      expect.arrayContaining(Object.keys(EXPECTED).sort())
    );
    for (const f of english.functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))("gives %s its parameters, each with help", (id, params) => {
    const f = byId(english, id);
    expect(f.description?.length).toBeGreaterThan(20);
    expect(f.description).not.toContain("\n");
    const shown = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(shown).toEqual(params);
    for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
    // Excel passes a range argument as rows of cells, and spills the rows returned.
    expect(f.parameters[0].dimensionality).toBe("matrix");
    expect(f.result.dimensionality).toBe("matrix");
    const association = associations.find((a) => a.id === id);
    const fn = (functions as Record<string, unknown>)[association?.functionName ?? ""];
    expect(typeof fn === "function" && fn.length).toBe(params.length);
  });
});

describe("the zh-CN metadata", () => {
  let transform: (content: Buffer) => Promise<string>;

  beforeAll(async () => {
    const config = await loadWebpackConfig("production");
    const plugins = (config.plugins ?? []) as { patterns?: Record<string, unknown>[] }[];
    const pattern = plugins
      .flatMap((p) => p.patterns ?? [])
      .find((p) => p.to === "functions-zh-CN.json");
    if (!pattern || typeof pattern.transform !== "function")
      throw new Error("webpack.config.js does not build functions-zh-CN.json");
    expect(pattern.from).toBe("src/functions/functions.zh-CN.json");
    transform = pattern.transform as typeof transform;
  });

  it("is the same functions with every description translated", async () => {
    const zh = JSON.parse(await transform(readFileSync(TABLE))) as Metadata;
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        ...f,
        description: "",
        parameters: f.parameters.map((p) => ({ ...p, description: "" })),
      }));
    expect(shape(zh)).toEqual(shape(english));
    const han = /\p{Script=Han}/u;
    for (const f of zh.functions) {
      expect(f.description).toMatch(han);
      for (const p of f.parameters) expect(p.description).toMatch(han);
    }
  });

  it("lets error cells reach the functions, as functions.json does (allowErrorForDataTypeAny)", async () => {
    const zh = JSON.parse(await transform(readFileSync(TABLE))) as Record<string, unknown>;
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    const { excelMetadata } = require("../../webpack.config.js") as {
      excelMetadata: (json: string) => string;
    };
    const shipped = JSON.parse(excelMetadata(JSON.stringify(english))) as Metadata &
      Record<string, unknown>;
    expect(shipped.allowErrorForDataTypeAny).toBe(true);
    // Only `any` parameters receive errors: every range parameter must be one.
    for (const f of shipped.functions)
      for (const p of f.parameters.filter((q) => q.dimensionality === "matrix"))
        expect(`${f.id}(${p.name}): ${p.type}`).toBe(`${f.id}(${p.name}): any`);
  });

  it("fails the build when the table misses a function or a parameter, or names an unknown one", async () => {
    const table = JSON.parse(readFileSync(TABLE, "utf8")) as Record<
      string,
      { description: string; parameters: Record<string, string> }
    >;
    const withoutFunction = { ...table };
    delete withoutFunction.CLV;
    await expect(transform(Buffer.from(JSON.stringify(withoutFunction)))).rejects.toThrow(
      "CLV: no description"
    );
    const withoutParameter = structuredClone(table);
    delete withoutParameter.RFM.parameters.as_of;
    await expect(transform(Buffer.from(JSON.stringify(withoutParameter)))).rejects.toThrow(
      "RFM(as_of): no description"
    );
    const extra = structuredClone(table);
    extra.SEGMENT.parameters.colour = "颜色";
    await expect(transform(Buffer.from(JSON.stringify(extra)))).rejects.toThrow(
      "SEGMENT: no parameter colour"
    );
  }, 60_000);
});
