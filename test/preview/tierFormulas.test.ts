// =TIER.* formulas in the preview's workbook: parsed, called as Excel calls custom functions (by
// the generated metadata and the associated functions) and spilled.
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { InMemoryWorkbook } from "../../src/excelDouble";
import * as functions from "../../src/functions/functions";
import type { CustomFunction } from "../../src/functions/runtime";
import { functionCatalog, type FunctionCatalog } from "../../src/preview/formulas/functionCatalog";
import { parseTierCall } from "../../src/preview/formulas/parseTierCall";
import { tierEvaluator } from "../../src/preview/formulas/tierEvaluator";

const { excelMetadata } = require("../../webpack.config.js") as {
  excelMetadata: (json: string) => string;
};

describe("parseTierCall", () => {
  it("reads references, text, numbers, booleans and left-out arguments", () => {
    expect(
      parseTierCall(
        `=tier.rfm_score(A2:A9, 'My sheet'!$B$2:B9, Data!C:C, , "a ""b""", -1.5, 50%, TRUE)`
      )
    ).toEqual({
      name: "RFM_SCORE",
      args: [
        { kind: "reference", address: "A2:A9" },
        { kind: "reference", address: "'My sheet'!$B$2:B9" },
        { kind: "reference", address: "Data!C:C" },
        { kind: "omitted" },
        { kind: "value", value: 'a "b"' },
        { kind: "value", value: -1.5 },
        { kind: "value", value: 0.5 },
        { kind: "value", value: true },
      ],
    });
    expect(parseTierCall("=TIER.CLV()")).toEqual({ name: "CLV", args: [] });
    expect(parseTierCall('=TIER.SEGMENT(订单!A2:A9,"a,b")')?.args).toEqual([
      { kind: "reference", address: "订单!A2:A9" },
      { kind: "value", value: "a,b" },
    ]);
  });

  it("refuses anything but one TIER call", () => {
    for (const formula of [
      "=SUM(A1:A2)",
      "=TIER.CLV(A1)+1",
      "=TIER.CLV(SUM(A1:A2))",
      "=TIER.CLV(A1*2)",
      '=TIER.CLV("open)',
      "TIER.CLV(A1)",
    ])
      expect(parseTierCall(formula)).toBeNull();
  });
});

let catalog: FunctionCatalog;
/** The metadata as generated, before the build adds allowErrorForDataTypeAny. */
let catalogWithoutErrors: FunctionCatalog;
let lookup: (id: string) => CustomFunction | undefined;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.join(__dirname, "../../src/functions/functions.ts")
  );
  // What the build ships (webpack.config.js): the generated metadata plus the workbook options.
  catalog = functionCatalog(JSON.parse(excelMetadata(generated.metadataJson)));
  catalogWithoutErrors = functionCatalog(JSON.parse(generated.metadataJson));
  // What the build's loader does: associate each id with the function of that name.
  const byId = new Map(
    generated.associate.map((a) => [
      a.id,
      (functions as Record<string, unknown>)[a.functionName] as CustomFunction,
    ])
  );
  lookup = (id) => byId.get(id);
}, 60_000);

function workbook(withCatalog: FunctionCatalog = catalog): InMemoryWorkbook {
  const wb = new InMemoryWorkbook({ sheets: ["Data"] });
  wb.setValues("Data", "A1", [
    ["recency", "frequency", "monetary"],
    [10, 5, 1200],
    [40, 3, 600],
    [200, 1, 150],
    [400, 2, 90],
    [20, 8, 3000],
  ]);
  wb.setFormulaEvaluator(
    tierEvaluator(
      withCatalog,
      lookup,
      (a) => wb.getValues(a),
      () => wb.recalculate()
    )
  );
  return wb;
}

async function type(wb: InMemoryWorkbook, address: string, text: string): Promise<void> {
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Data").getRange(address).formulas = [[text]];
    await ctx.sync();
  });
}

describe("the preview's TIER formulas", () => {
  it("spill what the function returns for the same ranges", async () => {
    const wb = workbook();
    await type(wb, "E2", '=TIER.RFM_SCORE(A2:A6,B2:B6,C2:C6,"scores")');
    const direct = functions.rfmScore(
      wb.getValues("Data!A2:A6"),
      wb.getValues("Data!B2:B6"),
      wb.getValues("Data!C2:C6"),
      "scores"
    );
    expect(wb.getValues("Data!E2:G6")).toEqual(direct);
    expect(wb.toSnapshot().sheets[0].spills).toEqual({ E2: direct });
  });

  it("pass left-out arguments as null and single values as 1x1 ranges", async () => {
    const wb = workbook();
    await type(wb, "E1", '=TIER.RFM_SCORE(30,5,1200,,"fixed")');
    await type(wb, "F1", "=TIER.CLV(200,4,3,0.25)");
    expect(wb.getValues("Data!E1:F1")).toEqual([[555, 600]]);
  });

  it("recalculate when a cell they read changes, and show #SPILL! when blocked", async () => {
    const wb = workbook();
    await type(wb, "E2", "=TIER.ABC_CLASS(C2:C6)");
    const before = wb.getValues("Data!E2:E6");
    await type(wb, "C4", "100000");
    const after = wb.getValues("Data!E2:E6");
    expect(after).not.toEqual(before);
    expect(after[2]).toEqual(["A"]);
    await type(wb, "E5", "in the way");
    expect(wb.getValues("Data!E2")).toEqual([["#SPILL!"]]);
  });

  it("show the function's errors as Excel error values", async () => {
    const wb = workbook();
    await type(wb, "E2", "=TIER.RFM_SCORE(A2:A6,B2:B5,C2:C6)");
    await type(wb, "F2", '=TIER.SEGMENT(5,5,5,"nine")');
    await type(wb, "G2", "=TIER.CLV(1,2)");
    await type(wb, "H2", "=TIER.CLV(1,2,3,4,5)");
    expect(wb.getValues("Data!E2:H2")).toEqual([["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"]]);
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("E2").load("valueTypes");
      await ctx.sync();
      expect(range.valueTypes).toEqual([["Error"]]);
    });
  });

  it("hand an error cell to the function, which rejects that row only", async () => {
    const wb = workbook();
    wb.setValues("Data", "C4", [["#N/A"]]);
    await type(wb, "E2", "=TIER.ABC_CLASS(C2:C6)");
    const result = wb.getValues("Data!E2:E6").map((row) => row[0]);
    expect(result[2]).toBe("#VALUE!");
    expect(result.filter((v) => ["A", "B", "C"].includes(String(v)))).toHaveLength(4);
    // Without allowErrorForDataTypeAny Excel never calls it: the whole result is the input's #N/A.
    const bare = workbook(catalogWithoutErrors);
    bare.setValues("Data", "C4", [["#N/A"]]);
    await type(bare, "E2", "=TIER.ABC_CLASS(C2:C6)");
    expect(bare.getValues("Data!E2:E3")).toEqual([["#N/A"], [""]]);
  });

  it("show #BUSY! while a fit yields, then what the function's promise gives", async () => {
    const wb = workbook();
    wb.setValues("Data", "H1", [
      ["x", "tx", "T"],
      [2, 30, 40],
      [0, 0, 35],
      [5, 60, 61],
      [1, 3, 20],
      [3, 50, 52],
      [0, 0, 10],
    ]);
    await type(wb, "L1", "=TIER.BGNBD_FIT(H2:H7,I2:I7,J2:J7)");
    expect(wb.getValues("Data!L1")).toEqual([["#BUSY!"]]);
    const expected = await functions.bgNbdFit(
      wb.getValues("Data!H2:H7"),
      wb.getValues("Data!I2:I7"),
      wb.getValues("Data!J2:J7")
    );
    // The cell's own promise settles at about the same time as this one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const shown = wb.getValues("Data!L1:O2");
    expect(shown[0]).toEqual(expected[0]);
    expect(shown[1]).toEqual(
      expected[1].map((v) => (typeof v === "number" ? v : (v as { code: string }).code))
    );
  });

  it("leave other formulas and unknown functions #NAME?", async () => {
    const wb = workbook();
    await type(wb, "E2", "=TIER.NOPE(A2:A6)");
    await type(wb, "F2", "=SUM(A2:A6)");
    expect(wb.getValues("Data!E2:F2")).toEqual([["#NAME?", "#NAME?"]]);
  });
});
