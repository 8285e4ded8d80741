// "SQL for your warehouse": the query `tiering sql` prints for the current settings and column
// mapping, for the engine the user picks, to run where the orders live. The customer table it
// returns comes back to Excel and is segmented as a customer summary.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { DIALECTS, type DialectId } from "../../core";
import type { PaneSettings } from "../paneSettings";
import { failureMessage } from "../runMessages";
import type { SelectionView } from "../selectionView";
import { useStrings } from "../strings";
import { warehouseQuery } from "../warehouseQuery";

/** The engines' own names: the same in every language. */
const DIALECT_NAMES: Record<DialectId, string> = {
  duckdb: "DuckDB",
  postgres: "PostgreSQL",
  bigquery: "BigQuery",
  snowflake: "Snowflake",
  spark: "Spark SQL",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre",
    overflowX: "auto",
  },
});

interface Props {
  settings: PaneSettings;
  view: SelectionView | null;
}

type Copied = "no" | "copied" | "selected";
type Shown = { sql: string } | { error: string } | null;

export function WarehouseSql({ settings, view }: Props): React.JSX.Element {
  const { t, language } = useStrings();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [dialect, setDialect] = React.useState<DialectId>("duckdb");
  const [table, setTable] = React.useState("orders");
  const [copied, setCopied] = React.useState<Copied>("no");
  const box = React.useRef<HTMLTextAreaElement>(null);
  const query = React.useMemo((): Shown => {
    if (!open) return null;
    try {
      return { sql: warehouseQuery({ settings, view, language, dialect, table }) };
    } catch (e) {
      return { error: failureMessage(e, language) ?? String(e) };
    }
  }, [open, settings, view, language, dialect, table]);
  React.useEffect(() => setCopied("no"), [query]);

  const copy = async (sql: string): Promise<void> => {
    try {
      // The clipboard may be missing or refused (an add-in's frame needs the permission).
      await navigator.clipboard.writeText(sql);
      setCopied("copied");
    } catch {
      box.current?.focus();
      box.current?.select();
      setCopied("selected");
    }
  };

  return (
    <section className={styles.section} aria-label={t("warehouseSql")}>
      <Button appearance="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t("warehouseSql")}
      </Button>
      {open && (
        <>
          <Text>{t("warehouseSqlHint")}</Text>
          <div className={styles.row}>
            <Field label={t("sqlDialect")} size="small">
              <Select value={dialect} onChange={(_, d) => setDialect(d.value as DialectId)}>
                {DIALECTS.map((id) => (
                  <option key={id} value={id}>
                    {DIALECT_NAMES[id]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("sqlTable")} size="small">
              <Input value={table} onChange={(_, d) => setTable(d.value)} />
            </Field>
          </div>
          {settings.clvModel === "probabilistic" && <Text italic>{t("sqlSimpleClv")}</Text>}
          {query && "error" in query && (
            <MessageBar intent="error">
              <MessageBarBody>{query.error}</MessageBarBody>
            </MessageBar>
          )}
          {query && "sql" in query && (
            <>
              <Field label={t("sqlQuery")} size="small">
                <Textarea
                  ref={box}
                  readOnly
                  value={query.sql}
                  rows={12}
                  resize="vertical"
                  textarea={{ className: styles.code, spellCheck: false }}
                />
              </Field>
              <div>
                <Button onClick={() => void copy(query.sql)}>{t("sqlCopy")}</Button>
              </div>
              <div role="status" aria-live="polite">
                {copied === "copied" && <Text>{t("sqlCopied")}</Text>}
                {copied === "selected" && <Text>{t("sqlSelected")}</Text>}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
