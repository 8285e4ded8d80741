// After a probabilistic run: which purchase model it used and why (the "auto" choice, or the
// scores of every model beside a calibration check), each model's BIC and overall holdout error,
// and the month-by-month projection of the CLV with its totals per tier (method.md section 4).
// The summary sheet has the full accuracy table by group.
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
import {
  formatMessage,
  holdoutMae,
  modelChoiceText,
  type ModelChoice,
  type ProjectionMonth,
  projectionTotals,
  PURCHASE_MODEL_NAMES,
  type SegmentResult,
} from "../../core";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const NONE = "–";

function useNumbers() {
  const { language } = useStrings();
  return React.useMemo(() => {
    const make = (digits: number) =>
      new Intl.NumberFormat(language, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    const formats = { zero: make(0), one: make(1), two: make(2), three: make(3) };
    const show = (x: number | null | undefined, f: Intl.NumberFormat) =>
      x === null || x === undefined || !Number.isFinite(x) ? NONE : f.format(x);
    return { ...formats, show };
  }, [language]);
}

export function ModelAccuracy({ result }: { result: SegmentResult }): React.JSX.Element | null {
  const p = result.probabilistic;
  if (p === null || (p.modelChoice === null && p.projection === null)) return null;
  return (
    <>
      {p.modelChoice && <ModelChoiceView choice={p.modelChoice} />}
      {p.projection && <ProjectionView months={p.projection} />}
    </>
  );
}

function ModelChoiceView({ choice }: { choice: ModelChoice }): React.JSX.Element {
  const styles = useStyles();
  const { language, label: l } = useStrings();
  const n = useNumbers();
  const title = formatMessage(
    "modelComparison.title",
    { period: l(`fitPeriod.${choice.period}`) },
    language
  );
  const holdout = choice.period === "calibration";
  const overall = (s: ModelChoice["scores"][number]) =>
    s.accuracy?.find((r) => r.dimension === "overall") ?? null;
  return (
    <section className={styles.panel} aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Text data-testid="model-choice">{modelChoiceText(choice, language)}</Text>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{l("col.model")}</TableHeaderCell>
            <TableHeaderCell>{l("col.bic")}</TableHeaderCell>
            {holdout && <TableHeaderCell>{l("col.maePurchases")}</TableHeaderCell>}
            {holdout && <TableHeaderCell>{l("col.maeSpend")}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {choice.scores.map((s) => {
            const name = PURCHASE_MODEL_NAMES[s.model];
            const mark = s.model === choice.picked ? " ✓" : "";
            const spend = overall(s)?.spend ?? null;
            return (
              <TableRow key={s.model}>
                <TableCell>{`${name}${mark}`}</TableCell>
                <TableCell>
                  {s.fit.converged
                    ? n.show(s.bic, n.zero)
                    : formatMessage("modelChoice.notFitted", { model: name }, language)}
                </TableCell>
                {holdout && <TableCell>{n.show(holdoutMae(s), n.three)}</TableCell>}
                {holdout && <TableCell>{n.show(spend?.mae, n.zero)}</TableCell>}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

function ProjectionView({ months }: { months: ProjectionMonth[] }): React.JSX.Element {
  const styles = useStyles();
  const { language, label: l } = useStrings();
  const n = useNumbers();
  const totals = projectionTotals(months);
  const total = l("projection.total");
  const head = (key: "col.projectionOrders" | "col.projectionRevenue" | "col.projectionValue") =>
    formatMessage(key, { tier: total }, language);
  const tiers = (["high", "mid", "low"] as const)
    .map((k) => `${l(`clvTier.${k}`)} ${n.zero.format(totals.value[k])}`)
    .join(" · ");
  const row = (name: string, m: Omit<ProjectionMonth, "month">) => (
    <TableRow key={name}>
      <TableCell>{name}</TableCell>
      <TableCell>{n.one.format(m.orders.total)}</TableCell>
      <TableCell>{n.zero.format(m.revenue.total)}</TableCell>
      <TableCell>{n.zero.format(m.value.total)}</TableCell>
    </TableRow>
  );
  return (
    <section className={styles.panel} aria-label={l("block.projection")}>
      <Text weight="semibold">{l("block.projection")}</Text>
      <Table size="small" aria-label={l("block.projection")} data-testid="projection">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{l("col.month")}</TableHeaderCell>
            <TableHeaderCell>{head("col.projectionOrders")}</TableHeaderCell>
            <TableHeaderCell>{head("col.projectionRevenue")}</TableHeaderCell>
            <TableHeaderCell>{head("col.projectionValue")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {months.map((m) => row(String(m.month), m))}
          {row(total, totals)}
        </TableBody>
      </Table>
      <Text data-testid="projection-tiers">
        {formatMessage("col.projectionValue", { tier: tiers }, language)}
      </Text>
    </section>
  );
}
