// Cells Excel hands a function besides text, numbers and booleans: error cells (as
// CustomFunctions.Error objects, once the metadata sets allowErrorForDataTypeAny) and data-type
// entities. Each is a bad value of its own row, named in the message; the other rows are computed.
import { abcClass, rfm } from "../../src/functions/functions";
import { customFunctions } from "../../src/functions/runtime";
import { column, expectError, firstColumn } from "./cells";

const runtime = customFunctions();
const notAvailable = new runtime.Error("#N/A");
// An entity as the data types JSON describes it (a Stocks or Geography cell, or an add-in's own).
const entity = {
  type: "Entity",
  text: "Contoso",
  properties: { price: { type: "Double", basicValue: 5 } },
};

describe("error and entity cells in a function's input", () => {
  it("reject the row of an error cell, with its code, and class the others", () => {
    const out = firstColumn(abcClass(column([100, notAvailable, 50, 10, 1])));
    expectError(out[1], "#N/A", "2");
    expect(out.filter((c) => typeof c === "string")).toHaveLength(4);
  });

  it("treat an entity as a bad value, never as the text [object Object]", async () => {
    const rows = await rfm(
      column(["c1", entity, "c2"]),
      column([45000, 45001, 45002]),
      column([10, 20, 30])
    );
    const text = JSON.stringify(rows);
    expect(text).not.toContain("[object Object]");
    expect(text).not.toContain("Contoso");
    // The counts row says the entity's row was rejected; the two customers are there.
    expect(text).toContain("used 2, rejected 1");
    const customers = rows.map((row) => row[0]);
    expect(customers).toEqual(expect.arrayContaining(["c1", "c2"]));
  });
});
