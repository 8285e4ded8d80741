// The selected data: where it is, its shape, and the column of each role, editable; a required
// role nobody found is marked until the user picks its column.
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Role } from "../../core";
import { sentenceStart, sheetAddress } from "../../core";
import type { SelectionView } from "../selectionView";
import { useStrings } from "../strings";
import { useFieldGrid } from "./fieldGrid";

const ROLES_BY_SHAPE: Record<"transactions" | "summary", Role[]> = {
  transactions: ["customer", "customerName", "date", "amount", "orderId", "profit", "group"],
  summary: ["customer", "lastPurchaseDate", "recencyDays", "frequency", "monetary", "profit"],
};

/** The roles a run cannot do without (a summary's recency may come from a last purchase date). */
const REQUIRED = new Set<Role>(["customer", "date", "amount", "frequency", "monetary"]);

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  view: SelectionView;
  onMappingChange(mapping: Partial<Record<Role, string>>): void;
}

export function SourceCard(props: Props): React.JSX.Element {
  const { view } = props;
  const { t, label } = useStrings();
  const { peek, detected, columnNames } = view;
  const styles = useStyles();
  const grid = useFieldGrid();
  const s = peek.source;
  const address = sheetAddress(s.sheetName, s.rowIndex, s.columnIndex, s.rowCount, s.columnCount);
  const dataRows =
    s.rowCount - (detected.headerRowIndex === null ? 0 : detected.headerRowIndex + 1);
  const choose = (role: Role, value: string): void => {
    const next = { ...view.mapping };
    if (value === "") delete next[role];
    else next[role] = value;
    props.onMappingChange(next);
  };
  return (
    <section className={styles.card} aria-label={t("source")}>
      <Text weight="semibold">{t("source")}</Text>
      <Text>{t("sourceRows", { rows: dataRows, address })}</Text>
      <Text>
        {t("shape")}
        {t("colon")}
        {label(`shape.${detected.shape}`)}
      </Text>
      {peek.hasModel && <Text italic>{t("updatesEarlierRun")}</Text>}
      <div className={grid.grid}>
        {ROLES_BY_SHAPE[detected.shape].map((role) => {
          const column = detected.mapping[role];
          const missing = view.missing.includes(role);
          return (
            <Field
              key={role}
              className={grid.field}
              label={sentenceStart(label(`role.${role}`))}
              size="small"
              required={REQUIRED.has(role)}
              validationState={missing ? "warning" : "none"}
              validationMessage={missing ? t("chooseColumn") : undefined}
            >
              <Select
                value={view.mapping[role] ?? (column === undefined ? "" : columnNames[column])}
                onChange={(_, data) => choose(role, data.value)}
              >
                <option value="">{t("notMapped")}</option>
                {columnNames.map((name, c) => (
                  <option key={c} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}
