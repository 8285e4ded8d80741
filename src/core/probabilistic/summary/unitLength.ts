// How many days one model time unit spans, for turning day differences into the unit.
import type { TimeUnit } from "../types";

/**
 * Days per unit. A month is 30 days: the same length MONTH_IN_UNIT gives the CLV horizon in
 * days (30), so a model fitted in months and one fitted in days see the same "12 months".
 * Fractional months, not calendar months: whole-month periods would call a purchase on
 * 31 January and one on 1 February a month apart and one on 1 and 31 January none.
 */
export const DAYS_IN_UNIT: Readonly<Record<TimeUnit, number>> = {
  days: 1,
  weeks: 7,
  months: 30,
};
