// The purchases the probabilistic CLV reads (src/core/probabilistic/summary/purchaseDays.ts),
// aggregated in SQL next to the customers' sums: per customer, its distinct days with a purchase
// (a used row that is not a return: $0 orders count, as lifetimes counts them), the first and
// the last, and the value bought after the first day; with a calibration end, the same up to it
// and the purchases after it. One GROUP BY of (customer, day) and one of customers: the rows
// never come to JavaScript, so `tiering clv` runs on files of any length.
import { millionthsOf, wholeOf } from "./exactSumSql";
import { real } from "./rowsQuery";

/** The columns `purchaseDaysPart` adds to the customers query, in order. */
export const PURCHASE_COLUMNS = [
  "p_days",
  "p_first",
  "p_last",
  "p_repeat_whole",
  "p_repeat_millionths",
] as const;

/** The columns the calibration split adds after PURCHASE_COLUMNS. */
export const CALIBRATION_COLUMNS = [
  "c_days",
  "c_last",
  "c_repeat_whole",
  "c_repeat_millionths",
  "h_days",
  "h_whole",
  "h_millionths",
] as const;

/**
 * The value of the purchase days in `when` less the first day's (the first day is in it whenever
 * the customer has a purchase there), exactly: integers, cast to DOUBLE once, as ExactSums rounds.
 */
function repeatSums(when: string | null, prefix: string): string {
  const filter = when === null ? "" : ` FILTER (WHERE ${when})`;
  return [
    `CAST(sum(w)${filter} - arg_min(w, day) AS DOUBLE) AS ${prefix}_repeat_whole`,
    `sum(m)${filter} - arg_min(m, day) AS ${prefix}_repeat_millionths`,
  ].join(", ");
}

/** Per customer, with the calibration columns after `calibrationEndDay` when it is a number. */
export function purchaseDaysPart(calibrationEndDay: number | null): string {
  const c = calibrationEndDay;
  const perCustomer = [
    "count(*) AS p_days, min(day) AS p_first, max(day) AS p_last",
    repeatSums(null, "p"),
  ];
  if (c !== null)
    perCustomer.push(
      `count(*) FILTER (WHERE day <= ${c}) AS c_days, max(day) FILTER (WHERE day <= ${c}) AS c_last`,
      repeatSums(`day <= ${c}`, "c"),
      `count(*) FILTER (WHERE day > ${c}) AS h_days`,
      `CAST(sum(w) FILTER (WHERE day > ${c}) AS DOUBLE) AS h_whole`,
      `sum(m) FILTER (WHERE day > ${c}) AS h_millionths`
    );
  return [
    "SELECT customer,",
    `  ${perCustomer.join(",\n  ")}`,
    "FROM (",
    `  SELECT customer, day, sum(${wholeOf("amount")}) AS w, sum(${millionthsOf("amount")}) AS m`,
    "  FROM used WHERE amount >= 0 GROUP BY customer, day)",
    "GROUP BY customer",
  ].join("\n");
}

/** The select list of the purchase columns, NaN where a customer has none (0 for counts and sums). */
export function purchaseSelect(calibration: boolean): string {
  const zero = (x: string) => real(`coalesce(${x}, 0)`);
  const parts = [
    zero("p_days"),
    real("p_first"),
    real("p_last"),
    zero("p_repeat_whole"),
    zero("p_repeat_millionths"),
  ];
  if (calibration)
    parts.push(
      zero("c_days"),
      real("c_last"),
      zero("c_repeat_whole"),
      zero("c_repeat_millionths"),
      zero("h_days"),
      zero("h_whole"),
      zero("h_millionths")
    );
  return parts.join(", ");
}
