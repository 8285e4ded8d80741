// After a run with CLV by group: each group's fit (own or pooled, and why), the value of a new
// customer and the median P(alive), from the same table the comparison sheet shows in full.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { groupTable, label, type SegmentResult } from "../../core";
import { percentText } from "../percent";
import { useStrings } from "../strings";
import { useNumberCells } from "./numberCells";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fit: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The columns of groupTable the narrow pane has room for. */
const SHOWN = ["customers", "newValue", "pAlive.p50"] as const;

export function GroupComparison({ result }: { result: SegmentResult }): React.JSX.Element | null {
  const styles = useStyles();
  const numbers = useNumberCells();
  const { language, t } = useStrings();
  const p = result.probabilistic;
  if (p === null || p.groups === null) return null;
  const table = groupTable(p.groups, p, language);
  const at = (name: string) => table.names.indexOf(name);
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const formats = {
    customers: count.format,
    newValue: money.format,
    "pAlive.p50": percentText,
  };
  const show = (v: string | number, name: (typeof SHOWN)[number]) =>
    typeof v === "number" && Number.isFinite(v) ? formats[name](v) : "–";
  const title = t("clvGroupsTitle");
  return (
    <section className={styles.panel} aria-label={title} data-testid="clv-groups">
      <Text weight="semibold">{title}</Text>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{table.headers[0]}</TableHeaderCell>
            <TableHeaderCell button={{ className: numbers.header }}>
              {table.headers[at("customers")]}
            </TableHeaderCell>
            <TableHeaderCell button={{ className: numbers.header }}>
              {t("clvGroupsNewValue", { months: p.horizonMonths })}
            </TableHeaderCell>
            <TableHeaderCell button={{ className: numbers.header }}>
              {t("clvGroupsMedianAlive")}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={String(row[0])}>
              <TableCell>
                {row[0]}
                <div className={styles.fit}>{row[at("fit")]}</div>
              </TableCell>
              {SHOWN.map((name) => (
                <TableCell key={name} className={numbers.cell}>
                  {show(row[at(name)], name)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text size={200}>
        {t("clvGroupsSheet", { sheet: label("clvGroups.sheetName", language) })}
      </Text>
    </section>
  );
}
