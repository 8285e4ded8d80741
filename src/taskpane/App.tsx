// The task pane: what the selection holds (following the user's clicks), the settings, one
// Segment button, then progress, the overwrite question or the results.
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { ConflictDialog } from "./components/ConflictDialog";
import { DeleteDialog } from "./components/DeleteDialog";
import { ErrorBar } from "./components/ErrorBar";
import { ModelsPanel } from "./components/ModelsPanel";
import { ProgressPanel } from "./components/ProgressPanel";
import { RefreshReportPanel } from "./components/RefreshReportPanel";
import { HelpLink } from "./components/HelpLink";
import { ResultsPanel } from "./components/ResultsPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { SourceCard } from "./components/SourceCard";
import { listCustomers } from "../excel";
import type { ExcelHost } from "./excelHost";
import { StringsProvider, useStrings } from "./strings";
import { useModels, type Models } from "./useModels";
import { useSegmentRun } from "./useSegmentRun";
import { useSelection } from "./useSelection";
import { WarehouseSql } from "./components/WarehouseSql";
import { missingRoleNames, type Mapping } from "./selectionView";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  titleRow: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/** The pane's root: its strings, in the host's language, for every component below. */
export function App({ host }: { host: ExcelHost }): React.JSX.Element {
  return (
    <StringsProvider language={host.language}>
      <Pane host={host} />
    </StringsProvider>
  );
}

function Pane({ host }: { host: ExcelHost }): React.JSX.Element {
  const styles = useStyles();
  const { language, t } = useStrings();
  const models = useModels(host);
  const [settingsMapping, setSettingsMapping] = React.useState<Mapping | null>(null);
  const [running, setRunning] = React.useState(false);
  const selection = useSelection(host, settingsMapping, running);
  const run = useSegmentRun(host, selection.inspect);
  const { state, settings } = run;
  React.useEffect(() => setSettingsMapping(settings?.mapping ?? null), [settings?.mapping]);
  React.useEffect(() => setRunning(state.kind === "running"), [state.kind]);
  const refreshing = models.refreshState.kind === "running";
  const busy = state.kind === "running" || refreshing;
  const reloadModels = models.reload;
  // A Segment run adds or updates a model: the list shows it at once.
  React.useEffect(() => {
    if (state.kind === "done") void reloadModels();
  }, [state.kind, reloadModels]);
  // Delete took the model's sheets and tier columns: its results must not stay on show.
  const clearRun = run.clear;
  const shownModel = state.kind === "done" ? state.model.id : null;
  React.useEffect(() => {
    if (shownModel !== null && models.deleted.has(shownModel)) clearRun();
  }, [shownModel, models.deleted, clearRun]);
  // ...and the data it was run on no longer "updates an earlier run".
  const lookAgain = selection.inspect;
  React.useEffect(() => {
    if (models.deleted.size > 0) void lookAgain();
  }, [models.deleted, lookAgain]);
  const sel = selection.state;
  const view = sel.kind === "ready" ? sel.view : null;
  const canSegment =
    !busy && state.kind !== "conflict" && view !== null && view.missing.length === 0;
  return (
    <main className={styles.pane} lang={language}>
      <div className={styles.titleRow}>
        <Title3 as="h1">{t("title")}</Title3>
        <HelpLink />
      </div>
      {sel.kind === "inspecting" && <Spinner size="tiny" label={t("lookingAtSelection")} />}
      {sel.kind === "noData" && (
        <MessageBar intent="info">
          <MessageBarBody>{sel.message ?? t("noSelection")}</MessageBarBody>
        </MessageBar>
      )}
      {view && view.missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t("missingRoles", { roles: missingRoleNames(view, language) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && settings && (
        <SourceCard
          view={view}
          onMappingChange={(mapping) => run.setSettings({ ...settings, mapping })}
        />
      )}
      {settings && <SettingsPanel settings={settings} onChange={run.setSettings} />}
      <Button
        appearance="primary"
        disabled={!canSegment}
        onClick={() => {
          models.clearReport();
          void run.segment();
        }}
      >
        {t("segment")}
      </Button>
      <div role="status" aria-live="polite">
        {state.kind === "running" && (
          <ProgressPanel
            stage={state.stage}
            fraction={state.fraction}
            cancellable={state.cancellable}
            onCancel={run.cancel}
          />
        )}
        {state.kind === "cancelled" && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("cancelled")}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "declined" && (
          <MessageBar intent="info">
            <MessageBarBody>{t("declined")}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "failed" && <ErrorBar message={state.message} />}
      </div>
      {state.kind === "conflict" && (
        <ConflictDialog
          conflicts={state.conflicts}
          onAnswer={(yes) => void run.answerConflict(yes)}
        />
      )}
      <RefreshStatus models={models} onActivate={(id) => void run.activateSheet(id)} />
      {/* A refresh's report supersedes the results of the Segment run before it. */}
      {state.kind === "done" && models.refreshState.kind === "idle" && (
        <ResultsPanel
          result={state.result}
          model={state.model}
          migration={state.migration}
          manualCalculation={state.manualCalculation}
          onWriteRejected={() => void run.writeRejected()}
          onActivate={(id) => void run.activateSheet(id)}
          onBacktest={() => run.backtest()}
          onListCustomers={(grouping, groupLabel) =>
            host
              .run((context) => listCustomers(context, state.model, grouping, groupLabel))
              .catch(() => false)
          }
          onUseAsFixed={(fixed) =>
            settings && run.setSettings({ ...settings, scoring: "fixed", fixed })
          }
        />
      )}
      <ModelsPanel
        models={models.models}
        unreadable={models.unreadable}
        busy={busy}
        onRefresh={(ids) => void models.refresh(ids)}
        onRename={(id, name) => void models.rename(id, name)}
        onDelete={(model) => void models.askDelete(model)}
      />
      {settings && <WarehouseSql settings={settings} view={view} />}
      {models.pendingDelete && (
        <DeleteDialog
          pending={models.pendingDelete}
          onAnswer={(yes) => void models.answerDelete(yes)}
        />
      )}
    </main>
  );
}

function RefreshStatus({
  models,
  onActivate,
}: {
  models: Models;
  onActivate(sheetId: string): void;
}): React.JSX.Element | null {
  const state = models.refreshState;
  return (
    <div role="status" aria-live="polite">
      {state.kind === "running" && (
        <ProgressPanel
          stage={state.stage}
          fraction={state.fraction}
          cancellable={false}
          onCancel={() => undefined}
        />
      )}
      {state.kind === "failed" && <ErrorBar message={state.message} />}
      {state.kind === "done" && (
        <RefreshReportPanel
          report={state.report}
          fromRibbon={state.fromRibbon}
          onActivate={onActivate}
          onRelink={(id) => void models.relink(id)}
          onStartFresh={(id) => void models.startFresh(id)}
        />
      )}
      {state.kind === "conflict" && (
        <ConflictDialog
          conflicts={state.conflicts}
          onAnswer={(yes) => void models.answerConflict(yes)}
        />
      )}
    </div>
  );
}
