// "How well did these tiers predict?": backtests the run's data (method.md section 11), writes
// the backtest sheet with its chart and sums it up here: the churn warning's precision and recall.
import { Button, Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import type { BacktestOutcome } from "../../excel";
import { percentText } from "../percent";
import { useStrings } from "../strings";

interface Props {
  onBacktest(): Promise<BacktestOutcome | null>;
  onActivate(sheetId: string): void;
}

export function BacktestAction({ onBacktest, onActivate }: Props): React.JSX.Element {
  const { t } = useStrings();
  const [state, setState] = React.useState<
    | { kind: "idle" }
    | { kind: "running" }
    | { kind: "done"; outcome: BacktestOutcome }
    | { kind: "failed" }
  >({ kind: "idle" });
  const run = async () => {
    setState({ kind: "running" });
    try {
      const outcome = await onBacktest();
      setState(outcome ? { kind: "done", outcome } : { kind: "idle" });
    } catch {
      setState({ kind: "failed" });
    }
  };
  return (
    <section aria-label={t("backtestAction")} data-testid="backtest">
      <Button onClick={() => void run()} disabled={state.kind === "running"}>
        {t("backtestAction")}
      </Button>
      {state.kind === "running" && <Spinner size="tiny" label={t("backtestRunning")} />}
      {state.kind === "failed" && <Text>{t("backtestFailed")}</Text>}
      {state.kind === "done" && "gone" in state.outcome && (
        <Text>{t("backtestGone", { name: state.outcome.gone })}</Text>
      )}
      {state.kind === "done" && "result" in state.outcome && (
        <BacktestSummary outcome={state.outcome} onActivate={onActivate} />
      )}
    </section>
  );
}

function BacktestSummary({
  outcome,
  onActivate,
}: {
  outcome: Extract<BacktestOutcome, { result: unknown }>;
  onActivate(sheetId: string): void;
}): React.JSX.Element {
  const { t } = useStrings();
  const pct = percentText;
  const r = outcome.result;
  const [a, , c] = r.groups.abc;
  return (
    <div>
      <Text block>
        {t("backtestHeadline", {
          cut: r.cut,
          months: r.months,
          a: pct(a.boughtAgainShare),
          c: pct(c.boughtAgainShare),
          precision: pct(r.churn.precision),
          recall: pct(r.churn.recall),
        })}
      </Text>
      <Button appearance="subtle" onClick={() => onActivate(outcome.sheetId)}>
        {t("goBacktest")}
      </Button>
    </div>
  );
}
