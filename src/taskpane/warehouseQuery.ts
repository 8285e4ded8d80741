// "SQL for your warehouse": the tiers query (`tiering sql`) for the pane's current settings and
// column mapping. The columns are the sheet's headers, as the warehouse table usually names them.
import { tiersQuery, type DialectId, type Language, type SqlColumns } from "../core";
import { toOptions, type PaneSettings } from "./paneSettings";
import type { SelectionView } from "./selectionView";

/** The CLI's defaults (`tiering sql` without --customer, --date, --amount). */
const DEFAULT_COLUMNS: SqlColumns = { customer: "customer", date: "date", amount: "amount" };

/** The query's columns from the data's roles: its headers for orders, the CLI's defaults otherwise. */
export function sqlColumnsOf(view: SelectionView | null): SqlColumns {
  if (view === null || view.detected.shape !== "transactions") return DEFAULT_COLUMNS;
  const { mapping } = view.detected;
  const name = (c: number | undefined): string | undefined =>
    c === undefined ? undefined : view.columnNames[c];
  const orderId = name(mapping.orderId);
  const profit = name(mapping.profit);
  return {
    customer: name(mapping.customer) ?? DEFAULT_COLUMNS.customer,
    date: name(mapping.date) ?? DEFAULT_COLUMNS.date,
    amount: name(mapping.amount) ?? DEFAULT_COLUMNS.amount,
    ...(orderId === undefined ? {} : { orderId }),
    ...(profit === undefined ? {} : { profit }),
  };
}

export interface WarehouseRequest {
  settings: PaneSettings;
  view: SelectionView | null;
  language: Language;
  dialect: DialectId;
  table: string;
}

/** The query the CLI prints for the same settings, columns, table and language. */
export function warehouseQuery(r: WarehouseRequest): string {
  return tiersQuery({
    dialect: r.dialect,
    table: r.table,
    columns: sqlColumnsOf(r.view),
    options: toOptions(r.settings, r.language),
  });
}
