import iconv from "iconv-lite";
import { CliError } from "../../src/cli/cliError";
import { decodeLegacy, decodeText, firstInvalidUtf8 } from "../../src/cli/decodeText";
import { guessLegacyEncoding, looksLikeGbk } from "../../src/cli/encodingGuess";

const CHINESE = '客户编号,下单日期,实付金额\n张三,2024年1月5日,"￥1,234.50"\n李四,2024/1/6,88\n';
const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");

describe("decodeText", () => {
  it("decodes UTF-8 without a BOM", () => {
    expect(decodeText(utf8(CHINESE), "auto", "f.csv")).toEqual({
      text: CHINESE,
      encoding: "utf-8",
    });
  });

  it("strips a UTF-8 BOM, whatever encoding was asked for", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(CHINESE)]);
    expect(decodeText(bytes, "auto", "f.csv")).toEqual({ text: CHINESE, encoding: "utf-8 (BOM)" });
    expect(decodeText(bytes, "gbk", "f.csv").text).toBe(CHINESE);
  });

  it("detects GBK bytes as Chinese Excel writes them", () => {
    const decoded = decodeText(iconv.encode(CHINESE, "gbk"), "auto", "f.csv");
    expect(decoded).toEqual({ text: CHINESE, encoding: "gb18030" });
  });

  it("detects a short GBK file that chardet alone misreads", () => {
    const text = "客户,日期,金额\nA001,2024年1月5日,12\n";
    expect(decodeText(iconv.encode(text, "gbk"), "auto", "f.csv").text).toBe(text);
  });

  it("decodes GBK when forced, including GB18030-only characters", () => {
    const text = "会员,金额\n𠀀记商行,10\n";
    expect(decodeText(iconv.encode(text, "gb18030"), "gbk", "f.csv")).toEqual({
      text,
      encoding: "gb18030",
    });
  });

  it("refuses non-UTF-8 bytes when UTF-8 is forced, naming the first bad byte", () => {
    const bytes = iconv.encode("id,名\n", "gbk");
    try {
      decodeText(bytes, "utf8", "gbk.csv");
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).code).toBe("file.notUtf8");
      expect((error as CliError).params).toEqual({ file: "gbk.csv", offset: 3 });
    }
  });

  it("decodes UTF-16 LE and BE with a BOM (Excel's Unicode text)", () => {
    const text = "客户\t金额\nA\t1\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]);
    expect(decodeText(le, "auto", "f.txt")).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(be, "auto", "f.txt")).toEqual({ text, encoding: "utf-16be" });
  });

  it("falls back to a Western encoding for Latin text that is not UTF-8", () => {
    const text = "name,amount\nJosé Müller,12\nCafé Zoë,3\nFrançois,4\n";
    const decoded = decodeText(iconv.encode(text, "windows-1252"), "auto", "f.csv");
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).not.toBe("gb18030");
  });
});

describe("decodeLegacy", () => {
  it("decodes with the built-in decoder or, for encodings it lacks, with iconv-lite", () => {
    expect(decodeLegacy(iconv.encode("客户,金额", "gbk"), "gb18030")).toBe("客户,金额");
    // The DOS code page is unknown to TextDecoder; iconv-lite has it.
    expect(() => new TextDecoder("cp437")).toThrow(/not supported/);
    expect(decodeLegacy(iconv.encode("Ç né", "cp437"), "cp437")).toBe("Ç né");
  });
});

describe("looksLikeGbk", () => {
  it("accepts GBK Chinese text, also cut in the middle of a character", () => {
    const bytes = iconv.encode("客户名称,北京科技有限公司", "gbk");
    expect(looksLikeGbk(bytes)).toBe(true);
    expect(looksLikeGbk(bytes.subarray(0, bytes.length - 1))).toBe(true);
  });

  it("rejects Latin-1 text, plain ASCII and bytes that are not GBK", () => {
    expect(looksLikeGbk(iconv.encode("José,12\nMüller,3", "latin1"))).toBe(false);
    expect(looksLikeGbk(Buffer.from("plain ascii, 12"))).toBe(false);
    expect(looksLikeGbk(Buffer.from([0x80, 0x41]))).toBe(false);
    expect(looksLikeGbk(Buffer.from([0xb0, 0x7f]))).toBe(false);
  });

  it("guesses gb18030 for GBK and a Western code page for Latin-1", () => {
    expect(guessLegacyEncoding(iconv.encode(CHINESE, "gbk"))).toBe("gb18030");
    expect(guessLegacyEncoding(iconv.encode("name\nJosé,Zoë,Müller,Français\n", "latin1"))).toMatch(
      /^(windows-1252|ISO-8859-\d+)$/i
    );
  });
});

describe("firstInvalidUtf8", () => {
  it("finds the offset of the first invalid sequence, -1 for valid text", () => {
    expect(firstInvalidUtf8(utf8("abc客户"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xff]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe5, 0xae]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
