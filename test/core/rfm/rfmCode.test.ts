import { rfmCodes } from "../../../src/core/rfm/rfmCode";

describe("rfmCodes", () => {
  it("builds code 100R + 10F + M and total R + F + M", () => {
    const { code, total } = rfmCodes({
      r: Uint8Array.from([5, 1, 3, 5]),
      f: Uint8Array.from([4, 1, 2, 5]),
      m: Uint8Array.from([5, 1, 1, 5]),
    });
    expect(Array.from(code)).toEqual([545, 111, 321, 555]);
    expect(Array.from(total)).toEqual([14, 3, 6, 15]);
  });

  it("gives 0 where a customer has no score", () => {
    const { code, total } = rfmCodes({
      r: Uint8Array.from([0, 4, 2]),
      f: Uint8Array.from([0, 0, 3]),
      m: Uint8Array.from([0, 2, 0]),
    });
    expect(Array.from(code)).toEqual([0, 0, 0]);
    expect(Array.from(total)).toEqual([0, 0, 0]);
  });

  it("handles no customers", () => {
    const { code, total } = rfmCodes({
      r: new Uint8Array(0),
      f: new Uint8Array(0),
      m: new Uint8Array(0),
    });
    expect(code.length + total.length).toBe(0);
  });
});
