// The CLV model choice, and for the probabilistic one its settings: purchase model, time unit,
// horizon, monthly discount and an optional calibration end (method.md section 4).
import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
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
import type { PaneSettings } from "../paneSettings";
import { useStrings } from "../strings";
import type { Translate, UiKey } from "../uiText";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // minmax(0, 1fr): Fluent inputs have a minimum width that would push the second one out of a narrow pane.
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    "& .fui-Input": { minWidth: 0 },
  },
});

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
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <div className={styles.group}>
      <Field label={t("clvModel")} hint={t("clvModelHint")}>
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
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <>
      <Field label={t("purchaseModel")} hint={t("purchaseModelHint")}>
        <Select
          value={settings.purchaseModel}
          onChange={(_, d) => onChange({ purchaseModel: d.value as PurchaseModelSetting })}
        >
          {options(PURCHASE_MODEL_CHOICES, t)}
        </Select>
      </Field>
      <Field label={t("timeUnit")}>
        <Select
          value={settings.timeUnit}
          onChange={(_, d) => onChange({ timeUnit: d.value as TimeUnit })}
        >
          {options(TIME_UNIT_CHOICES, t)}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field label={t("horizonMonths")}>
          <Input
            type="number"
            value={String(settings.horizonMonths)}
            onChange={(_, d) => onChange({ horizonMonths: Number(d.value) })}
          />
        </Field>
        <Field label={t("monthlyDiscount")}>
          <Input
            type="number"
            value={String(settings.monthlyDiscountPercent)}
            onChange={(_, d) => onChange({ monthlyDiscountPercent: Number(d.value) })}
          />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field label={t("noPurchaseDays")}>
          <Input
            type="number"
            value={String(settings.noPurchaseDays)}
            onChange={(_, d) => onChange({ noPurchaseDays: Number(d.value) })}
          />
        </Field>
        <Field label={t("noPurchaseAtRisk")}>
          <Input
            type="number"
            placeholder={t("noPurchaseAtRiskOff")}
            value={settings.noPurchaseAtRiskPercent}
            onChange={(_, d) => onChange({ noPurchaseAtRiskPercent: d.value })}
          />
        </Field>
      </div>
      <Text size={200}>{t("noPurchaseHint", { days: settings.noPurchaseDays })}</Text>
      <Field label={t("calibrationEnd")} hint={t("calibrationEndHint")}>
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
