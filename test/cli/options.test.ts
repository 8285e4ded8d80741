import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError } from "../../src/cli/cliError";
import { isLanguage, languageFromArgv, languageFromEnv } from "../../src/cli/language";
import { dateFlag, numberFlag, parseFlags, type RawFlags } from "../../src/cli/options";

const EN = { LANG: "en_US.UTF-8" };
const parse = (flags: RawFlags, env: Record<string, string | undefined> = EN) =>
  parseFlags("data.csv", flags, env);

/** The CliError a call throws, so a test can check its code and parameters. */
function cliErrorOf(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

describe("language", () => {
  it("follows LC_ALL, then LC_MESSAGES, then LANG; zh* is zh-CN, anything else en-US", () => {
    expect(languageFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(languageFromEnv({ LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(languageFromEnv({ LANG: "en_GB.UTF-8" })).toBe("en-US");
    expect(languageFromEnv({ LANG: "C.UTF-8" })).toBe("en-US");
    expect(languageFromEnv({})).toBe("en-US");
    expect(languageFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en-US");
    expect(languageFromEnv({ LC_ALL: "zh_CN.GBK", LANG: "en_US" })).toBe("zh-CN");
    expect(languageFromEnv({ LC_MESSAGES: "zh_CN", LANG: "en_US" })).toBe("zh-CN");
    expect(languageFromEnv({ LC_ALL: "", LANG: "zh_CN" })).toBe("zh-CN");
  });

  it("reads a valid --lang from argv before parsing, in both spellings", () => {
    expect(languageFromArgv(["segment", "x.csv", "--lang", "zh-CN"], EN)).toBe("zh-CN");
    expect(languageFromArgv(["segment", "--lang=zh-CN", "x.csv"], EN)).toBe("zh-CN");
    expect(languageFromArgv(["segment", "--lang", "fr"], { LANG: "zh_CN" })).toBe("zh-CN");
    expect(languageFromArgv(["segment"], EN)).toBe("en-US");
  });

  it("knows exactly the two languages", () => {
    expect(isLanguage("zh-CN")).toBe(true);
    expect(isLanguage("en-US")).toBe(true);
    expect(isLanguage("zh")).toBe(false);
  });
});

describe("numberFlag", () => {
  it("reads plain numbers and, where allowed, percentages", () => {
    expect(numberFlag("--margin", "0.25", 0, 1, true)).toBe(0.25);
    expect(numberFlag("--margin", "25%", 0, 1, true)).toBe(0.25);
    expect(numberFlag("--margin", " 12.5 % ", 0, 1, true)).toBe(0.125);
    expect(numberFlag("--margin", ".5", 0, 1, true)).toBe(0.5);
    expect(numberFlag("--margin", "1", 0, 1, true)).toBe(1);
    expect(numberFlag("--margin", "0", 0, 1, true)).toBe(0);
    expect(numberFlag("--lifespan", "3", 0, 100)).toBe(3);
    expect(numberFlag("--lifespan", "1e1", 0, 100)).toBe(10);
    expect(numberFlag("--lifespan", undefined, 0, 100)).toBeUndefined();
  });

  it.each([
    ["abc", true],
    ["", true],
    ["1.5", true],
    ["-0.1", true],
    ["101%", true],
    ["25%", false],
    ["0x10", false],
    ["Infinity", false],
    ["3 years", false],
    ["1,5", false],
  ])("rejects %p (percent allowed: %p) naming the flag and range", (value, percent) => {
    const error = cliErrorOf(() => numberFlag("--margin", value, 0, 1, percent));
    expect(error.code).toBe("flag.badNumber");
    expect(error.params).toEqual({ flag: "--margin", value, min: 0, max: 1 });
  });
});

describe("dateFlag", () => {
  it("accepts calendar dates as YYYY-MM-DD", () => {
    expect(dateFlag("--as-of", "2024-02-29")).toBe("2024-02-29");
    expect(dateFlag("--as-of", "2006-12-31")).toBe("2006-12-31");
  });

  it.each(["2023-02-29", "2024-13-01", "2024-1-5", "20240105", "yesterday", "2024/01/05", ""])(
    "rejects %p",
    (value) => {
      expect(cliErrorOf(() => dateFlag("--as-of", value)).code).toBe("flag.badDate");
    }
  );
});

describe("parseFlags", () => {
  it("without flags passes only the language to the core and uses the defaults of the CLI", () => {
    const s = parse({});
    expect(s).toEqual({
      file: "data.csv",
      language: "en-US",
      encoding: "auto",
      engine: "auto",
      sheet: null,
      json: false,
      out: null,
      quiet: false,
      core: { language: "en-US" },
      columns: {},
    });
    expect(parse({}, { LANG: "zh_CN.UTF-8" }).core).toEqual({ language: "zh-CN" });
  });

  it("maps every option flag to its core option", () => {
    const s = parse({
      asOf: "2024-06-30",
      scoring: "rfm-r",
      scheme: "named",
      abcMode: "count",
      abcBasis: "profit",
      margin: "30%",
      lifespan: "5",
      lang: "zh-CN",
      dateOrder: "dmy",
      decimalComma: true,
      dateSystem: "1904",
      removeDuplicates: true,
      shape: "summary",
    });
    expect(s.language).toBe("zh-CN");
    expect(s.core).toEqual({
      language: "zh-CN",
      shape: "summary",
      asOf: "2024-06-30",
      decimalComma: true,
      removeDuplicates: true,
      dates: { order: "dmy", system: 1904 },
      abc: { mode: "count", basis: "profit" },
      rfm: { scoring: "rfm-r" },
      scheme: "named",
      clv: { margin: 0.3, lifespanYears: 5 },
    });
  });

  it("accepts every value of every enumerated flag", () => {
    for (const v of ["quantile", "fixed", "rfm-r"])
      expect(parse({ scoring: v }).core.rfm?.scoring).toBe(v);
    for (const v of ["value-tiers", "four", "eight", "named"])
      expect(parse({ scheme: v }).core.scheme).toBe(v);
    for (const v of ["value", "count", "absolute"])
      expect(parse({ abcMode: v }).core.abc?.mode).toBe(v);
    for (const v of ["monetary", "profit", "clv"])
      expect(parse({ abcBasis: v }).core.abc?.basis).toBe(v);
    for (const v of ["ymd", "dmy", "mdy"])
      expect(parse({ dateOrder: v }).core.dates?.order).toBe(v);
    for (const v of ["auto", "transactions", "summary"])
      expect(parse({ shape: v }).core.shape).toBe(v);
    expect(parse({ dateSystem: "1900" }).core.dates?.system).toBe(1900);
    expect(parse({ lang: "en-US" }, { LANG: "zh_CN" }).language).toBe("en-US");
  });

  it.each<[keyof RawFlags, string, string]>([
    ["scoring", "--scoring", "median"],
    ["abcMode", "--abc-mode", "share"],
    ["abcBasis", "--abc-basis", "revenue"],
    ["dateOrder", "--date-order", "DMY"],
    ["dateSystem", "--date-system", "2000"],
    ["shape", "--shape", "orders"],
    ["lang", "--lang", "fr-FR"],
    ["encoding", "--encoding", "latin1"],
  ])(
    "rejects a bad %s with the flag name, the allowed values and the value",
    (key, flag, value) => {
      const error = cliErrorOf(() => parse({ [key]: value }));
      expect(error.code).toBe("flag.badEnum");
      expect(error.params.flag).toBe(flag);
      expect(error.params.value).toBe(value);
      expect(String(error.params.allowed).length).toBeGreaterThan(0);
    }
  );

  it("checks --margin as 0..1 or a percentage and --lifespan as 0..100 years", () => {
    expect(cliErrorOf(() => parse({ margin: "abc" })).params).toEqual({
      flag: "--margin",
      value: "abc",
      min: 0,
      max: 1,
    });
    expect(cliErrorOf(() => parse({ margin: "25" })).code).toBe("flag.badNumber");
    expect(cliErrorOf(() => parse({ lifespan: "-1" })).params.flag).toBe("--lifespan");
    expect(cliErrorOf(() => parse({ lifespan: "101" })).params.flag).toBe("--lifespan");
    expect(cliErrorOf(() => parse({ lifespan: "three" })).params.flag).toBe("--lifespan");
  });

  it("checks --as-of", () => {
    expect(cliErrorOf(() => parse({ asOf: "2024-02-30" })).params).toEqual({
      flag: "--as-of",
      value: "2024-02-30",
    });
  });

  it("reads the encoding, its aliases and the sheet", () => {
    expect(parse({ encoding: "gbk" }).encoding).toBe("gbk");
    expect(parse({ encoding: "GB18030" }).encoding).toBe("gbk");
    expect(parse({ encoding: "gb2312" }).encoding).toBe("gbk");
    expect(parse({ encoding: "utf-8" }).encoding).toBe("utf8");
    expect(parse({ encoding: "utf8" }).encoding).toBe("utf8");
    expect(parse({ sheet: "订单" }).sheet).toBe("订单");
  });

  it("reads --json, --quiet and --out with its format from the extension", () => {
    const s = parse({ json: true, quiet: true, out: "result.XLSX" });
    expect(s.json).toBe(true);
    expect(s.quiet).toBe(true);
    expect(s.out).toEqual({ path: "result.XLSX", format: "xlsx", overwrite: false });
    expect(parse({ out: "dir/r.csv", overwrite: true }).out).toEqual({
      path: "dir/r.csv",
      format: "csv",
      overwrite: true,
    });
    for (const value of ["r.txt", "r.xls", "r", "r.json"]) {
      expect(cliErrorOf(() => parse({ out: value })).params).toEqual({ value });
    }
  });

  it("keeps column flags as typed and rejects blanks and column 0", () => {
    const s = parse({
      customer: "会员ID",
      date: "B",
      amount: "3",
      orderId: "Order No",
      profit: "毛利",
    });
    expect(s.columns).toEqual({
      customer: "会员ID",
      date: "B",
      amount: "3",
      orderId: "Order No",
      profit: "毛利",
    });
    expect(s.core.mapping).toBeUndefined();
    expect(cliErrorOf(() => parse({ customer: "0" })).params).toEqual({
      flag: "--customer",
      value: "0",
    });
    expect(cliErrorOf(() => parse({ orderId: "  " })).params).toEqual({
      flag: "--order-id",
      value: "  ",
    });
  });

  describe("--scheme", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "tiering-scheme-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("reads a JSON rules table (BOM allowed) and hands it to the core as data", () => {
      const table = { id: "mine", rules: [{ segment: "top", total: [12, 15] }], fallback: "rest" };
      const file = join(dir, "rules.json");
      writeFileSync(file, "\ufeff" + JSON.stringify(table));
      expect(parse({ scheme: file }).core.scheme).toEqual(table);
    });

    it("names a missing or broken rules file, and an unknown scheme name", () => {
      const missing = join(dir, "none.json");
      expect(cliErrorOf(() => parse({ scheme: missing })).params).toEqual({
        file: missing,
        reason: "ENOENT",
      });
      const broken = join(dir, "broken.json");
      writeFileSync(broken, "{ not json");
      const error = cliErrorOf(() => parse({ scheme: broken }));
      expect(error.code).toBe("flag.badSchemeFile");
      expect(error.params.file).toBe(broken);
      const unknown = cliErrorOf(() => parse({ scheme: "fourteen" }));
      expect(unknown.code).toBe("flag.badScheme");
      expect(unknown.params).toEqual({
        value: "fourteen",
        allowed: "value-tiers, four, eight, named",
      });
    });
  });
});

describe("--engine", () => {
  it("takes auto, duckdb or core and names the choices otherwise", () => {
    for (const engine of ["auto", "duckdb", "core"])
      expect(parseFlags("data.csv", { engine }, { LANG: "en_US.UTF-8" }).engine).toBe(engine);
    expect(() => parseFlags("data.csv", { engine: "polars" }, {})).toThrow(
      expect.objectContaining({
        problem: "flag.badEnum",
        params: { flag: "--engine", value: "polars", allowed: "auto, duckdb, core" },
      })
    );
  });
});
