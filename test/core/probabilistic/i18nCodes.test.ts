// Every message code the fits report has a text in both languages.
import { formatMessage, isMessageKey } from "../../../src/core/i18n";
import type { FitMessageCode } from "../../../src/core/probabilistic";

const CODES: Record<FitMessageCode, true> = {
  "fit.notConverged": true,
  "fit.atBound": true,
  "fit.noCustomers": true,
  "fit.noRepeatCustomers": true,
  "fit.oneCustomer": true,
  "fit.noRepeatPurchases": true,
  "fit.oneDayOfHistory": true,
  "fit.spendUndefined": true,
  "fit.frequencySpendCorrelated": true,
};

it.each(Object.keys(CODES) as FitMessageCode[])("%s is in the en-US and zh-CN catalogs", (code) => {
  expect(isMessageKey(code)).toBe(true);
  expect(formatMessage(code, {}, "en-US")).not.toBe(code);
  expect(formatMessage(code, {}, "zh-CN")).not.toBe(formatMessage(code, {}, "en-US"));
});
