// After a probabilistic CLV run with intervals (method.md section 4): each CLV tier's value over
// the horizon, give or take (the total and P10 – P90 over the parameter draws), and how many of
// its customers are at least 80% sure of their tier. The same figures as the summary sheet's
// CLV-tier table and `tiering clv`.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { CLV_TIERS, intervalsOf, type SegmentResult } from "../../core";
import { useStrings } from "../strings";
import { useNumberCells } from "./numberCells";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A tier confidence at least this high counts as sure. */
const SURE = 0.8;

interface Props {
  result: SegmentResult;
}

export function ClvTierIntervals({ result }: Props): React.JSX.Element | null {
  const styles = useStyles();
  const numbers = useNumberCells();
  const { language, t, label } = useStrings();
  const intervals = intervalsOf(result);
  if (intervals === null) return null;
  const months = result.probabilistic?.horizonMonths ?? 0;
  const title = t("tierIntervalsTitle", { months });
  const money = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(language);
  const sure = new Array<number>(CLV_TIERS.length).fill(0);
  intervals.tier.forEach((tier, k) => {
    if (tier < CLV_TIERS.length && intervals.tierConfidence[k] >= SURE) sure[tier]++;
  });
  return (
    <section className={styles.panel} aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{label("col.clvTier")}</TableHeaderCell>
            <TableHeaderCell button={{ className: numbers.header }}>
              {t("tierIntervalsTotal")}
            </TableHeaderCell>
            <TableHeaderCell button={{ className: numbers.header }}>
              {t("tierIntervalsRange")}
            </TableHeaderCell>
            <TableHeaderCell button={{ className: numbers.header }}>
              {t("tierIntervalsSure")}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {intervals.tiers.map((tier, i) => (
            <TableRow key={tier.tier}>
              <TableCell>{label(`clvTier.${tier.tier}`)}</TableCell>
              <TableCell className={numbers.cell}>{money.format(tier.total)}</TableCell>
              <TableCell className={numbers.cell}>
                {`${money.format(tier.p10)} – ${money.format(tier.p90)}`}
              </TableCell>
              <TableCell className={numbers.cell}>
                {`${count.format(sure[i])} / ${count.format(tier.customers)}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text size={200}>{t("tierIntervalsNote", { draws: intervals.draws })}</Text>
      {result.probabilistic?.groups && <Text size={200}>{t("tierIntervalsGrouped")}</Text>}
    </section>
  );
}
