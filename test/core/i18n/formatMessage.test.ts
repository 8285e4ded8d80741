// formatMessage cuts each catalog text at its placeholders once and reuses the pieces. The text
// must be what filling the placeholders in the catalog text gives: every key of both catalogs,
// given all, some or none of its parameters, and texts that look like placeholders or patterns.
import fc from "fast-check";
import { formatMessage, label, type MessageKey } from "../../../src/core";
import { EN_US } from "../../../src/core/i18n/en-US";
import { ZH_CN } from "../../../src/core/i18n/zh-CN";
import type { Language, MessageParams } from "../../../src/core/types";

const CATALOGS: Record<Language, Record<string, string>> = { "en-US": EN_US, "zh-CN": ZH_CN };
const KEYS = Object.keys(EN_US) as MessageKey[];

/** The catalog text with each {name} replaced by its parameter, unknown names left as they are. */
function filled(text: string, params: MessageParams): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const close = text.indexOf("}", i);
    const open = text.lastIndexOf("{", close);
    const name = close < 0 || open < i ? "" : text.slice(open + 1, close);
    if (name === "" || !/^\w+$/.test(name)) {
      out += text.slice(i, close < 0 ? text.length : close + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    out += text.slice(i, open) + (name in params ? String(params[name]) : `{${name}}`);
    i = close + 1;
  }
  return out;
}

const NAMES = [
  ...new Set(Object.values(EN_US).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
];

describe("formatMessage", () => {
  it("fills every catalog text as the placeholders say, whatever the parameters", () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.constantFrom("$&", "$1", "{to}", "}{"));
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.constantFrom<Language>("en-US", "zh-CN"),
        fc.dictionary(fc.constantFrom(...NAMES), value),
        (key, language, params) => {
          // Twice: the second call reads the pieces kept by the first.
          for (let i = 0; i < 2; i++)
            expect(formatMessage(key, params, language)).toBe(
              filled(CATALOGS[language][key], params)
            );
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("gives a label its catalog text, placeholders untouched", () => {
    for (const key of KEYS) {
      expect(label(key, "en-US")).toBe(EN_US[key]);
      expect(label(key, "zh-CN")).toBe(ZH_CN[key]);
    }
  });

  it("fills a key from outside the catalog as its own text", () => {
    const key = "old.{n} saved" as MessageKey;
    expect(formatMessage(key, { n: 3 }, "en-US")).toBe("old.3 saved");
    expect(formatMessage(key, {}, "zh-CN")).toBe("old.{n} saved");
  });
});
