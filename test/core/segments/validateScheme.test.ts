import { BUILT_IN_SCHEMES } from "../../../src/core/segments/schemes";
import { validateScheme } from "../../../src/core/segments/validateScheme";

type Loose = Record<string, unknown> & {
  segments: Record<string, unknown>[];
  rules: Record<string, unknown>[];
};

/** A mutable copy of the four-segment scheme to break in one place. */
const four = (): Loose => structuredClone(BUILT_IN_SCHEMES.four) as unknown as Loose;

describe("validateScheme", () => {
  it("accepts every built-in scheme and returns an equal copy", () => {
    for (const scheme of Object.values(BUILT_IN_SCHEMES)) {
      const check = validateScheme(scheme);
      expect(check).toEqual({ ok: true, scheme });
      if (check.ok) expect(check.scheme).not.toBe(scheme);
    }
  });

  it("accepts a scheme without rules (everyone gets the fallback)", () => {
    const s = four();
    s.rules = [];
    expect(validateScheme(s).ok).toBe(true);
  });

  it("drops fields it does not know from the copy, outside the rules", () => {
    const s = four();
    s.note = "mine";
    const check = validateScheme(s);
    expect(check.ok && "note" in check.scheme).toBe(false);
  });

  it.each([null, 5, "four", [], undefined])("rejects %p as notAnObject", (bad) => {
    expect(validateScheme(bad)).toEqual({ ok: false, path: "", problem: "notAnObject" });
  });

  it("requires an id", () => {
    const s = four();
    s.id = " ";
    expect(validateScheme(s)).toEqual({ ok: false, path: "id", problem: "badId" });
  });

  it("requires a name in both languages", () => {
    const s = four();
    s.name = { "zh-CN": "四类" };
    expect(validateScheme(s)).toEqual({ ok: false, path: "name.en-US", problem: "missingLabel" });
  });

  it("requires a non-empty list of segments", () => {
    const s = four();
    (s as Record<string, unknown>).segments = "high";
    expect(validateScheme(s)).toEqual({ ok: false, path: "segments", problem: "notArray" });
    s.segments = [];
    expect(validateScheme(s)).toEqual({ ok: false, path: "segments", problem: "noSegments" });
  });

  it("checks each segment's id, labels and action", () => {
    let s = four();
    s.segments[2] = "low" as unknown as Record<string, unknown>;
    expect(validateScheme(s)).toEqual({ ok: false, path: "segments[2]", problem: "notAnObject" });
    s = four();
    s.segments[1].id = 7;
    expect(validateScheme(s)).toEqual({ ok: false, path: "segments[1].id", problem: "badId" });
    s = four();
    s.segments[3].id = "high";
    expect(validateScheme(s)).toEqual({
      ok: false,
      path: "segments[3].id",
      problem: "duplicateId",
    });
    s = four();
    s.segments[0].label = { "zh-CN": "高价值客户", "en-US": "" };
    expect(validateScheme(s)).toEqual({
      ok: false,
      path: "segments[0].label.en-US",
      problem: "missingLabel",
    });
    s = four();
    delete s.segments[0].label;
    expect(validateScheme(s)).toEqual({
      ok: false,
      path: "segments[0].label",
      problem: "missingLabel",
    });
    s = four();
    s.segments[0].action = "vip";
    expect(validateScheme(s)).toEqual({
      ok: false,
      path: "segments[0].action",
      problem: "badAction",
    });
  });

  it("requires every rule to name a defined segment", () => {
    const s = four();
    s.rules[1].segment = "churn";
    expect(validateScheme(s)).toEqual({
      ok: false,
      path: "rules[1].segment",
      problem: "unknownSegment",
    });
    delete s.rules[1].segment;
    expect(validateScheme(s)).toEqual({
      ok: false,
      path: "rules[1].segment",
      problem: "unknownSegment",
    });
  });

  it("requires the fallback to be a defined segment", () => {
    const s = four();
    s.fallback = "others";
    expect(validateScheme(s)).toEqual({ ok: false, path: "fallback", problem: "unknownSegment" });
  });

  it("requires rules to be a list of objects", () => {
    let s = four();
    (s as Record<string, unknown>).rules = {};
    expect(validateScheme(s)).toEqual({ ok: false, path: "rules", problem: "notArray" });
    s = four();
    s.rules[0] = null as unknown as Record<string, unknown>;
    expect(validateScheme(s)).toEqual({ ok: false, path: "rules[0]", problem: "notAnObject" });
  });

  it("rejects a misspelt rule field instead of reading it as 'any score'", () => {
    const s = four();
    s.rules[0] = { segment: "high", R: [4, 5] };
    expect(validateScheme(s)).toEqual({ ok: false, path: "rules[0].R", problem: "unknownField" });
  });

  it.each([[[0, 5]], [[1, 6]], [[4, 2]], [[1.5, 3]], [[1]], [[1, 2, 3]], [["1", "2"]]])(
    "rejects score range %p",
    (bad) => {
      const s = four();
      s.rules[2].f = bad;
      expect(validateScheme(s)).toEqual({ ok: false, path: "rules[2].f", problem: "badRange" });
    }
  );

  it.each(["medium", 3, true, {}])("rejects score condition %p", (bad) => {
    const s = four();
    s.rules[0].m = bad;
    expect(validateScheme(s)).toEqual({ ok: false, path: "rules[0].m", problem: "badCondition" });
  });

  it("accepts high / low conditions and single-score ranges", () => {
    const s = four();
    s.rules[0] = { segment: "high", r: "high", f: [5, 5], m: "low" };
    expect(validateScheme(s).ok).toBe(true);
  });

  it("checks total ranges within 3..15", () => {
    const s = four();
    s.rules[0] = { segment: "high", total: [12, 15] };
    expect(validateScheme(s).ok).toBe(true);
    for (const bad of [[2, 7], [12, 16], [11, 10], "high"]) {
      s.rules[0] = { segment: "high", total: bad };
      expect(validateScheme(s)).toEqual({ ok: false, path: "rules[0].total", problem: "badRange" });
    }
  });

  it("keeps only the conditions a rule sets", () => {
    const s = four();
    s.rules = [{ segment: "low", f: [1, 2], m: undefined }];
    const check = validateScheme(s);
    expect(check.ok && check.scheme.rules).toEqual([{ segment: "low", f: [1, 2] }]);
  });
});
