// The flags `tiering segment` and `tiering clv` share, added in one place so both commands
// accept, describe and list them alike.
import type { Command } from "commander";
import type { CliMessageKey } from "./messages";

export type HelpText = (key: CliMessageKey) => string;

/** How the cells are read: dates, decimal commas and duplicates, plus the report's language. */
export function addReadingFlags(command: Command, t: HelpText): Command {
  return command
    .option("--lang <language>", `${t("help.lang")}: zh-CN|en-US`)
    .option("--date-order <order>", `${t("help.dateOrder")}: ymd|dmy|mdy`)
    .option("--decimal-comma", t("help.decimalComma"))
    .option("--date-system <system>", `${t("help.dateSystem")}: 1900|1904`)
    .option("--remove-duplicates", t("help.removeDuplicates"));
}

/** Which columns hold what, where the data is in the file, and JSON instead of tables. */
export function addInputFlags(command: Command, t: HelpText): Command {
  return command
    .option("--customer <column>", t("help.customer"))
    .option("--date <column>", t("help.date"))
    .option("--amount <column>", t("help.amount"))
    .option("--order-id <column>", t("help.orderId"))
    .option("--profit <column>", t("help.profit"))
    .option("--encoding <encoding>", `${t("help.encoding")}: utf8|gbk`)
    .option("--sheet <name>", t("help.sheet"))
    .option("--json", t("help.json"));
}
