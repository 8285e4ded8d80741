// After a run: counts, the ABC and segment breakdown, the probabilistic CLV's fit when there is
// one, the rejected rows, and the way to the sheets.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { countsText, type FixedThresholds, rejectedMessage, type SegmentResult } from "../../core";
import type { BacktestOutcome, MigrationSummary, StoredModel } from "../../excel";
import { BacktestAction } from "./BacktestAction";
import { DataWarnings } from "./DataWarnings";
import { FitSummary } from "./FitSummary";
import { Breakdowns, type ListCustomers } from "./GroupBreakdowns";
import { ModelAccuracy } from "./ModelAccuracy";
import { GroupComparison } from "./GroupComparison";
import { NextTierList } from "./NextTierList";
import { NoPurchaseSummary } from "./NoPurchaseSummary";
import { ThresholdsShown } from "./ThresholdsShown";
import { useStrings } from "../strings";

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
  manualCalculation?: boolean;
  onWriteRejected(): void;
  onActivate(sheetId: string): void;
  onUseAsFixed(fixed: FixedThresholds): void;
  onBacktest(): Promise<BacktestOutcome | null>;
  onListCustomers?: ListCustomers;
}

export function ResultsPanel(props: Props): React.JSX.Element {
  const { result, model } = props;
  const { language, t } = useStrings();
  const styles = useStyles();
  const c = result.counts;
  return (
    <section className={styles.panel} aria-label={t("doneTitle")}>
      <Text weight="semibold">{t("doneTitle")}</Text>
      <Text>{countsText(c, result.customers.n, language)}</Text>
      {props.migration && <Text data-testid="migration-headline">{props.migration.headline}</Text>}
      {props.manualCalculation && (
        <Text data-testid="manual-calculation">{t("manualCalculation")}</Text>
      )}
      <DataWarnings result={result} />
      <Breakdowns result={result} onList={props.onListCustomers} />
      <ThresholdsShown result={result} onUseAsFixed={props.onUseAsFixed} />
      <NextTierList result={result} />
      <FitSummary result={result} />
      <NoPurchaseSummary result={result} />
      <ModelAccuracy result={result} />
      <GroupComparison result={result} />
      <BacktestAction onBacktest={props.onBacktest} onActivate={props.onActivate} />
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
