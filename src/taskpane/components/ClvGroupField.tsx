// CLV by group (method.md section 4): off by default, since a group fit needs a hundred customers
// and most workbooks are one market; once on, cohorts (first-purchase quarters) need no column,
// and the smallest group fitted on its own can be changed (resolveOptions checks the numbers).
import { Field, Input, Select, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { CLV_GROUPINGS, type ClvGrouping } from "../../core";
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

/** On the settings' field grid (fieldGrid.ts): the choice across, the two minimums side by side. */
export function ClvGroupField({ settings, onChange }: Props): React.JSX.Element {
  const { t } = useStrings();
  const grid = useFieldGrid();
  const hint =
    settings.clvGroupBy === "column"
      ? t("clvGroupByColumnHint")
      : t("clvGroupByHint", {
          customers: settings.clvMinGroupCustomers,
          repeatBuyers: settings.clvMinGroupRepeatBuyers,
        });
  return (
    <>
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
      {settings.clvGroupBy !== "none" && (
        <>
          <Field className={grid.field} label={t("clvMinGroupCustomers")}>
            <Input
              type="number"
              min={2}
              step={1}
              value={String(settings.clvMinGroupCustomers)}
              onChange={(_, d) => onChange({ clvMinGroupCustomers: Number(d.value) })}
            />
          </Field>
          <Field className={grid.field} label={t("clvMinGroupRepeatBuyers")}>
            <Input
              type="number"
              min={1}
              step={1}
              value={String(settings.clvMinGroupRepeatBuyers)}
              onChange={(_, d) => onChange({ clvMinGroupRepeatBuyers: Number(d.value) })}
            />
          </Field>
        </>
      )}
    </>
  );
}
