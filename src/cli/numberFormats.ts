// The number formats of the terminal reports, made once per run in the run's language.
import type { Language } from "../core";

export type NumberFormats<K extends string> = Record<K, Intl.NumberFormat>;

/** Counts of rows and customers. */
export const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/** Always `digits` decimals, so the figures of a column line up. */
export const fixedDigits = (digits: number): Intl.NumberFormatOptions => ({
  minimumFractionDigits: digits,
  maximumFractionDigits: digits,
});

export function numberFormats<K extends string>(
  language: Language,
  options: Record<K, Intl.NumberFormatOptions>
): NumberFormats<K> {
  const formats = {} as NumberFormats<K>;
  for (const key of Object.keys(options) as K[])
    formats[key] = new Intl.NumberFormat(language, options[key]);
  return formats;
}
