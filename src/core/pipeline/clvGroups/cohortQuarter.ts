// The default group of CLV by group: the calendar quarter of a customer's first purchase.
import { dayToIso } from "../../cells/dayNumber";

/** "2024-Q1" for any day from 2024-01-01 to 2024-03-31; labels sort in time order as text. */
export function cohortQuarter(day: number): string {
  const iso = dayToIso(day);
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
