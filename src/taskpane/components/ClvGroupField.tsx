// CLV by group (method.md section 4): off by default, since a group fit needs a hundred customers
// and most workbooks are one market; once on, cohorts (first-purchase quarters) need no column.
import { Field, Select, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { CLV_GROUPINGS, type ClvGrouping, DEFAULT_OPTIONS } from "../../core";
import { choices } from "../choices";
import { useFieldGrid } from "./fieldGrid";
import type { PaneSettings } from "../paneSettings";
import { useStrings } from "../strings";

const GROUPING_CHOICES = choices(CLV_GROUPINGS, {
  none: "clvGroupByNone",
  cohort: "clvGroupByCohort",
  column: "clvGroupByColumn",
});

interface Props {
  settings: PaneSettings;
  onChange(patch: Partial<PaneSettings>): void;
}

export function ClvGroupField({ settings, onChange }: Props): React.JSX.Element {
  const { t } = useStrings();
  const grid = useFieldGrid();
  const p = DEFAULT_OPTIONS.clv.probabilistic;
  const hint =
    settings.clvGroupBy === "column"
      ? t("clvGroupByColumnHint")
      : t("clvGroupByHint", {
          customers: p.minGroupCustomers,
          repeatBuyers: p.minGroupRepeatBuyers,
        });
  return (
    <Field className={mergeClasses(grid.field, grid.wide)} label={t("clvGroupBy")} hint={hint}>
      <Select
        value={settings.clvGroupBy}
        onChange={(_, d) => onChange({ clvGroupBy: d.value as ClvGrouping })}
      >
        {GROUPING_CHOICES.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
