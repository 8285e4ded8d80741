// The stand-in for Office's CustomFunctions runtime, and handing over to the real one.
import {
  customFunctions,
  installStandInRuntime,
  invalidValue,
  isFunctionError,
  registeredFunction,
} from "../../src/functions/runtime";

type Global = { CustomFunctions?: unknown };

afterEach(() => {
  delete (globalThis as Global).CustomFunctions;
});

describe("the custom functions runtime", () => {
  it("builds #VALUE! errors with a message when there is no Office", () => {
    const error = invalidValue("frequency has 3 rows");
    expect(error).toMatchObject({ code: "#VALUE!", message: "frequency has 3 rows" });
    expect(isFunctionError(error)).toBe(true);
    expect(isFunctionError("#VALUE!")).toBe(false);
    expect(isFunctionError({ code: 7 })).toBe(false);
  });

  it("uses Office's runtime once it can build errors, and not before", () => {
    // office.js alone defines associate; Error and ErrorCode come with Excel's host script.
    const associate = jest.fn();
    (globalThis as Global).CustomFunctions = { associate };
    expect(customFunctions().associate).not.toBe(associate);

    class OfficeError {
      constructor(
        readonly code: string,
        readonly message?: string
      ) {}
    }
    (globalThis as Global).CustomFunctions = {
      associate,
      Error: OfficeError,
      ErrorCode: { invalidValue: "#VALUE!" },
    };
    expect(customFunctions().associate).toBe(associate);
    expect(invalidValue("bad")).toBeInstanceOf(OfficeError);
  });

  it("registers associated functions by id, case-insensitively, once installed as the global", () => {
    installStandInRuntime();
    const runtime = (globalThis as Global).CustomFunctions as {
      associate(id: string, f: unknown): void;
    };
    const fn = (): number => 1;
    runtime.associate("TEST_ONE", fn);
    expect(registeredFunction("test_one")).toBe(fn);
    expect(registeredFunction("TEST_TWO")).toBeUndefined();
  });

  it("leaves an existing CustomFunctions global alone", () => {
    const office = { associate: jest.fn() };
    (globalThis as Global).CustomFunctions = office;
    installStandInRuntime();
    expect((globalThis as Global).CustomFunctions).toBe(office);
  });
});
