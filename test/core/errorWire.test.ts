// Errors survive being sent as plain data: same class, code, parameters and option path.
import {
  CancelledError,
  describeError,
  errorFromWire,
  errorToWire,
  InputError,
  OptionError,
} from "../../src/core";

/** What a structured clone (postMessage) of the wire form gives back. */
const cloned = <T>(x: T): T => structuredClone(x);

describe("errorToWire / errorFromWire", () => {
  it("rebuilds an InputError with its code and parameters", () => {
    const sent = new InputError("missingColumn", { roles: "customer", headers: "A, B" });
    const back = errorFromWire(cloned(errorToWire(sent)));
    expect(back).toBeInstanceOf(InputError);
    expect(back).toMatchObject({ code: "missingColumn", problem: "missingColumn" });
    expect((back as InputError).params).toEqual({ roles: "customer", headers: "A, B" });
    expect(describeError(back, "zh-CN")).toBe(describeError(sent, "zh-CN"));
    expect(back.stack).toBe(sent.stack);
  });

  it("rebuilds an OptionError with its path", () => {
    const sent = new OptionError("badEnum", "abc.mode", { allowed: "value, count", value: "x" });
    const back = errorFromWire(cloned(errorToWire(sent)));
    expect(back).toBeInstanceOf(OptionError);
    expect((back as OptionError).path).toBe("abc.mode");
    expect(describeError(back, "en-US")).toBe(describeError(sent, "en-US"));
  });

  it("keeps a cancellation, an office code and a bug's message", () => {
    expect(errorFromWire(cloned(errorToWire(new CancelledError())))).toBeInstanceOf(CancelledError);
    const office = Object.assign(new Error("Gone."), {
      name: "RichApi.Error",
      code: "ItemNotFound",
    });
    const back = errorFromWire(cloned(errorToWire(office)));
    expect(back).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", message: "Gone." });
    expect(describeError(back, "en-US")).toBe(describeError(office, "en-US"));
    const bug = errorFromWire(cloned(errorToWire(new RangeError("too deep"))));
    expect(bug).toMatchObject({ name: "RangeError", message: "too deep" });
    expect(errorFromWire(cloned(errorToWire("thrown text"))).message).toBe("thrown text");
  });
});
