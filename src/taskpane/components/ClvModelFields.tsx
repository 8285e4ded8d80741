// The CLV model choice, and for the probabilistic one its settings: purchase model, time unit,
// horizon, monthly discount and an optional calibration end (method.md section 4).
import { Field, Input, Select, Text, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import {
  CLV_MODELS,
  type ClvModel,
  PURCHASE_MODEL_SETTINGS,
  type PurchaseModelSetting,
  TIME_UNITS,
  type TimeUnit,
} from "../../core";
import { choices } from "../choices";
import { ClvGroupField } from "./ClvGroupField";
import { useFieldGrid } from "./fieldGrid";
import type { PaneSettings } from "../paneSettings";
import { useStrings } from "../strings";
import type { Translate, UiKey } from "../uiText";

const CLV_MODEL_CHOICES = choices(CLV_MODELS, {
  simple: "clvModelSimple",
  probabilistic: "clvModelProbabilistic",
});
const PURCHASE_MODEL_CHOICES = choices(PURCHASE_MODEL_SETTINGS, {
  bgnbd: "purchaseModelBgNbd",
  mbgnbd: "purchaseModelMbgNbd",
  pnbd: "purchaseModelPnbd",
  auto: "purchaseModelAuto",
});
const TIME_UNIT_CHOICES = choices(TIME_UNITS, {
  days: "timeUnitDays",
  weeks: "timeUnitWeeks",
  months: "timeUnitMonths",
});

interface Props {
  settings: PaneSettings;
  onChange(patch: Partial<PaneSettings>): void;
}

export function ClvModelFields({ settings, onChange }: Props): React.JSX.Element {
  const grid = useFieldGrid();
  const { t } = useStrings();
  // The settings' grid continued (fieldGrid.ts): the same two columns, across the whole panel.
  return (
    <div className={mergeClasses(grid.grid, grid.wide)}>
      <Field
        className={mergeClasses(grid.field, grid.wide)}
        label={t("clvModel")}
        hint={t("clvModelHint")}
      >
        <Select
          value={settings.clvModel}
          onChange={(_, d) => onChange({ clvModel: d.value as ClvModel })}
        >
          {options(CLV_MODEL_CHOICES, t)}
        </Select>
      </Field>
      {settings.clvModel === "probabilistic" && <ProbabilisticFields {...{ settings, onChange }} />}
    </div>
  );
}

function ProbabilisticFields({ settings, onChange }: Props): React.JSX.Element {
  const grid = useFieldGrid();
  const wide = mergeClasses(grid.field, grid.wide);
  const { t } = useStrings();
  return (
    <>
      <Field className={wide} label={t("purchaseModel")} hint={t("purchaseModelHint")}>
        <Select
          value={settings.purchaseModel}
          onChange={(_, d) => onChange({ purchaseModel: d.value as PurchaseModelSetting })}
        >
          {options(PURCHASE_MODEL_CHOICES, t)}
        </Select>
      </Field>
      <Field className={wide} label={t("timeUnit")}>
        <Select
          value={settings.timeUnit}
          onChange={(_, d) => onChange({ timeUnit: d.value as TimeUnit })}
        >
          {options(TIME_UNIT_CHOICES, t)}
        </Select>
      </Field>
      <Field className={grid.field} label={t("horizonMonths")}>
        <Input
          type="number"
          value={String(settings.horizonMonths)}
          onChange={(_, d) => onChange({ horizonMonths: Number(d.value) })}
        />
      </Field>
      <Field className={grid.field} label={t("monthlyDiscount")}>
        <Input
          type="number"
          value={String(settings.monthlyDiscountPercent)}
          onChange={(_, d) => onChange({ monthlyDiscountPercent: Number(d.value) })}
        />
      </Field>
      <Field className={grid.field} label={t("noPurchaseDays")}>
        <Input
          type="number"
          value={String(settings.noPurchaseDays)}
          onChange={(_, d) => onChange({ noPurchaseDays: Number(d.value) })}
        />
      </Field>
      <Field className={grid.field} label={t("noPurchaseAtRisk")}>
        <Input
          type="number"
          placeholder={t("noPurchaseAtRiskOff")}
          value={settings.noPurchaseAtRiskPercent}
          onChange={(_, d) => onChange({ noPurchaseAtRiskPercent: d.value })}
        />
      </Field>
      <Text size={200} className={grid.wide}>
        {t("noPurchaseHint", { days: settings.noPurchaseDays })}
      </Text>
      <Field className={grid.field} label={t("calibrationEnd")} hint={t("calibrationEndHint")}>
        <Input
          type="date"
          value={settings.calibrationEnd}
          onChange={(_, d) => onChange({ calibrationEnd: d.value })}
        />
      </Field>
      <ClvGroupField {...{ settings, onChange }} />
    </>
  );
}

function options<V extends string>(choices: [V, UiKey][], t: Translate): React.JSX.Element[] {
  return choices.map(([value, key]) => (
    <option key={value} value={value}>
      {t(key)}
    </option>
  ));
}
