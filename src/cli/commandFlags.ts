// The flags `tiering segment` and `tiering clv` share, added in one place so both commands
// accept, describe and list them alike.
import type { Command } from "commander";
import {
  DATE_ORDERS,
  DEFAULT_OPTIONS,
  LANGUAGES,
  PURCHASE_MODEL_SETTINGS,
  TIME_UNITS,
} from "../core";
import type { CliMessageKey } from "./messages";
import { ENGINES } from "./engine/engines";
import { COLUMN_FLAGS } from "./options";

export type HelpText = (key: CliMessageKey) => string;

/** How the cells are read: dates, decimal commas and duplicates, plus the report's language. */
export function addReadingFlags(command: Command, t: HelpText): Command {
  return command
    .option("--lang <language>", `${t("help.lang")}: ${LANGUAGES.join("|")}`)
    .option("--date-order <order>", `${t("help.dateOrder")}: ${DATE_ORDERS.join("|")}`)
    .option("--decimal-comma", t("help.decimalComma"))
    .option("--date-system <system>", `${t("help.dateSystem")}: 1900|1904`)
    .option("--remove-duplicates", t("help.removeDuplicates"));
}

/** Which columns hold what, where the data is in the file, and JSON instead of tables. */
export function addInputFlags(command: Command, t: HelpText): Command {
  for (const [role, , flag] of COLUMN_FLAGS) command.option(`${flag} <column>`, t(`help.${role}`));
  return command
    .option("--encoding <encoding>", `${t("help.encoding")}: utf8|gbk`)
    .option("--engine <engine>", `${t("help.engine")}: ${ENGINES.join("|")} (auto)`)
    .option("--sheet <name>", t("help.sheet"))
    .option("--json", t("help.json"));
}

/**
 * The probabilistic CLV's settings (probabilisticFlags.ts parses them): `tiering clv` always
 * fits it, `tiering segment` with --clv-model probabilistic. Defaults in brackets.
 */
export function addProbabilisticFlags(command: Command, t: HelpText): Command {
  const p = DEFAULT_OPTIONS.clv.probabilistic;
  return command
    .option("--unit <unit>", `${t("help.unit")}: ${TIME_UNITS.join("|")} (${p.unit})`)
    .option("--horizon <months>", `${t("help.horizon")} (${p.horizonMonths})`)
    .option("--discount <rate>", `${t("help.discount")} (${p.monthlyDiscount})`)
    .option(
      "--model <model>",
      `${t("help.model")}: ${PURCHASE_MODEL_SETTINGS.join("|")} (${p.purchaseModel})`
    )
    .option("--churn-days <days>", `${t("help.churnDays")} (${p.noPurchaseDays})`)
    .option("--interval-draws <count>", `${t("help.intervalDraws")} (${p.intervalDraws})`)
    .option("--calibration-end <date>", t("help.calibrationEnd"))
    .option("--group <column>", t("help.group"))
    .option(
      "--min-group-customers <count>",
      `${t("help.minGroupCustomers")} (${p.minGroupCustomers})`
    )
    .option(
      "--min-group-repeat-buyers <count>",
      `${t("help.minGroupRepeatBuyers")} (${p.minGroupRepeatBuyers})`
    );
}
