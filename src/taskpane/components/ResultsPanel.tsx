// After a run: counts, the ABC and segment breakdown, the probabilistic CLV's fit when there is
// one, the rejected rows, and the way to the sheets.
import {
  Button,
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
import { type GroupSummary, type Language, rejectedMessage, type SegmentResult } from "../../core";
import type { MigrationSummary, StoredModel } from "../../excel";
import type { Translate } from "../uiText";
import { FitSummary } from "./FitSummary";

/** The list shows this many rejected rows; the sheet gets all of them. */
export const REJECTED_SHOWN = 50;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { maxHeight: "200px", overflowY: "auto", margin: 0, paddingLeft: "1.2em" },
});

interface Props {
  result: SegmentResult;
  model: StoredModel;
  migration: MigrationSummary | null;
  language: Language;
  t: Translate;
  onWriteRejected(): void;
  onActivate(sheetId: string): void;
}

export function ResultsPanel(props: Props): React.JSX.Element {
  const { result, model, language, t } = props;
  const styles = useStyles();
  const c = result.counts;
  return (
    <section className={styles.panel} aria-label={t("doneTitle")}>
      <Text weight="semibold">{t("doneTitle")}</Text>
      <Text>
        {t("doneCounts", { customers: result.customers.n, used: c.used, rejected: c.rejected })}
      </Text>
      {props.migration && <Text data-testid="migration-headline">{props.migration.headline}</Text>}
      <Breakdown title={t("abcBreakdown")} groups={result.summary.abc} language={language} t={t} />
      <Breakdown
        title={t("segmentBreakdown")}
        groups={result.summary.segments.filter((g) => g.customers > 0)}
        language={language}
        t={t}
      />
      <FitSummary result={result} language={language} t={t} />
      <div className={styles.buttons}>
        <Button onClick={() => props.onActivate(model.written.customerSheet.sheetId)}>
          {t("goCustomers")}
        </Button>
        <Button onClick={() => props.onActivate(model.written.summarySheet.sheetId)}>
          {t("goSummary")}
        </Button>
        {props.migration && (
          <Button onClick={() => props.onActivate(props.migration?.sheetId ?? "")}>
            {t("goMigration")}
          </Button>
        )}
      </div>
      {result.rejected.length > 0 && (
        <section aria-label={t("rejectedTitle", { count: c.rejected })}>
          <Text weight="semibold">{t("rejectedTitle", { count: c.rejected })}</Text>
          <ul className={styles.list}>
            {result.rejected.slice(0, REJECTED_SHOWN).map((r, i) => (
              <li key={i}>{rejectedMessage(r, language)}</li>
            ))}
          </ul>
          {result.rejected.length > REJECTED_SHOWN && (
            <Text>{t("rejectedMore", { count: result.rejected.length - REJECTED_SHOWN })}</Text>
          )}
          <Button onClick={props.onWriteRejected}>{t("writeRejected")}</Button>
        </section>
      )}
    </section>
  );
}

/** A group with no value has a share of -0 when the total is negative: show it as 0%. */
const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);

function Breakdown(props: {
  title: string;
  groups: GroupSummary[];
  language: Language;
  t: Translate;
}) {
  const { t } = props;
  const percent = new Intl.NumberFormat(props.language, {
    style: "percent",
    maximumFractionDigits: 1,
  });
  const count = new Intl.NumberFormat(props.language);
  return (
    <Table size="small" aria-label={props.title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{props.title}</TableHeaderCell>
          <TableHeaderCell>{t("customersCol")}</TableHeaderCell>
          <TableHeaderCell>{t("valueShareCol")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.groups.map((g) => (
          <TableRow key={g.key}>
            <TableCell>{g.label}</TableCell>
            <TableCell>{count.format(g.customers)}</TableCell>
            <TableCell>{percent.format(noNegativeZero(g.valueShare))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
