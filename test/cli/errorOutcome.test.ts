import { CliError } from "../../src/cli/cliError";
import {
  EXIT_CANCELLED,
  EXIT_UNEXPECTED,
  EXIT_USAGE,
  flagOfPath,
  outcomeOf,
} from "../../src/cli/errorOutcome";
import { CancelledError, InputError, OptionError } from "../../src/core/errors";

describe("outcomeOf", () => {
  it("gives a CLI problem exit code 2 and its text in the chosen language", () => {
    const error = new CliError("flag.badNumber", {
      flag: "--margin",
      value: "abc",
      min: 0,
      max: 1,
    });
    expect(outcomeOf(error, "en-US")).toEqual({
      code: EXIT_USAGE,
      line: '--margin must be a number between 0 and 1 (got "abc")',
    });
    expect(outcomeOf(error, "zh-CN")).toEqual({
      code: EXIT_USAGE,
      line: "--margin 必须是 0 到 1 之间的数字（实际为“abc”）",
    });
  });

  it("names the flag behind a core option error", () => {
    const error = new OptionError("outOfRange", "clv.lifespanYears", {
      value: 200,
      min: 0,
      max: 100,
    });
    const outcome = outcomeOf(error, "en-US");
    expect(outcome.code).toBe(EXIT_USAGE);
    expect(outcome.line).toContain("--lifespan");
    expect(outcome.line).not.toContain("clv.lifespanYears");
  });

  it("gives an input error exit code 2 with the core's message", () => {
    const outcome = outcomeOf(new InputError("noRows"), "en-US");
    expect(outcome).toEqual({ code: EXIT_USAGE, line: "There are no data rows." });
  });

  it("gives a cancelled run 130 and anything else 1 with its message", () => {
    expect(outcomeOf(new CancelledError(), "en-US")).toEqual({
      code: EXIT_CANCELLED,
      line: "cancelled",
    });
    expect(outcomeOf(new CancelledError(), "zh-CN").line).toBe("已取消");
    expect(outcomeOf(new TypeError("x is not a function"), "en-US")).toEqual({
      code: EXIT_UNEXPECTED,
      line: "unexpected error: x is not a function",
    });
    expect(outcomeOf("boom", "en-US").code).toBe(EXIT_UNEXPECTED);
  });
});

describe("flagOfPath", () => {
  it("maps core option paths to the flags that set them", () => {
    expect(flagOfPath("asOf")).toBe("--as-of");
    expect(flagOfPath("rfm.scoring")).toBe("--scoring");
    expect(flagOfPath("abc.mode")).toBe("--abc-mode");
    expect(flagOfPath("clv.margin")).toBe("--margin");
    expect(flagOfPath("mapping.orderId")).toBe("--order-id");
    expect(flagOfPath("scheme.rules[2].r")).toBe("--scheme (rules[2].r)");
    expect(flagOfPath("valueScore.weights")).toBe("valueScore.weights");
  });
});
