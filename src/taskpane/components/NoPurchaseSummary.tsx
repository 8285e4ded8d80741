// A probabilistic run's P(no purchase in the next N days), as the CLI's CLV report states it per
// customer: here the mean over the customers the model saw, and how many are above the at-risk
// level (the one set in the settings, else 50%). Per customer it is on the customer sheet.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { SegmentResult } from "../../core";
import { percentText } from "../percent";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** The mean and the count above a level of the known figures; null without any. */
export function noPurchaseFigures(
  p: Float64Array,
  level: number
): { mean: number; above: number } | null {
  let sum = 0;
  let known = 0;
  let above = 0;
  for (const x of p) {
    if (!Number.isFinite(x)) continue;
    sum += x;
    known++;
    if (x > level) above++;
  }
  return known === 0 ? null : { mean: sum / known, above };
}

export function NoPurchaseSummary({ result }: { result: SegmentResult }): React.JSX.Element | null {
  const { t } = useStrings();
  const styles = useStyles();
  const p = result.probabilistic;
  if (p === null || !p.fit.converged) return null;
  const level = result.options.lifecycle.noPurchaseAtRisk ?? 0.5;
  const figures = noPurchaseFigures(p.pNoPurchase, level);
  if (figures === null) return null;
  return (
    <section
      className={styles.block}
      aria-label={t("pNoPurchaseTitle", { days: p.noPurchaseDays })}
    >
      <Text weight="semibold">{t("pNoPurchaseTitle", { days: p.noPurchaseDays })}</Text>
      <Text>{t("pNoPurchaseMean", { p: percentText(figures.mean) })}</Text>
      <Text>{t("pNoPurchaseAbove", { p: percentText(level), customers: figures.above })}</Text>
    </section>
  );
}
