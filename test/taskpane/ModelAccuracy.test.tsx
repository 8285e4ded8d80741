/**
 * @jest-environment jsdom
 */
// The pane's model comparison: every model's log-likelihood, AIC and BIC (and with a holdout its
// holdout errors) from the run's own scores, which model the run uses and why, in both languages.
import { render, screen, within } from "@testing-library/react";
import * as React from "react";
import {
  holdoutMae,
  label,
  modelChoiceText,
  PURCHASE_MODEL_NAMES,
  segment,
  type Language,
  type SegmentResult,
} from "../../src/core";
import { ModelAccuracy } from "../../src/taskpane/components/ModelAccuracy";
import { StringsProvider } from "../../src/taskpane/strings";
import { cdnowSheet } from "../core/pipeline/cdnowInput";

function renderIn(language: Language, result: SegmentResult) {
  return render(
    <StringsProvider language={language}>
      <ModelAccuracy result={result} />
    </StringsProvider>
  );
}

const input = (() => {
  const { values } = cdnowSheet();
  return { values: [values[0], ...values.slice(1).filter((row) => Number(row[0]) <= 600)] };
})();

const run = (calibrationEnd: string | null): SegmentResult =>
  segment(input, {
    clv: {
      model: "probabilistic",
      probabilistic: { purchaseModel: "auto", calibrationEnd, intervalDraws: 0 },
    },
  });

/** The table's rows as text cells, header first. */
function rows(): string[][] {
  const table = screen.getByTestId("model-comparison");
  return within(table)
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th,td"), (c) => c.textContent ?? ""));
}

describe("ModelAccuracy: the models compared", () => {
  const holdout = run("1997-09-30");
  const byBic = run(null);

  it.each<Language>(["en-US", "zh-CN"])(
    "lists log-likelihood, AIC, BIC and the holdout errors of every model in %s",
    (language) => {
      renderIn(language, holdout);
      const choice = holdout.probabilistic?.modelChoice;
      if (!choice) throw new Error("no model choice");
      const one = new Intl.NumberFormat(language, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      const three = new Intl.NumberFormat(language, {
        minimumFractionDigits: 3,
        maximumFractionDigits: 3,
      });
      const [header, ...body] = rows();
      expect(header.slice(1)).toEqual(
        choice.scores.map(
          (s) => `${PURCHASE_MODEL_NAMES[s.model]}${s.model === choice.picked ? " ✓" : ""}`
        )
      );
      expect(body.map((r) => r[0])).toEqual(
        (
          ["col.logLikelihood", "col.aic", "col.bic", "col.holdoutMae", "col.maeSpend"] as const
        ).map((k) => label(k, language))
      );
      choice.scores.forEach((s, i) => {
        expect(body[0][i + 1]).toBe(one.format(s.fit.logLikelihood));
        expect(body[1][i + 1]).toBe(one.format(s.aic));
        expect(body[2][i + 1]).toBe(one.format(s.bic));
        expect(body[3][i + 1]).toBe(three.format(holdoutMae(s)));
      });
      // Auto picked by the holdout error, and says so.
      expect(choice.by).toBe("holdoutMae");
      expect(screen.getByTestId("model-choice").textContent).toBe(
        modelChoiceText(choice, language)
      );
    }
  );

  it("leaves the holdout rows out without a holdout, and says it picked by BIC", () => {
    renderIn("en-US", byBic);
    const choice = byBic.probabilistic?.modelChoice;
    expect(choice?.by).toBe("bic");
    const [, ...body] = rows();
    expect(body.map((r) => r[0])).toEqual(["Log-likelihood", "AIC", "BIC"]);
    const best = Math.min(...(choice?.scores ?? []).map((s) => s.bic));
    expect(choice?.scores.find((s) => s.model === choice.picked)?.bic).toBe(best);
    expect(screen.getByTestId("model-choice").textContent).toMatch(/BIC/);
  });
});
