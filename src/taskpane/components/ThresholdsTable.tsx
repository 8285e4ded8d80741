// The literature's fixed RFM thresholds, editable: one column per dimension, one row per score.
import {
  Button,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { DEFAULT_FIXED_THRESHOLDS, type FixedThresholds } from "../../core";
import { useStrings } from "../strings";

const DIMENSIONS = ["recency", "frequency", "monetary"] as const;
/** Scores with a step; below the last step a value scores 1. */
const STEP_SCORES = [5, 4, 3, 2] as const;

interface Props {
  value: FixedThresholds | null;
  onChange(value: FixedThresholds | null): void;
}

export function ThresholdsTable({ value, onChange }: Props): React.JSX.Element {
  const { t } = useStrings();
  const table = value ?? DEFAULT_FIXED_THRESHOLDS;
  const set = (dimension: (typeof DIMENSIONS)[number], step: number, text: string): void => {
    const next: FixedThresholds = JSON.parse(JSON.stringify(table)) as FixedThresholds;
    next[dimension][step].value = Number(text);
    onChange(next);
  };
  const headers = [t("recencyCol"), t("frequencyCol"), t("monetaryCol")];
  return (
    <section aria-label={t("thresholds")}>
      <Text weight="semibold">{t("thresholds")}</Text>
      <Table size="extra-small" aria-label={t("thresholds")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "3em" }}>{t("scoreCol")}</TableHeaderCell>
            {headers.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {STEP_SCORES.map((score) => (
            <TableRow key={score}>
              <TableCell>{score}</TableCell>
              {DIMENSIONS.map((d, j) => {
                // A table taken over from a run has no step for a score nobody had.
                const i = table[d].findIndex((step) => step.score === score);
                if (i < 0) return <TableCell key={d}>–</TableCell>;
                return (
                  <TableCell key={d}>
                    <Input
                      size="small"
                      inputMode="decimal"
                      style={{ minWidth: 0, width: "100%" }}
                      aria-label={`${headers[j]} ${table[d][i].op} (${t("scoreCol")} ${score})`}
                      contentBefore={table[d][i].op}
                      value={String(table[d][i].value)}
                      onChange={(_, data) => set(d, i, data.value)}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text size={200}>{t("thresholdsHint")}</Text>
      {value && (
        <Button size="small" appearance="subtle" onClick={() => onChange(null)}>
          {t("resetDefaults")}
        </Button>
      )}
    </section>
  );
}
