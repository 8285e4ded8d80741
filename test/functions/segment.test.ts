// TIER.SEGMENT against the core's segments of the same scores, under every scheme.
import type { SchemeId } from "../../src/core/options";
import { segment as coreSegment } from "../../src/core/segment";
import { segment } from "../../src/functions/functions";
import { setHostLanguage } from "../../src/functions/language";
import { readPublicCsv } from "../../data/publicData";
import { column, expectCallError, expectError, firstColumn } from "./cells";

const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");

afterEach(() => setHostLanguage("en-US"));

describe.each(["four", "value-tiers", "eight", "named"] as const)("TIER.SEGMENT %s", (scheme) => {
  const core = coreSegment({ values: rows }, { asOf: "2006-12-31", scheme: scheme as SchemeId });
  const r = column(Array.from(core.scores.r));
  const f = column(Array.from(core.scores.f));
  const m = column(Array.from(core.scores.m));

  it.each(["en-US", "zh-CN"] as const)("names the core's segments in %s", (language) => {
    const expected = Array.from(core.segment, (k) => core.scheme.segments[k].label[language]);
    expect(firstColumn(segment(r, f, m, scheme, language))).toEqual(expected);
  });
});

describe("TIER.SEGMENT", () => {
  it("uses the four segments and the display language by default", () => {
    expect(segment([[5]], [[5]], [[5]])).toEqual([["High value"]]);
    setHostLanguage("zh-CN");
    expect(segment([[1]], [[4]], [[1]])).toEqual([["流失风险客户"]]);
  });

  it("shows #VALUE! in a row whose score is not 1 to 5, and blank rows blank", () => {
    const out = firstColumn(
      segment(column([5, 6, "", 2.5]), column([5, 5, "", 1]), column([5, 5, "", 1]))
    );
    expect(out[0]).toBe("High value");
    expectError(out[1], "r, row 2", '"6" is not a score from 1 to 5');
    expect(out[2]).toBe("");
    expectError(out[3], "r, row 4");
  });

  it("compares with the means of the usable rows in the eight classic segments", () => {
    // Means over rows 1 and 2 only (the third is not a score): R 3, F 3, M 3.
    const out = firstColumn(
      segment(column([5, 1, 9]), column([5, 1, 1]), column([1, 5, 1]), "eight", "en-US")
    );
    const core = coreSegment({ values: rows }, { scheme: "eight" }).scheme.segments;
    const name = (id: string): string => core.find((s) => s.id === id)?.label["en-US"] ?? "";
    expect(out[0]).toBe(name("generalValue"));
    expect(out[1]).toBe(name("importantWinBack"));
  });

  it("names the allowed schemes and languages", () => {
    expectCallError(segment([[1]], [[1]], [[1]], "five"), "value-tiers, four, eight, named");
    expectCallError(segment([[1]], [[1]], [[1]], "four", "fr-FR"), "zh-CN, en-US", "fr-FR");
  });

  it("names the argument whose length differs", () => {
    expectCallError(segment(column([1, 2]), column([1, 2]), column([1])), "m has 1 rows");
  });
});
