// The detected data: where it is, its shape, and the column of each role, editable.
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { columnLetter, type DetectedColumns, label, type Language, type Role } from "../../core";
import { a1, type SelectionPeek } from "../../excel";
import type { Translate } from "../uiText";

const ROLES_BY_SHAPE: Record<"transactions" | "summary", Role[]> = {
  transactions: ["customer", "customerName", "date", "amount", "orderId", "profit"],
  summary: ["customer", "lastPurchaseDate", "recencyDays", "frequency", "monetary", "profit"],
};

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

interface Props {
  peek: SelectionPeek;
  detected: DetectedColumns;
  language: Language;
  t: Translate;
  mapping: Partial<Record<Role, string>>;
  onMappingChange(mapping: Partial<Record<Role, string>>): void;
  onReinspect(): void;
}

export function SourceCard(props: Props): React.JSX.Element {
  const { peek, detected, language, t } = props;
  const styles = useStyles();
  const s = peek.source;
  const address = `${s.sheetName}!${a1(s.rowIndex, s.columnIndex, s.rowCount, s.columnCount)}`;
  const dataRows =
    s.rowCount - (detected.headerRowIndex === null ? 0 : detected.headerRowIndex + 1);
  const columnName = (c: number): string => detected.headers[c] || columnLetter(s.columnIndex + c);
  const choose = (role: Role, value: string): void => {
    const next = { ...props.mapping };
    if (value === "") delete next[role];
    else next[role] = value;
    props.onMappingChange(next);
  };
  return (
    <section className={styles.card} aria-label={t("source")}>
      <Text weight="semibold">{t("source")}</Text>
      <Text>{t("sourceRows", { rows: dataRows, address })}</Text>
      <Text>
        {t("shape")}: {label(`shape.${detected.shape}`, language)}
      </Text>
      {peek.hasModel && <Text italic>{t("updatesEarlierRun")}</Text>}
      <div className={styles.grid}>
        {ROLES_BY_SHAPE[detected.shape].map((role) => {
          const column = detected.mapping[role];
          return (
            <Field key={role} label={label(`role.${role}`, language)} size="small">
              <Select
                value={props.mapping[role] ?? (column === undefined ? "" : columnName(column))}
                onChange={(_, data) => choose(role, data.value)}
              >
                <option value="">{t("notMapped")}</option>
                {detected.headers.map((_, c) => (
                  <option key={c} value={columnName(c)}>
                    {columnName(c)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      <Button appearance="subtle" size="small" onClick={props.onReinspect}>
        {t("refreshSelection")}
      </Button>
    </section>
  );
}
