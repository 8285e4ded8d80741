// `tiering sql --dialect D --table T`: prints the tiers query for a warehouse (method.md
// sections 1-4 as one statement). Nothing is read: the flags are the whole input.
import type { Command } from "commander";
import {
  ABC_BASES,
  ABC_MODES,
  DATE_ORDERS,
  DIALECTS,
  LANGUAGES,
  resolveOptions,
  RFM_SCORINGS,
  SCHEME_IDS,
  tiersQuery,
  type DialectId,
  type Language,
  type SqlColumns,
} from "../core";
import type { HelpText } from "./commandFlags";
import type { CliIo } from "./io";
import { oneOf, parseFlags, type RawFlags } from "./options";

export interface SqlRawFlags extends RawFlags {
  dialect?: string;
  table?: string;
}

export function sqlCommand(
  program: Command,
  t: HelpText,
  run: (flags: SqlRawFlags) => Promise<void>
): void {
  program
    .command("sql")
    .description(t("help.sql"))
    .requiredOption("--dialect <dialect>", `${t("help.dialect")}: ${DIALECTS.join("|")}`)
    .requiredOption("--table <name>", t("help.table"))
    .option("--customer <column>", `${t("help.customer")}: ${t("help.sqlColumn")} (customer)`)
    .option("--date <column>", `${t("help.date")}: ${t("help.sqlColumn")} (date)`)
    .option("--amount <column>", `${t("help.amount")}: ${t("help.sqlColumn")} (amount)`)
    .option("--order-id <column>", t("help.orderId"))
    .option("--profit <column>", t("help.profit"))
    .option("--as-of <date>", t("help.asOf"))
    .option("--scoring <method>", `${t("help.scoring")}: ${RFM_SCORINGS.join("|")}`)
    .option("--scheme <scheme>", `${t("help.scheme")}: ${SCHEME_IDS.join("|")}|FILE.json`)
    .option("--abc-mode <mode>", `${t("help.abcMode")}: ${ABC_MODES.join("|")}`)
    .option("--abc-basis <basis>", `${t("help.abcBasis")}: ${ABC_BASES.join("|")}`)
    .option("--margin <rate>", t("help.margin"))
    .option("--lifespan <years>", t("help.lifespan"))
    .option("--lang <language>", `${t("help.lang")}: ${LANGUAGES.join("|")}`)
    .option("--date-order <order>", `${t("help.dateOrder")}: ${DATE_ORDERS.join("|")}`)
    .option("--decimal-comma", t("help.decimalComma"))
    .helpOption("-h, --help", t("help.help"))
    .action(run);
}

function sqlColumns(flags: SqlRawFlags): SqlColumns {
  return {
    customer: flags.customer ?? "customer",
    date: flags.date ?? "date",
    amount: flags.amount ?? "amount",
    ...(flags.orderId === undefined ? {} : { orderId: flags.orderId }),
    ...(flags.profit === undefined ? {} : { profit: flags.profit }),
  };
}

/** Checks the flags as `tiering segment` does, then prints the query; returns the run's language. */
export function runSql(flags: SqlRawFlags, io: CliIo): Language {
  const dialect = oneOf("--dialect", flags.dialect, DIALECTS) as DialectId;
  const settings = parseFlags("", flags, io.env);
  // Validated here, with the core's own messages, before any text is printed.
  resolveOptions(settings.core);
  const sql = tiersQuery({
    dialect,
    table: flags.table ?? "",
    columns: sqlColumns(flags),
    options: settings.core,
  });
  io.stdout.write(sql);
  return settings.language;
}
