// The method settings, collapsed by default, showing the defaults until the user changes them, on
// the pane's field grid (fieldGrid.ts): choices across, numbers and dates two to a row.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  Select,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import * as React from "react";
import { ABC_MODES, type AbcMode, RFM_SCORINGS, type RfmScoring, type SchemeId } from "../../core";
import { choices } from "../choices";
import { builtInScheme, defaultCuts, type PaneSettings } from "../paneSettings";
import { ClvModelFields } from "./ClvModelFields";
import { useFieldGrid } from "./fieldGrid";
import { RulesTable } from "./RulesTable";
import { ThresholdsTable } from "./ThresholdsTable";
import { useStrings } from "../strings";
import type { UiKey } from "../uiText";

const useStyles = makeStyles({
  // The accordion's own padding, less on the left: the grid lines up with the Data card above.
  panel: { marginLeft: 0, marginRight: 0 },
});

const ABC_MODE_CHOICES = choices(ABC_MODES, {
  value: "abcModeValue",
  count: "abcModeCount",
  absolute: "abcModeAbsolute",
});
const SCORINGS = choices(RFM_SCORINGS, {
  quantile: "scoringQuantile",
  fixed: "scoringFixed",
  "rfm-r": "scoringRfmR",
});
// The pane lists the default scheme first, then by size; the Record still needs every scheme id.
const SCHEME_TEXT: Record<SchemeId, UiKey> = {
  four: "schemeFour",
  eight: "schemeEight",
  "value-tiers": "schemeValueTiers",
  named: "schemeNamed",
};
const SCHEMES = choices(Object.keys(SCHEME_TEXT) as SchemeId[], SCHEME_TEXT);

interface Props {
  settings: PaneSettings;
  onChange(s: PaneSettings): void;
}

export function SettingsPanel({ settings, onChange }: Props): React.JSX.Element {
  const styles = useStyles();
  const grid = useFieldGrid();
  const field = grid.field;
  const wide = mergeClasses(grid.field, grid.wide);
  const { t } = useStrings();
  const scheme = React.useMemo(() => builtInScheme(settings.scheme), [settings.scheme]);
  const set = (patch: Partial<PaneSettings>): void => onChange({ ...settings, ...patch });
  const cut = (i: 0 | 1, text: string): void => {
    const cuts: [number, number] = [...settings.abcCuts];
    cuts[i] = Number(text);
    set({ abcCuts: cuts });
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader>{t("settings")}</AccordionHeader>
        <AccordionPanel className={mergeClasses(styles.panel, grid.grid)}>
          <Field className={wide} label={t("abcMode")}>
            <Select
              value={settings.abcMode}
              onChange={(_, d) =>
                set({ abcMode: d.value as AbcMode, abcCuts: defaultCuts(d.value as AbcMode) })
              }
            >
              {ABC_MODE_CHOICES.map(([v, k]) => (
                <option key={v} value={v}>
                  {t(k)}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={field} label={t("abcCutA")}>
            <Input
              type="number"
              value={String(settings.abcCuts[0])}
              onChange={(_, d) => cut(0, d.value)}
            />
          </Field>
          <Field className={field} label={t("abcCutB")}>
            <Input
              type="number"
              value={String(settings.abcCuts[1])}
              onChange={(_, d) => cut(1, d.value)}
            />
          </Field>
          <Field className={wide} label={t("rfmScoring")}>
            <Select
              value={settings.scoring}
              onChange={(_, d) => set({ scoring: d.value as RfmScoring })}
            >
              {SCORINGS.map(([v, k]) => (
                <option key={v} value={v}>
                  {t(k)}
                </option>
              ))}
            </Select>
          </Field>
          {settings.scoring === "fixed" && (
            <div className={grid.wide}>
              <ThresholdsTable value={settings.fixed} onChange={(fixed) => set({ fixed })} />
            </div>
          )}
          <Field className={wide} label={t("scheme")}>
            <Select
              value={settings.scheme}
              onChange={(_, d) => set({ scheme: d.value as SchemeId, rules: null })}
            >
              {SCHEMES.map(([v, k]) => (
                <option key={v} value={v}>
                  {t(k)}
                </option>
              ))}
            </Select>
          </Field>
          <div className={grid.wide}>
            <RulesTable
              key={settings.scheme}
              scheme={scheme}
              rules={settings.rules}
              onChange={(rules) => set({ rules })}
            />
          </div>
          <Field className={field} label={t("asOf")} hint={t("asOfHint")}>
            <Input type="date" value={settings.asOf} onChange={(_, d) => set({ asOf: d.value })} />
          </Field>
          <Field className={field} label={t("minTenure")} hint={t("minTenureHint")}>
            <Input
              type="number"
              value={String(settings.minTenureDays)}
              onChange={(_, d) => set({ minTenureDays: Number(d.value) })}
            />
          </Field>
          <Field className={field} label={t("margin")} hint={t("marginHint")}>
            <Input
              type="number"
              value={settings.marginPercent}
              onChange={(_, d) => set({ marginPercent: d.value })}
            />
          </Field>
          <Field className={field} label={t("lifespan")}>
            <Input
              type="number"
              value={String(settings.lifespanYears)}
              onChange={(_, d) => set({ lifespanYears: Number(d.value) })}
            />
          </Field>
          <ClvModelFields settings={settings} onChange={set} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
