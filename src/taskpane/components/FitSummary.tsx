// After a probabilistic CLV run: the fitted parameters with the unit of the fit, the
// log-likelihood, and what the user must know about the figures (a failed fit, q <= 1, ...).
import {
  MessageBar,
  MessageBarBody,
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
  type ProbabilisticResult,
  probabilisticWarnings,
  PURCHASE_MODEL_NAMES,
  purchaseParameterRows,
  type SegmentResult,
  unitName,
} from "../../core";
import { type PaneStrings, useStrings } from "../strings";
import { useNumberCells } from "./numberCells";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  result: SegmentResult;
}

/** Nothing for a simple run; for a probabilistic one, the fits and the warnings. */
export function FitSummary({ result }: Props): React.JSX.Element | null {
  const styles = useStyles();
  const { language, t } = useStrings();
  if (result.options.clv.model !== "probabilistic") return null;
  const p = result.probabilistic;
  const warnings = probabilisticWarnings(result, language);
  const title = p
    ? t("fitTitle", { model: PURCHASE_MODEL_NAMES[p.model], unit: unitName(p.unit, language) })
    : t("fitWarnings");
  return (
    <section className={styles.panel} aria-label={title}>
      <Text weight="semibold">{title}</Text>
      {p && <FitTable p={p} title={title} />}
      {warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

/** Item, value, and for a parameter its standard error with the 95% interval. */
type Row = [string, string, string];

function FitTable(props: { p: ProbabilisticResult; title: string }): React.JSX.Element {
  const strings = useStrings();
  const numbers = useNumberCells();
  const { t } = strings;
  return (
    <Table size="small" aria-label={props.title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("fitParameter")}</TableHeaderCell>
          <TableHeaderCell button={{ className: numbers.header }}>{t("fitValue")}</TableHeaderCell>
          <TableHeaderCell button={{ className: numbers.header }}>
            {t("fitStandardError")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fitRows(props.p, strings).map(([name, value, se]) => (
          <TableRow key={name}>
            <TableCell>{name}</TableCell>
            <TableCell className={numbers.cell}>{value}</TableCell>
            <TableCell className={numbers.cell}>{se}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The purchase fit, then Gamma-Gamma; "–" where a fit gave no number. */
function fitRows(p: ProbabilisticResult, { language, label: l }: PaneStrings): Row[] {
  const param = new Intl.NumberFormat(language, { maximumSignificantDigits: 4 });
  const fixed = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const show = (x: number, f: Intl.NumberFormat): string =>
    Number.isFinite(x) ? f.format(x) : "–";
  const yesNo = (b: boolean): string => l(b ? "fitItem.yes" : "fitItem.no");
  // "0.0126 (0.218–0.268)": the standard error, then the 95% interval.
  const uncertainty = (u: { standardError: number; lower95: number; upper95: number }) =>
    Number.isFinite(u.standardError)
      ? `${show(u.standardError, param)} (${show(u.lower95, param)}–${show(u.upper95, param)})`
      : "–";
  const rows: Row[] = [
    ...purchaseParameterRows(p, language).map((row): Row => [
      row.label,
      show(row.value, param),
      uncertainty(row),
    ]),
    [l("fitItem.logLikelihood"), show(p.fit.logLikelihood, fixed), ""],
    [l("fitItem.iterations"), String(p.fit.iterations), ""],
    [l("fitItem.converged"), yesNo(p.fit.converged), ""],
  ];
  const s = p.spend;
  if (s === null) return rows;
  return [
    ...rows,
    ...(["p", "q", "v"] as const).map((k): Row => [
      k,
      show(s.params[k], param),
      uncertainty({
        standardError: s.standardErrors[k],
        lower95: s.lower95[k],
        upper95: s.upper95[k],
      }),
    ]),
    [l("fitItem.spendLogLikelihood"), show(s.logLikelihood, fixed), ""],
    [l("fitItem.correlation"), show(s.frequencyMonetaryCorrelation, fixed), ""],
  ];
}
