// What the user must know about a run that still gave results, by code (the catalog words it).
import type { MessageParams } from "./messages";

export type WarningCode =
  | "noHeaderRow"
  | "clvNeedsFirstDate"
  | "clvLeftOut"
  | "noMargin"
  | "noDateColumn"
  | "noAmountColumn"
  | "fewCustomers"
  | "probabilisticNeedsDates"
  | "probabilisticFitFailed"
  | "probabilisticNotIdentified"
  | "spendModelUnusable"
  | "spendCorrelated"
  | "clvIntervalsNoCovariance"
  | "clvIntervalsSpendDraws"
  | "clvGroupIntervalsLeftOut"
  | "calibrationOutside"
  | "calibrationNeedsDates"
  | "clvGroupsNeedTransactions"
  | "clvGroupNoColumn"
  | "dominantCustomer"
  | "shortHistory"
  | "asOfFarFromData";

export interface Warning {
  code: WarningCode;
  params: MessageParams;
}
