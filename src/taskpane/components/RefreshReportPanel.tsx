// What a Refresh did, model by model: refreshed (with how many rows the data gained and who moved
// between tiers), left alone because its data is gone or the user kept their cells, or unreadable.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { historyErrorMessage } from "../../core";
import type { ModelRefresh, RefreshReport, UnreadableModel } from "../../excel";
import { failureMessage } from "../runMessages";
import { Breakdowns } from "./GroupBreakdowns";
import { useStrings } from "../strings";
import type { Translate } from "../uiText";

/** The pane lists this many former A customers at risk; the migration sheet has all of them. */
const FORMER_A_SHOWN = 20;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { maxHeight: "160px", overflowY: "auto", margin: 0, paddingLeft: "1.2em" },
});

interface Props {
  report: RefreshReport;
  fromRibbon: boolean;
  onActivate(sheetId: string): void;
  onRelink(modelId: string): void;
  onStartFresh(modelId: string): void;
}

export function RefreshReportPanel(props: Props): React.JSX.Element {
  const { report, fromRibbon, onActivate, onRelink, onStartFresh } = props;
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={fromRibbon ? t("ribbonRefresh") : t("refresh")}>
      {fromRibbon && <Text weight="semibold">{t("ribbonRefresh")}</Text>}
      {report.models.length === 0 && report.unreadable.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("nothingToRefresh")}</MessageBarBody>
        </MessageBar>
      )}
      {report.models.map((m) => (
        <ModelOutcome
          key={m.model.id}
          entry={m}
          onActivate={onActivate}
          onRelink={onRelink}
          onStartFresh={onStartFresh}
        />
      ))}
      {report.unreadable.map((u, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{unreadableText(u, t)}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

export function unreadableText(u: UnreadableModel, t: Translate): string {
  return t(u.reason === "newerVersion" ? "unreadableNewer" : "unreadableCorrupt", {
    detail: u.detail,
  });
}

function ModelOutcome({
  entry,
  onActivate,
  onRelink,
  onStartFresh,
}: {
  entry: ModelRefresh;
  onActivate(sheetId: string): void;
  onRelink(modelId: string): void;
  onStartFresh(modelId: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  const { language, t } = useStrings();
  const name = entry.model.name;
  if (entry.status === "unproven")
    return (
      <MessageBar intent="error" layout="multiline" data-testid="unproven">
        <MessageBarBody>{failureMessage(entry.error, language)}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => onRelink(entry.model.id)}>
            {t("relink")}
          </Button>
          <Button size="small" onClick={() => onStartFresh(entry.model.id)}>
            {t("startFresh")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (entry.status === "sourceGone")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("sourceGone", { name, source: entry.sourceName })}</MessageBarBody>
      </MessageBar>
    );
  if (entry.status === "conflict")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("conflictSkipped", { name })}</MessageBarBody>
      </MessageBar>
    );
  if (entry.status === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t("refreshFailed", { name, reason: failureMessage(entry.error, language) ?? "" })}
        </MessageBarBody>
      </MessageBar>
    );
  const migration = entry.outcome.migration;
  const formerA = migration?.formerAAtRisk ?? [];
  return (
    <div className={styles.panel}>
      <Text weight="semibold">{t("refreshedModel", { name })}</Text>
      {entry.grownBy > 0 && <Text>{t("rowsAdded", { rows: entry.grownBy })}</Text>}
      {entry.grownBy < 0 && <Text>{t("rowsRemoved", { rows: -entry.grownBy })}</Text>}
      {migration && <Text data-testid="migration-headline">{migration.headline}</Text>}
      {entry.outcome.manualCalculation && (
        <Text data-testid="manual-calculation">{t("manualCalculation")}</Text>
      )}
      {/* The new classes beside who moved: a manager wants both after a refresh. */}
      <Breakdowns result={entry.outcome.result} />
      {entry.outcome.historyProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {historyErrorMessage(entry.outcome.historyProblem, language)}
          </MessageBarBody>
        </MessageBar>
      )}
      {formerA.length > 0 && (
        <>
          <Text weight="semibold">{t("formerA", { count: formerA.length })}</Text>
          <ul className={styles.list}>
            {formerA.slice(0, FORMER_A_SHOWN).map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {migration && migration.formerAStillAtRisk > 0 && (
        <Text>{t("formerAStill", { count: migration.formerAStillAtRisk })}</Text>
      )}
      {migration && (
        <Button appearance="secondary" onClick={() => onActivate(migration.sheetId)}>
          {t("goMigration")}
        </Button>
      )}
    </div>
  );
}
