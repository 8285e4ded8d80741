import { BUILT_IN_SCHEMES, schemeById } from "../../../src/core/segments";

describe("schemeById", () => {
  it("finds each built-in scheme", () => {
    expect(schemeById("value-tiers")).toBe(BUILT_IN_SCHEMES["value-tiers"]);
    expect(schemeById("four")).toBe(BUILT_IN_SCHEMES.four);
    expect(schemeById("eight")).toBe(BUILT_IN_SCHEMES.eight);
    expect(schemeById("named")).toBe(BUILT_IN_SCHEMES.named);
  });

  it("returns undefined for anything else, including inherited property names", () => {
    expect(schemeById("Four")).toBeUndefined();
    expect(schemeById("")).toBeUndefined();
    expect(schemeById("constructor")).toBeUndefined();
    expect(schemeById("toString")).toBeUndefined();
  });
});
