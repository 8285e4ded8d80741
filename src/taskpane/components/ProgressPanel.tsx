// The run's progress: the stage in words, a bar, and Cancel while cancelling is still clean.
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import * as React from "react";
import type { RunStage } from "../useSegmentRun";
import { useStrings } from "../strings";
import type { UiKey } from "../uiText";

const STAGE_TEXT: Record<RunStage, UiKey> = {
  reading: "stageReading",
  scoring: "stageScoring",
  checking: "stageChecking",
  writing: "stageWriting",
  charts: "stageCharts",
};

interface Props {
  stage: RunStage;
  fraction: number;
  cancellable: boolean;
  onCancel(): void;
}

export function ProgressPanel({
  stage,
  fraction,
  cancellable,
  onCancel,
}: Props): React.JSX.Element {
  const { t } = useStrings();
  return (
    <div>
      <Field label={t(STAGE_TEXT[stage])} validationState="none">
        <ProgressBar value={Math.max(0, Math.min(1, fraction))} max={1} />
      </Field>
      <Button onClick={onCancel} disabled={!cancellable}>
        {t("cancel")}
      </Button>
    </div>
  );
}
