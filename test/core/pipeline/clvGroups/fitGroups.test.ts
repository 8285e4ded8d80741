// fitGroups on summaries (method.md section 4): a group whose own fit fails keeps the pooled
// figures and says which model failed and why; an own fit replaces only its group's figures.
import { fitGroups } from "../../../../src/core/pipeline/clvGroups/fitGroups";
import { probabilisticFigures } from "../../../../src/core/pipeline/probabilisticFigures";
import type { RfmtSummary } from "../../../../src/core/probabilistic";
import { DEFAULT_OPTIONS } from "../../../../src/core/options";
import { groupFitText } from "../../../../src/core/i18n/groupText";
import { cdnowSummary } from "../../probabilistic/cdnowSummary";

const OPTIONS = {
  ...DEFAULT_OPTIONS.clv.probabilistic,
  purchaseModel: "bgnbd" as const,
  margin: null,
  hasMonetary: true,
};

/** CDNOW's summary plus `extra` customers who bought once more, a week after the first time. */
function withFewIdentical(extra: number): { s: RfmtSummary; labels: string[] } {
  const c = cdnowSummary();
  const add = (a: Float64Array, v: number) => Float64Array.from([...a, ...Array(extra).fill(v)]);
  return {
    s: {
      n: c.n + extra,
      unit: c.unit,
      frequency: add(c.frequency, 1),
      recency: add(c.recency, 1),
      T: add(c.T, 30),
      monetary: add(c.monetary, 20),
    },
    labels: [...Array<string>(c.n).fill("cdnow"), ...Array<string>(extra).fill("same")],
  };
}

describe("fitGroups", () => {
  const { s, labels } = withFewIdentical(3);
  const pooled = probabilisticFigures(s, OPTIONS);
  // Three identical histories cannot identify four parameters: the fit runs to a bound.
  const out = fitGroups(s, labels, pooled, {
    ...OPTIONS,
    minGroupCustomers: 2,
    minGroupRepeatBuyers: 1,
  });
  const [cdnow, same] = out.groups;

  it("falls back to the pooled fit when a group's own fit fails, naming the model", () => {
    expect(same.label).toBe("same");
    expect(same.fallback).toMatchObject({ code: "fitFailed", model: "BG/NBD" });
    expect(same.purchase).toBe(pooled.purchase);
    expect(groupFitText(same.fallback, "en-US")).toMatch(/^pooled: fit failed \(BG\/NBD: \w.+\)$/);
    expect(groupFitText(same.fallback, "zh-CN")).toMatch(/^合并拟合：拟合失败（BG\/NBD：.+）$/);
    for (let i = s.n - 3; i < s.n; i++) expect(out.figures.clv[i]).toBe(pooled.figures.clv[i]);
  });

  it("fits the large group on its own rows, replacing only their figures", () => {
    expect(cdnow.fallback).toBeNull();
    const alone = probabilisticFigures(
      {
        ...s,
        n: cdnow.customers,
        frequency: s.frequency.slice(0, cdnow.customers),
        recency: s.recency.slice(0, cdnow.customers),
        T: s.T.slice(0, cdnow.customers),
        monetary: s.monetary.slice(0, cdnow.customers),
      },
      OPTIONS
    );
    expect(cdnow.purchase.params).toEqual(alone.purchase.params);
    expect(Array.from(out.figures.pAlive.slice(0, cdnow.customers))).toEqual(
      Array.from(alone.figures.pAlive)
    );
  });
});
