// After a probabilistic run: which purchase model it used and why (the "auto" choice, or the
// scores of every model beside a calibration check), each model's log-likelihood, AIC, BIC and
// (with a holdout) overall holdout errors,
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
  type ComparisonRow,
  formatMessage,
  modelChoiceText,
  type ModelChoice,
  modelComparisonRows,
  type ProjectionMonth,
  projectionTotals,
  PURCHASE_MODEL_NAMES,
  type SegmentResult,
} from "../../core";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Figures line up on the right, as on the sheet, and never break: a model's name and its
  // figures keep their width, the measure's name wraps instead (a pane is about 320 px wide).
  number: {
    textAlign: "right",
    justifyContent: "flex-end",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  // Columns as wide as their content (Fluent's table divides the width evenly).
  sideBySide: { tableLayout: "auto" },
  measure: { paddingLeft: 0, paddingRight: tokens.spacingHorizontalXS },
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

/** One row of the comparison: a measure, and its value for every model (models as columns). */
interface Measure {
  key: "col.logLikelihood" | "col.aic" | "col.bic" | "col.holdoutMae" | "col.maeSpend";
  value: (r: ComparisonRow) => number | null;
  digits: "zero" | "one" | "three";
}

/** Log-likelihood, AIC and BIC always; the holdout errors only when there is a holdout. */
function measuresOf(holdout: boolean): Measure[] {
  const fitted: Measure[] = [
    { key: "col.logLikelihood", value: (r) => r.logLikelihood, digits: "one" },
    { key: "col.aic", value: (r) => r.aic, digits: "one" },
    { key: "col.bic", value: (r) => r.bic, digits: "one" },
  ];
  if (!holdout) return fitted;
  return [
    ...fitted,
    { key: "col.holdoutMae", value: (r) => r.holdoutMae, digits: "three" },
    { key: "col.maeSpend", value: (r) => r.holdoutSpendMae, digits: "zero" },
  ];
}

/**
 * The models side by side, as the summary sheet's comparison block and `tiering clv` list them
 * (the same scores): in a narrow pane the three models fit as columns, the measures as rows.
 */
function ModelChoiceView({ choice }: { choice: ModelChoice }): React.JSX.Element {
  const styles = useStyles();
  const { language, label: l, t } = useStrings();
  const n = useNumbers();
  const title = formatMessage(
    "modelComparison.title",
    { period: l(`fitPeriod.${choice.period}`) },
    language
  );
  const rows = modelComparisonRows(choice);
  const failed = rows.filter((r) => !r.converged);
  return (
    <section className={styles.panel} aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Text data-testid="model-choice">{modelChoiceText(choice, language)}</Text>
      <Table
        size="small"
        aria-label={title}
        data-testid="model-comparison"
        className={styles.sideBySide}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.measure}>{t("comparisonMeasure")}</TableHeaderCell>
            {rows.map((r) => (
              <TableHeaderCell key={r.model} className={styles.number}>
                {PURCHASE_MODEL_NAMES[r.model]}
                {r.picked ? ` ✓` : ""}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {measuresOf(choice.period === "calibration").map((m) => (
            <TableRow key={m.key}>
              <TableCell className={styles.measure}>{l(m.key)}</TableCell>
              {rows.map((r) => (
                <TableCell key={r.model} className={styles.number}>
                  {n.show(m.value(r), n[m.digits])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.some((r) => r.picked && r.converged) && (
        <Text size={200}>
          {t("comparisonPicked", { model: PURCHASE_MODEL_NAMES[choice.picked] })}
        </Text>
      )}
      {failed.map((r) => (
        <Text key={r.model} size={200}>
          {formatMessage(
            "modelChoice.notFitted",
            { model: PURCHASE_MODEL_NAMES[r.model] },
            language
          )}
        </Text>
      ))}
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
