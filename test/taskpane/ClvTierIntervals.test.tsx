/**
 * @jest-environment jsdom
 */
// The pane's CLV-tier intervals: each tier's total and P10 – P90 as the run computed them, in
// both languages, and nothing when the run has no intervals.
import { render, screen } from "@testing-library/react";
import * as React from "react";
import { segment, type Language, type SegmentResult } from "../../src/core";
import { ClvTierIntervals } from "../../src/taskpane/components/ClvTierIntervals";
import { StringsProvider } from "../../src/taskpane/strings";
import { translator } from "../../src/taskpane/uiText";
import { cdnowSheet } from "../core/pipeline/cdnowInput";

function renderIn(language: Language, result: SegmentResult): void {
  render(
    <StringsProvider language={language}>
      <ClvTierIntervals result={result} />
    </StringsProvider>
  );
}

const input = (() => {
  const { values } = cdnowSheet();
  return { values: [values[0], ...values.slice(1).filter((row) => Number(row[0]) <= 300)] };
})();

const run = (draws: number): SegmentResult =>
  segment(input, {
    clv: { model: "probabilistic", probabilistic: { intervalDraws: draws } },
  });

describe("ClvTierIntervals", () => {
  const result = run(40);

  it.each<Language>(["en-US", "zh-CN"])(
    "shows each tier's total and P10 – P90 in %s",
    (language) => {
      renderIn(language, result);
      const t = translator(language);
      screen.getByText(t("tierIntervalsTitle", { months: 12 }));
      const money = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
      const tiers = result.probabilistic?.intervals?.tiers ?? [];
      expect(tiers).toHaveLength(3);
      for (const tier of tiers) {
        screen.getByText(money.format(tier.total));
        screen.getByText(`${money.format(tier.p10)} – ${money.format(tier.p90)}`);
      }
    }
  );

  it("shows nothing without intervals", () => {
    const { container } = render(
      <StringsProvider language="en-US">
        <ClvTierIntervals result={run(0)} />
      </StringsProvider>
    );
    expect(container.textContent).toBe("");
  });
});
