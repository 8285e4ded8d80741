// The command line's errors are coded errors like the core's: a code and parameters, their
// sentence from the catalog in either language, exit code 2 however they are worded.
import { CLI_PROBLEMS, CliError } from "../../src/cli/cliError";
import { EXIT_USAGE, outcomeOf } from "../../src/cli/errorOutcome";
import { CodedError, describeError, isMessageKey } from "../../src/core";
import { EN_US } from "../../src/core/i18n/en-US";
import { ZH_CN } from "../../src/core/i18n/zh-CN";

const words = (text: string): string => text.replace(/\{\w+\}/g, "").trim();
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("CliError", () => {
  it("is a CodedError whose sentence is the catalog's cli.* entry", () => {
    const error = new CliError("file.notFound", { file: "orders.csv" });
    expect(error).toBeInstanceOf(CodedError);
    expect(error.name).toBe("CliError");
    expect(error.code).toBe("file.notFound");
    expect(error.params).toEqual({ file: "orders.csv" });
    expect(error.messageKey).toBe("cli.file.notFound");
    expect(describeError(error, "en-US")).toBe('cannot find the file "orders.csv"');
    expect(describeError(error, "zh-CN")).toBe("找不到文件“orders.csv”");
  });

  it.each(CLI_PROBLEMS)("%s has a sentence in both languages with the same placeholders", (p) => {
    const key = `cli.${p}`;
    expect(isMessageKey(key)).toBe(true);
    const en = EN_US[key as keyof typeof EN_US];
    const zh = ZH_CN[key as keyof typeof ZH_CN];
    expect(en.trim()).not.toBe("");
    expect(zh.trim()).not.toBe("");
    // Translated, unless it only passes another message on (flag.usage: commander's own words).
    if (words(en) === "") expect(words(zh)).toBe("");
    else expect(zh).not.toBe(en);
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it("ends the run with exit code 2 and the sentence in the chosen language", () => {
    const error = new CliError("out.tooManyRows", { rows: 1_200_000, max: 1_048_575 });
    const en = outcomeOf(error, "en-US");
    const zh = outcomeOf(error, "zh-CN");
    expect(en).toEqual({ code: EXIT_USAGE, line: describeError(error, "en-US") });
    expect(zh).toEqual({ code: EXIT_USAGE, line: describeError(error, "zh-CN") });
    expect(en.line).toContain("1200000");
    expect(zh.line).toContain("1048575");
    expect(zh.line).not.toBe(en.line);
  });

  it("accepts only problems of the list, at compile time", () => {
    // @ts-expect-error "file.noSuchProblem" is not a CLI problem.
    const unknown = new CliError("file.noSuchProblem");
    // The runtime still shows the key rather than crashing, like formatMessage.
    expect(describeError(unknown, "en-US")).toBe("cli.file.noSuchProblem");
  });
});
