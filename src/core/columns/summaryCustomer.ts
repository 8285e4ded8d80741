// The customer column of a customer summary, where each customer has one row: unlike in
// transactions, its ids do not repeat.
import type { CellValue, ColumnMapping } from "../types";
import { type ColumnStats, type DateSettings, mostly } from "./columnStats";
import { sampledStats } from "./detectFromValues";
import { sampleRows } from "./sampleRows";

/** Share of distinct ids among the filled cells (a summary may repeat a few customers by mistake). */
const MIN_DISTINCT_SHARE = 0.9;

function isCustomerIds(st: ColumnStats): boolean {
  return (
    mostly(st.idLike, st) &&
    !mostly(st.dates, st) &&
    st.fractions === 0 &&
    st.distinct.size >= 2 &&
    st.distinct.size >= MIN_DISTINCT_SHARE * st.filled
  );
}

/**
 * The column index of the customer ids of a customer summary, or undefined: the leftmost column
 * of (nearly) all-different ids not in the known mapping, text ids before numbers.
 */
export function detectSummaryCustomer(
  values: CellValue[][],
  numberFormats: (string | null | undefined)[][] | undefined,
  firstDataRow: number,
  known: ColumnMapping,
  dates: DateSettings
): number | undefined {
  const rows = sampleRows(values, firstDataRow);
  const taken = new Set<number>(Object.values(known).filter((c): c is number => c !== undefined));
  const ids = sampledStats(values, numberFormats, rows, taken, dates).filter(isCustomerIds);
  const text = ids.find((st) => st.numbers === 0);
  return (text ?? ids[0])?.column;
}
