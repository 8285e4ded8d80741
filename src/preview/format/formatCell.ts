// A cell's shown text from its value and number format: the subset of Excel's format language the
// add-in and typical CSV/XLSX data use (General, 0, 0.0%, #,##0.00, currency literals, dates, and
// sections with conditions such as the shares' [>=0.0005]0.0%;[>0]"<0.1%";0.0%).
export type ShownValue = string | number | boolean;

const DAY_MS = 86400000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's General for numbers: up to 11 characters, then fewer decimals or scientific notation. */
export function formatGeneralNumber(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - integerDigits - (value < 0 ? 1 : 0));
  const fixed = value.toFixed(Math.min(decimals, 9));
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** Removes quoted literals and escapes, so tokens are only looked for in the format code itself. */
function codeOnly(section: string): string {
  return section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
}

function isDateFormat(section: string): boolean {
  return /[ymdhs]/i.test(codeOnly(section)) && !/[#0]/.test(codeOnly(section));
}

function literal(text: string): string {
  // [$¥-804] is a currency symbol with a locale; _x pads by the width of x (a space here) and
  // *x repeats x to fill the cell (nothing here).
  const token = /"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|_.|\*./g;
  return text.replace(token, (whole: string, quoted?: string, escaped?: string, money?: string) => {
    const kept = quoted ?? escaped ?? money;
    if (kept !== undefined) return kept;
    return whole.startsWith("_") ? " " : "";
  });
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const NUMERIC = /^(.*?)([#0,]*0[#0,]*|#[#,]*)(?:\.([0#]+))?(%?)(.*)$/;

const LITERALS = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;

function formatNumeric(value: number, section: string): string | null {
  // Digits inside literals ("[$¥-804]", "\0") are not placeholders: match on a masked copy.
  const masked = section.replace(LITERALS, (m) => "\u0001".repeat(m.length));
  const match = NUMERIC.exec(masked);
  // A section of literals only ("<0.1%") shows them as they are.
  if (!match) return /[#0?]/.test(codeOnly(section)) ? null : literal(section);
  const [, maskedPrefix, integerPart, decimalPart = "", percent, maskedSuffix] = match;
  const prefix = section.slice(0, maskedPrefix.length);
  const suffix = section.slice(section.length - maskedSuffix.length);
  const scaled = percent ? value * 100 : value;
  const fixed = Math.abs(scaled).toFixed(decimalPart.length);
  const [whole, fraction] = fixed.split(".");
  const shownWhole = integerPart.includes(",") ? groupThousands(whole) : whole;
  // "#" alone shows nothing for a zero integer part, "0" shows the zero.
  const integer = !integerPart.includes("0") && Number(whole) === 0 ? "" : shownWhole;
  const body = fraction === undefined ? integer : `${integer}.${fraction}`;
  const negative = scaled < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${literal(prefix)}${body}${percent}${literal(suffix)}`;
}

/** The calendar parts of an Excel serial (1900 date system; Excel's fictitious 1900-02-29 ignored). */
export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
}

export function dateToSerial(date: Date): number {
  const utcDay = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const time = date.getTime() - utcDay;
  return (utcDay - EXCEL_EPOCH_MS) / DAY_MS + time / DAY_MS;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function formatDate(serial: number, section: string): string {
  const d = serialToDate(serial);
  const parts: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad2(d.getUTCFullYear() % 100),
    mm: pad2(d.getUTCMonth() + 1),
    m: String(d.getUTCMonth() + 1),
    dd: pad2(d.getUTCDate()),
    d: String(d.getUTCDate()),
    hh: pad2(d.getUTCHours()),
    h: String(d.getUTCHours()),
    nn: pad2(d.getUTCMinutes()),
    ss: pad2(d.getUTCSeconds()),
  };
  // "mm" right after an hour is minutes, as in Excel.
  const code = section.replace(/\[[^\]]*\]/g, "").replace(/(h+[^a-z]*)mm/gi, "$1nn");
  return code.replace(
    /"([^"]*)"|\\(.)|yyyy|yy|mm|m|dd|d|hh|h|nn|ss/gi,
    (token, quoted, escaped) => {
      if (quoted !== undefined) return quoted;
      if (escaped !== undefined) return escaped;
      return parts[token.toLowerCase()] ?? token;
    }
  );
}

/** The text Excel shows for a value with a number format (no column-width #### or rounding to fit). */
export function formatCell(value: ShownValue | null | undefined, numberFormat: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat.trim();
  if (format === "" || /^general$/i.test(format) || format === "@")
    return formatGeneralNumber(value);
  const sections = format.split(";");
  const [section, shown] = CONDITION.test(sections[0])
    ? [conditionalSection(value, sections), value]
    : [
        value < 0 && sections.length > 1 ? sections[1] : sections[0],
        value < 0 && sections.length > 1 ? Math.abs(value) : value,
      ];
  if (isDateFormat(section)) return formatDate(shown, section);
  return formatNumeric(shown, section) ?? formatGeneralNumber(value);
}

const CONDITION = /\[(<=|>=|<>|<|>|=)(-?[\d.]+)\]/;

/**
 * Sections with conditions: the first whose condition holds, else the section after them. Excel
 * then shows a negative number with its minus sign (there is no "negative" section).
 */
function conditionalSection(value: number, sections: string[]): string {
  for (const section of sections.slice(0, 2)) {
    const condition = CONDITION.exec(section);
    if (condition && holds(value, condition[1], Number(condition[2]))) return section;
  }
  const rest = sections.slice(0, 3).find((s) => !CONDITION.test(s));
  return rest ?? sections[0];
}

function holds(value: number, op: string, limit: number): boolean {
  if (op === "<") return value < limit;
  if (op === "<=") return value <= limit;
  if (op === ">") return value > limit;
  if (op === ">=") return value >= limit;
  if (op === "=") return value === limit;
  return value !== limit;
}

/** Excel's default alignment: numbers right, booleans and errors centred, text left. */
export function defaultAlignment(
  value: ShownValue | null | undefined,
  isError: boolean
): "left" | "right" | "center" {
  if (isError || typeof value === "boolean") return "center";
  return typeof value === "number" ? "right" : "left";
}
