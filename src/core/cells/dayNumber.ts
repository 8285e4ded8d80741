// Dates as integer day numbers: days since 1970-01-01 in the proleptic Gregorian calendar.
// No time zone is involved anywhere: a day number is a calendar date, not an instant.

/** 1900-01-01, the first day Excel can show. */
export const MIN_DAY = -25567;
/** 9999-12-31, the last day Excel can show. */
export const MAX_DAY = 2932896;
/** Largest serial of the 1900 system (9999-12-31). */
export const MAX_SERIAL_1900 = 2958465;

/** Excel 1900 serial of 1970-01-01 (day 0), valid from serial 61 (1900-03-01) on. */
const EPOCH_SERIAL_1900 = 25569;
/** Excel 1904 serial of 1970-01-01: 1904-01-01 is serial 0 there and serial 1462 in 1900. */
const EPOCH_SERIAL_1904 = EPOCH_SERIAL_1900 - 1462;
/** Serial 60 is Excel's 1900-02-29, a day that never existed (kept for Lotus 1-2-3 compatibility). */
const FAKE_LEAP_SERIAL = 60;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: exact integer arithmetic, no Date object.
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of a calendar date; NaN when the date does not exist or the year is outside 1900..9999. */
export function dayFromYmd(y: number, m: number, d: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return NaN;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "YYYY-MM-DD" of a day number (inverse of days_from_civil); "" when the day is not finite. */
export function dayToIso(day: number): string {
  if (!Number.isFinite(day)) return "";
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a strict "YYYY-MM-DD"; NaN for anything else or an invalid date. */
export function isoToDay(text: string): number {
  const match = ISO_DATE.exec(text);
  if (match === null) return NaN;
  return dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Day number of an Excel serial; the time of day (fraction) is dropped. NaN outside Excel's date range. */
export function serialToDay(serial: number, system: 1900 | 1904): number {
  if (!Number.isFinite(serial)) return NaN;
  const s = Math.floor(serial);
  if (system === 1904) {
    const day = s - EPOCH_SERIAL_1904;
    return s < 0 || day > MAX_DAY ? NaN : day;
  }
  if (s < 1 || s > MAX_SERIAL_1900 || s === FAKE_LEAP_SERIAL) return NaN;
  // Serials before the fake leap day are one lower than the real calendar would give.
  return s < FAKE_LEAP_SERIAL ? s - EPOCH_SERIAL_1900 + 1 : s - EPOCH_SERIAL_1900;
}

/** Excel serial of a day number (for writing dates back); NaN outside Excel's date range. */
export function dayToSerial(day: number, system: 1900 | 1904): number {
  if (!Number.isFinite(day)) return NaN;
  const d = Math.floor(day);
  if (d > MAX_DAY) return NaN;
  if (system === 1904) {
    const serial = d + EPOCH_SERIAL_1904;
    return serial < 0 ? NaN : serial;
  }
  if (d < MIN_DAY) return NaN;
  const serial = d + EPOCH_SERIAL_1900;
  return serial <= FAKE_LEAP_SERIAL ? serial - 1 : serial;
}
