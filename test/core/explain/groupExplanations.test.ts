// Every group the results show has one line, built from the run's own rules and options.
import { groupExplanations, NO_PURCHASE_KEY } from "../../../src/core/explain";
import { segment } from "../../../src/core/segment";
import type { CellValue } from "../../../src/core/types";

const rows: CellValue[][] = [["customer", "date", "amount"]];
for (let c = 0; c < 30; c++)
  for (let k = 0; k <= c % 4; k++)
    rows.push([`C${c}`, `2024-0${1 + ((c + k) % 9)}-1${k}`, 10 + c * 7]);
rows.push(["R1", "2024-03-01", -40]); // only a return: no purchase

describe("groupExplanations", () => {
  const en = segment({ values: rows }, { language: "en-US" });
  const zh = segment({ values: rows }, { language: "zh-CN" });

  test("one line for every group of every summary table, in both languages", () => {
    for (const result of [en, zh]) {
      const lines = groupExplanations(result, result.options.language);
      const s = result.summary;
      for (const [kind, groups] of [
        ["abc", s.abc],
        ["segments", s.segments],
        ["stages", s.stages],
        ["clvTiers", s.clvTiers],
      ] as const) {
        for (const g of groups) expect(lines[kind][g.key]).toMatch(/\S/);
      }
      expect(lines.segments[NO_PURCHASE_KEY]).toBeDefined();
    }
  });

  test("a segment's line states its rules and its action; the fallback says so", () => {
    const lines = groupExplanations(en, "en-US").segments;
    // Scheme "four": high is R, F and M 4-5; churn risk has two rules; potential is the fallback.
    expect(lines.high).toBe(
      "RFM scores R 4–5 and F 4–5 and M 4–5. To do: Dedicated account manager, VIP service, personalised offers, invitations to previews and events."
    );
    expect(lines.churnRisk).toContain("R 1–2 and F 3–5, or R 1–2 and M 3–5");
    expect(lines.potential).toMatch(/^No segment rule above it matched \(the fallback segment\)\./);
    expect(groupExplanations(zh, "zh-CN").segments.high).toMatch(
      /^RFM 评分：R 为 4–5，且 F 为 4–5/
    );
  });

  test("the lines follow the options: edited cuts and days change the text", () => {
    const edited = segment(
      { values: rows },
      {
        language: "en-US",
        abc: { valueCuts: [0.7, 0.9] },
        lifecycle: { atRiskDays: 120, lostDays: 300 },
      }
    );
    const lines = groupExplanations(edited, "en-US");
    expect(lines.abc.A).toContain("first 70% of the value");
    expect(lines.abc.B).toContain("from 70% to 90%");
    expect(lines.abc.C).toContain("last 10% of the value");
    expect(lines.stages.atRisk).toContain("over 120 days");
    expect(lines.stages.lost).toContain("over 300 days");
    expect(lines.clvTiers.mid).toContain("next 30%");
  });

  test("a user's rules table explains itself", () => {
    const scheme = {
      id: "mine",
      name: { "zh-CN": "我的", "en-US": "Mine" },
      segments: [
        { id: "top", label: { "zh-CN": "顶级", "en-US": "Top" }, action: "high" as const },
        { id: "rest", label: { "zh-CN": "其他", "en-US": "Rest" }, action: "low" as const },
      ],
      rules: [{ segment: "top", r: "high" as const, total: [10, 15] as [number, number] }],
      fallback: "rest",
    };
    const lines = groupExplanations(segment({ values: rows }, { scheme }), "en-US").segments;
    expect(lines.top).toMatch(/^RFM scores R at or above the mean and R\+F\+M 10–15\./);
    expect(lines.rest).toMatch(/^No segment rule above it matched/);
  });
});
