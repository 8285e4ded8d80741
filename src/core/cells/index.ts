// Reading cell values: blanks, errors, ids, amounts and dates.
export { cellText, excelError, isBlank, NULL_MARKS, nullMark } from "./cellKinds";
export { isDateFormat } from "./dateFormat";
export {
  dayFromYmd,
  dayToIso,
  dayToSerial,
  isoToDay,
  MAX_DAY,
  MAX_SERIAL_1900,
  MIN_DAY,
  serialToDay,
} from "./dayNumber";
export { toHalfWidth } from "./fullWidth";
export { isImplausibleAmount, MAX_AMOUNT, parseAmount } from "./parseAmount";
export { AMBIGUOUS_DATE, looksLikeDateText, readDate } from "./parseDate";
export type { DateOrder, DateReadOptions, DateReadResult } from "./parseDate";
export { xlsxCellValue } from "./xlsxCellValue";
export { CURRENCY_SAMPLE_ROWS, currencyOf } from "./currency";
export type { Currency } from "./currency";
