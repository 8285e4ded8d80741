// The task pane: the detected data, the settings, one Segment button, then progress, the
// overwrite question or the results.
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
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsPanel } from "./components/ResultsPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { SourceCard } from "./components/SourceCard";
import type { ExcelHost } from "./excelHost";
import { translator } from "./uiText";
import { useSegmentRun } from "./useSegmentRun";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

export function App({ host }: { host: ExcelHost }): React.JSX.Element {
  const styles = useStyles();
  const run = useSegmentRun(host);
  const language = host.language;
  const t = React.useMemo(() => translator(language), [language]);
  const { state, settings } = run;
  const busy = state.kind === "running" || state.kind === "inspecting";
  return (
    <main className={styles.pane} lang={language}>
      <Title3 as="h1">{t("title")}</Title3>
      {state.kind === "inspecting" && <Spinner size="tiny" />}
      {state.kind === "noData" && (
        <MessageBar intent="info">
          <MessageBarBody>{state.message ?? t("noSelection")}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "ready" && settings && (
        <SourceCard
          peek={state.peek}
          detected={state.detected}
          language={language}
          t={t}
          mapping={settings.mapping}
          onMappingChange={(mapping) => run.setSettings({ ...settings, mapping })}
          onReinspect={() => void run.inspect()}
        />
      )}
      {settings && (
        <SettingsPanel settings={settings} language={language} t={t} onChange={run.setSettings} />
      )}
      <Button
        appearance="primary"
        disabled={busy || state.kind === "noData" || state.kind === "conflict"}
        onClick={() => void run.segment()}
      >
        {t("segment")}
      </Button>
      {(state.kind === "noData" ||
        state.kind === "done" ||
        state.kind === "cancelled" ||
        state.kind === "declined" ||
        state.kind === "failed") && (
        <Button appearance="subtle" onClick={() => void run.inspect()}>
          {t("refreshSelection")}
        </Button>
      )}
      <div role="status" aria-live="polite">
        {state.kind === "running" && (
          <ProgressPanel
            stage={state.stage}
            fraction={state.fraction}
            cancellable={state.cancellable}
            t={t}
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
        {state.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t("errorTitle")}: {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.kind === "conflict" && (
        <ConflictDialog
          conflicts={state.conflicts}
          t={t}
          onAnswer={(yes) => void run.answerConflict(yes)}
        />
      )}
      {state.kind === "done" && (
        <ResultsPanel
          result={state.result}
          model={state.model}
          language={language}
          t={t}
          onWriteRejected={() => void run.writeRejected()}
          onActivate={(id) => void run.activateSheet(id)}
        />
      )}
    </main>
  );
}
