// The customer tiers as one SQL query for a warehouse (method.md sections 1-4): rows read by the
// cell rules, customers' R, F, M, the scores exactly as segment() gives them, the RFM code, the
// segment of the scheme, ABC and the simple CLV. Result columns carry the CLI JSON's names.
import { ABC_LABELS } from "../abc";
import { MILLIONTHS } from "../aggregate/exactSum";
import { MAX_AMOUNT } from "../cells";
import { DAYS_PER_YEAR, FAR_OUT } from "../ingest/dateWindow";
import { resolveOptions, resolveScheme } from "../resolveOptions";
import type { DeepPartial, SegmentOptions } from "../options";
import type { MessageParams, ScoreCondition, SegmentScheme, ThresholdStep } from "../types";
import { CellRules } from "./cellRules";
import { DIALECT, type Dialect, type DialectId } from "./dialects";
import { formatMessage, label, type MessageKey } from "../i18n";

export interface SqlColumns {
  customer: string;
  date: string;
  amount: string;
  orderId?: string;
  profit?: string;
}

export interface TiersQueryInput {
  dialect: DialectId;
  /** The table (or view) as the warehouse names it, written into the query as given. */
  table: string;
  columns: SqlColumns;
  options?: DeepPartial<SegmentOptions>;
}

/** The JSON customer fields the query returns, in order. */
export const SQL_FIELDS = [
  "customer",
  "recencyDays",
  "frequency",
  "monetary",
  "r",
  "f",
  "m",
  "rfmCode",
  "segment",
  "abc",
  "clv",
] as const;

/** R's probabilities k * (1 / 5), as the R rfm package builds them (0.6000000000000001). */
const R_PROBS = [1, 2, 3, 4].map((k) => k * ((1 - 0) / 5));
/**
 * The stages an engine must compute once: the row stages, whose columns later stages use several
 * times each, and the aggregates joined to every customer (R rfm's breaks, the score means, the
 * ABC total and value groups). PostgreSQL inlines a CTE used once, and where its row estimates
 * were small (a table of a few thousand rows) it nested the join and computed such an aggregate
 * again for each customer: 13 s for R rfm's breaks over CDNOW's 2,357 customers, quadratic in
 * the customers.
 */
const ONCE_STAGES = new Set([
  ...["source_cells", "cell_forms", "date_parts", "rows_read"],
  ...["r_breaks", "f_breaks", "m_breaks", "means", "abc_total", "abc_groups"],
]);

interface Ctx {
  d: Dialect;
  o: SegmentOptions;
  scheme: SegmentScheme;
  columns: SqlColumns;
}

const num = (d: Dialect, x: number): string => `CAST(${String(x)} AS ${d.double})`;
const lines = (...xs: string[]): string => xs.join("\n");
const indent = (s: string, by = "  "): string =>
  s
    .split("\n")
    .map((l) => (l === "" ? l : by + l))
    .join("\n");

/**
 * Stage 1: each row's cells as text. Dates in the ISO form and plain numbers (typed columns print
 * so, and most exports) are read at once by the engine's own casts, which give what the rules
 * give; only the other texts are trimmed, made ASCII and left to the rules' patterns (their text
 * is NULL here when the quick reading applies, so the later stages pass over them).
 */
function sourceCells(c: Ctx, table: string, rules: CellRules): string {
  const raw = (name: string) => `CAST(${c.d.ident(name)} AS ${c.d.text})`;
  const trimmed = (name: string) => rules.trimmed(c.d.ident(name));
  const unlessQuick = (guard: string, name: string) =>
    `CASE WHEN ${guard} THEN NULL ELSE ${rules.narrow(trimmed(name))} END`;
  const date = raw(c.columns.date);
  const amount = raw(c.columns.amount);
  const cols = [
    `${trimmed(c.columns.customer)} AS customer_text`,
    `${rules.quickDay(date)} AS date_quick`,
    `${unlessQuick(rules.isoDate(date), c.columns.date)} AS date_text`,
    `${rules.quickAmount(amount)} AS amount_quick`,
    `${unlessQuick(rules.plain(amount), c.columns.amount)} AS amount_text`,
  ];
  if (c.columns.orderId) cols.push(`${trimmed(c.columns.orderId)} AS order_text`);
  if (c.columns.profit) {
    const profit = raw(c.columns.profit);
    cols.push(
      `${rules.unknown(trimmed(c.columns.profit))} AS profit_blank`,
      `${rules.quickAmount(profit)} AS profit_quick`,
      `${unlessQuick(rules.plain(profit), c.columns.profit)} AS profit_text`
    );
  }
  return lines("SELECT", indent(cols.join(",\n")), `FROM ${table}`);
}

/** Stage 2: which date form each text has and the parts of each money text. */
function cellForms(c: Ctx, rules: CellRules): string {
  const [left, body, right] = rules.moneyParts("amount_text");
  const cols = [
    `${rules.dateForm("date_text")} AS date_form`,
    `${left} AS amount_left`,
    `${body} AS amount_body`,
    `${right} AS amount_right`,
  ];
  if (c.columns.profit) {
    const [pl, pb, pr] = rules.moneyParts("profit_text");
    cols.push(`${pl} AS profit_left`, `${pb} AS profit_body`, `${pr} AS profit_right`);
  }
  return lines("SELECT", indent(["*", ...cols].join(",\n")), "FROM source_cells");
}

/** Stage 3: the three numbers of each date. */
function dateParts(rules: CellRules): string {
  const [y, first, second] = rules.dateParts("date_text", "date_form");
  return lines(
    "SELECT",
    indent(
      [`*`, `${y} AS date_year`, `${first} AS date_first`, `${second} AS date_second`].join(",\n")
    ),
    "FROM cell_forms"
  );
}

/** The quick reading where it applied, else the rules' (cheap is NULL exactly when it did not). */
const quickOr = (quick: string, full: string): string =>
  `CASE WHEN ${quick} IS NOT NULL THEN ${quick} ELSE ${full} END`;

/** Stage 4: customer key, day number and amount of every row (NULL where a cell does not read). */
function rowsRead(c: Ctx, rules: CellRules): string {
  const day = rules.day("date_form", "date_year", "date_first", "date_second");
  const amount = rules.amount("amount_text", "amount_left", "amount_body", "amount_right");
  const cols = [
    `${rules.customer("customer_text")} AS customer`,
    `${quickOr("date_quick", day)} AS day`,
    `${quickOr("amount_quick", amount)} AS amount`,
  ];
  if (c.columns.orderId) cols.push(`${rules.orderId("order_text")} AS order_id`);
  if (c.columns.profit) {
    const value = rules.amount("profit_text", "profit_left", "profit_body", "profit_right");
    cols.push("profit_blank", `${quickOr("profit_quick", value)} AS profit`);
  }
  return lines("SELECT", indent(cols.join(",\n")), "FROM date_parts");
}

/**
 * An amount the core reads: within 10^15 either way (method.md section 1: past it a row is
 * rejected as no amount in any currency, so neither Infinity nor 1e300 reaches a sum).
 */
const plausible = (x: string): string => `${x} BETWEEN -${MAX_AMOUNT} AND ${MAX_AMOUNT}`;

/**
 * Stage 5: the rows' days, counted by day: the dated rows (whatever their other cells; up to the
 * as-of date when one is given) that the plausible window is drawn around, as the core draws it.
 */
function dateCounts(c: Ctx): string {
  const where = ["day IS NOT NULL"];
  if (c.o.asOf !== null) where.push(`day <= ${asOfDay(c)}`);
  return lines(
    "SELECT day, count(*) AS rows_on_day",
    "FROM rows_read",
    `WHERE ${where.join(" AND ")}`,
    "GROUP BY day"
  );
}

/** Each day's position among the sorted dated rows: rows up to and including that day. */
function datePositions(): string {
  return lines(
    "SELECT day,",
    "  sum(rows_on_day) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS end_pos",
    "FROM date_counts"
  );
}

/** Where the quartiles fall among the n sorted dates: k (n - 1) / 4, as QUARTILE.INC takes them. */
function datePoints(c: Ctx): string {
  return lines(
    "SELECT k, lo, least(lo + 1, n - 1) AS hi, at_pos - lo AS frac",
    "FROM (",
    "  SELECT k, n, at_pos, floor(at_pos) AS lo",
    "  FROM (",
    `    SELECT k, n, CAST(k * (n - 1) AS ${c.d.double}) / 4 AS at_pos`,
    "    FROM (SELECT sum(rows_on_day) AS n FROM date_counts) t",
    "    CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 3 AS k) ks",
    "  ) a",
    ") b"
  );
}

/** The first and third quartile of the dated rows' days, interpolated (type 7). */
function dateQuartiles(): string {
  const at = (pos: string) => `min(CASE WHEN s.end_pos > p.${pos} THEN s.day END)`;
  return lines(
    `SELECT p.k, ${at("lo")} + p.frac * (${at("hi")} - ${at("lo")}) AS q`,
    "FROM date_points p",
    "CROSS JOIN date_positions s",
    "GROUP BY p.k, p.frac"
  );
}

/**
 * The plausible days (method.md section 1, dates far outside the data): Tukey's far-out fences
 * around the quartiles, never closer than dates.farOutsideYears. A 9999-12-31 placeholder is
 * left out here as the core rejects it, so it cannot set the as-of date to the year 10000.
 */
function dateWindow(c: Ctx): string {
  const minReach = num(c.d, c.o.dates.farOutsideYears * DAYS_PER_YEAR);
  return lines(
    "SELECT ceil(q1 - reach) AS low_day, floor(q3 + reach) AS high_day",
    "FROM (",
    `  SELECT q1, q3, greatest(${FAR_OUT} * (q3 - q1), ${minReach}) AS reach`,
    "  FROM (",
    "    SELECT max(CASE WHEN k = 1 THEN q END) AS q1, max(CASE WHEN k = 3 THEN q END) AS q3",
    "    FROM date_quartiles",
    "  ) q",
    ") r"
  );
}

/** Stage 6: the rows used: a customer, a plausible date (up to the as-of date) and an amount that read. */
function usedRows(c: Ctx): string {
  const where = [
    `customer <> ''`,
    `day IS NOT NULL`,
    "day BETWEEN low_day AND high_day",
    plausible("amount"),
  ];
  if (c.o.asOf !== null) where.push(`day <= ${asOfDay(c)}`);
  if (c.columns.profit) where.push(`(profit_blank OR ${plausible("profit")})`);
  return lines(
    "SELECT rows_read.*",
    "FROM rows_read",
    "CROSS JOIN date_window",
    `WHERE ${where.join("\n  AND ")}`
  );
}

function asOfDay(c: Ctx): string {
  const [y, m, d] = (c.o.asOf as string).split("-").map(Number);
  return c.d.dayNumber(String(y), String(m), String(d));
}

/** The as-of day: given, else the day after the latest date in the data. */
function asOf(c: Ctx): string {
  return c.o.asOf === null
    ? "SELECT max(day) + 1 AS as_of_day FROM used_rows"
    : `SELECT ${asOfDay(c)} AS as_of_day`;
}

/**
 * The exact sum of an amount column, as src/core/aggregate/exactSum.ts forms M (method.md
 * section 3): whole parts and millionths summed as integers, the total formed once, so equal
 * purchases give equal M in any order (a plain sum of doubles broke ties between customers, and
 * a warehouse adds rows in an order of its own) and 0.0000005 counts as the core counts it.
 * The total is the core's to the bit while the whole parts' sum times 10^6 is an exact double
 * (a multiple of 64, so below 2^53 * 64: M up to about 5.7e11 per customer); the one addition
 * then rounds as the core's BigInt total does. Past that the last bit may differ.
 */
function exactSum(c: Ctx, x: string): string {
  const whole = `CAST(sum(CAST(${c.d.truncate(x)} AS ${c.d.bigint})) AS ${c.d.double})`;
  const fraction = `(${x} - ${c.d.truncate(x)}) * ${num(c.d, MILLIONTHS)}`;
  const millionths = `CAST(sum(${c.d.roundHalfAway(fraction)}) AS ${c.d.double})`;
  return `(${whole} * ${num(c.d, MILLIONTHS)} + ${millionths}) / ${num(c.d, MILLIONTHS)}`;
}

/** Stage 7: one row per customer (method.md section 3: a purchase is a row with a positive amount). */
function customerTotals(c: Ctx): string {
  const purchase = (x: string) => `CASE WHEN amount > 0 THEN ${x} END`;
  const cols = [
    "customer",
    `${exactSum(c, "amount")} AS monetary`,
    `count(${purchase("1")}) AS purchase_rows`,
    "count(*) AS all_rows",
    `count(DISTINCT ${purchase("day")}) AS purchase_days`,
    `min(${purchase("day")}) AS first_day`,
    `max(${purchase("day")}) AS last_day`,
    "max(day) AS last_any_day",
  ];
  if (c.columns.orderId) {
    // Rows without an order id count once per day, as their own orders.
    const key = `CASE WHEN order_id = '' THEN 'day ' || CAST(day AS ${c.d.text}) ELSE 'order ' || order_id END`;
    cols.push(`count(DISTINCT ${purchase(key)}) AS orders`);
  }
  if (c.columns.profit) {
    // A blank profit cell makes that customer's profit unknown rather than silently smaller.
    cols.push(`CASE WHEN count(profit) = count(*) THEN ${exactSum(c, "profit")} END AS profit`);
  }
  return lines("SELECT", indent(cols.join(",\n")), "FROM used_rows", "GROUP BY customer");
}

/** Stage 8: R, F, M of every customer; purchasers only are scored. */
function measures(c: Ctx): string {
  const everyRow = c.o.rfm.scoring === "rfm-r";
  const frequency = everyRow ? "all_rows" : c.columns.orderId ? "orders" : "purchase_days";
  const last = everyRow ? "last_any_day" : "last_day";
  return lines(
    "SELECT",
    indent(
      [
        "t.*",
        "purchase_rows > 0 AS has_purchase",
        `as_of_day - ${last} AS recency_days`,
        `${frequency} AS frequency`,
        "as_of_day",
      ].join(",\n")
    ),
    "FROM customer_totals t CROSS JOIN as_of"
  );
}

/** Quantile scores: 1 + floor(5 L / N), written as four integer comparisons (no division). */
function quantileScore(l: string): string {
  return `1 + ${[1, 2, 3, 4].map((k) => `CASE WHEN 5 * ${l} >= ${k} * n THEN 1 ELSE 0 END`).join(" + ")}`;
}

function quantileScores(): string {
  return lines(
    "SELECT customer,",
    `  ${quantileScore("l_r")} AS r,`,
    `  ${quantileScore("l_f")} AS f,`,
    `  ${quantileScore("l_m")} AS m`,
    "FROM (",
    "  SELECT customer, count(*) OVER () AS n,",
    "    -- L: customers strictly worse (more days for R, a smaller value for F and M)",
    "    rank() OVER (ORDER BY recency_days DESC) - 1 AS l_r,",
    "    rank() OVER (ORDER BY frequency) - 1 AS l_f,",
    "    rank() OVER (ORDER BY monetary) - 1 AS l_m",
    "  FROM measures WHERE has_purchase",
    ") ranks"
  );
}

function fixedScore(value: string, steps: ThresholdStep[], d: Dialect): string {
  if (steps.length === 0) return "1";
  const whens = steps.map((s) => `WHEN ${value} ${s.op} ${num(d, s.value)} THEN ${s.score}`);
  return `CASE ${whens.join(" ")} ELSE 1 END`;
}

function fixedScores(c: Ctx): string {
  const f = c.o.rfm.fixed;
  return lines(
    "SELECT customer,",
    `  ${fixedScore("recency_days", f.recency, c.d)} AS r,`,
    `  ${fixedScore("frequency", f.frequency, c.d)} AS f,`,
    `  ${fixedScore("monetary", f.monetary, c.d)} AS m`,
    "FROM measures WHERE has_purchase"
  );
}

/**
 * R rfm package breaks: b_k = quantile type 7 at k/5, plus 1, computed with R's own operations
 * ((1 - h) * low + h * high), from the values at positions floor and ceiling of 1 + (n - 1) p.
 */
function rBreaks(c: Ctx, metric: string): string {
  const breaks = R_PROBS.map((p, i) => {
    // Inside an aggregate the row's n is at hand; outside it, max(n) is the same number.
    const indexOf = (n: string) => `(1 + (${n} - 1) * ${num(c.d, p)})`;
    const at = (pos: string) => `max(CASE WHEN pos = ${pos} THEN v END)`;
    const low = at(`floor(${indexOf("n")})`);
    const high = at(`ceil(${indexOf("n")})`);
    const index = indexOf("max(n)");
    const h = `(${index} - floor(${index}))`;
    return `CASE WHEN NOT (${index} > floor(${index})) OR ${high} = ${low} THEN ${low} ELSE (1 - ${h}) * ${low} + ${h} * ${high} END + 1 AS b${i + 1}`;
  });
  return lines(
    "SELECT",
    indent(["min(v) AS b0", ...breaks, "max(v) + 1 AS b5"].join(",\n")),
    "FROM (",
    `  SELECT ${metric} AS v, row_number() OVER (ORDER BY ${metric}) AS pos, count(*) OVER () AS n`,
    "  FROM measures WHERE has_purchase",
    ") sorted_values"
  );
}

/** The last bin i (the package's loop overwrites) with b(i-1) <= v < b(i). */
function rBin(value: string, breaks: string, lowerIsBetter: boolean): string {
  const whens = [5, 4, 3, 2, 1].map(
    (i) =>
      `WHEN ${value} >= ${breaks}.b${i - 1} AND ${value} < ${breaks}.b${i} THEN ${lowerIsBetter ? 6 - i : i}`
  );
  return `CASE ${whens.join(" ")} ELSE 0 END`;
}

function rPackageScores(): string {
  return lines(
    "SELECT customer,",
    `  ${rBin("recency_days", "br", true)} AS r,`,
    `  ${rBin("frequency", "bf", false)} AS f,`,
    `  ${rBin("monetary", "bm", false)} AS m`,
    "FROM measures CROSS JOIN r_breaks br CROSS JOIN f_breaks bf CROSS JOIN m_breaks bm",
    "WHERE has_purchase"
  );
}

function condition(score: string, cond: ScoreCondition | undefined): string | null {
  if (cond === undefined) return null;
  // High: the score is at least the mean over scored customers, i.e. score * count >= sum.
  if (cond === "high") return `s.${score} * means.n >= means.sum_${score}`;
  if (cond === "low") return `s.${score} * means.n < means.sum_${score}`;
  return `s.${score} BETWEEN ${cond[0]} AND ${cond[1]}`;
}

/** The scheme's rules, first match wins, no match gives the fallback (labels in the run's language). */
function segmentCase(c: Ctx): string {
  const label = (id: string) => {
    const seg = c.scheme.segments.find((s) => s.id === id);
    return c.d.literal(seg ? seg.label[c.o.language] : id);
  };
  const whens = c.scheme.rules.map((rule) => {
    const parts = [
      condition("r", rule.r),
      condition("f", rule.f),
      condition("m", rule.m),
      rule.total ? `s.r + s.f + s.m BETWEEN ${rule.total[0]} AND ${rule.total[1]}` : null,
    ].filter((x): x is string => x !== null);
    return `    WHEN ${parts.length === 0 ? "TRUE" : parts.join(" AND ")} THEN ${label(rule.segment)}`;
  });
  return lines("CASE", ...whens, `    ELSE ${label(c.scheme.fallback)}`, "  END");
}

function scoreMeans(): string {
  return lines(
    "SELECT count(*) AS n, sum(r) AS sum_r, sum(f) AS sum_f, sum(m) AS sum_m",
    "FROM scores WHERE r > 0 AND f > 0 AND m > 0"
  );
}

/** Simple CLV (method.md section 4): spend per observed year x lifespan x margin. */
function clv(c: Ctx): string {
  // Annualised over at least the minimum tenure (method.md section 4), as simpleClv() does.
  const years = `(greatest(CAST(as_of_day - first_day AS ${c.d.double}), ${num(c.d, c.o.clv.minTenureDays)}) / 365)`;
  const rate = `(monetary / ${years})`;
  const global = c.o.clv.margin;
  const fallback = global === null ? (c.columns.profit ? "NULL" : num(c.d, 1)) : num(c.d, global);
  const margin = c.columns.profit
    ? `(CASE WHEN profit IS NOT NULL AND monetary > 0 THEN profit / monetary ELSE ${fallback} END)`
    : fallback;
  return lines(
    "CASE WHEN NOT has_purchase THEN NULL",
    `    WHEN ${rate} <= 0 THEN 0`,
    `    ELSE ${rate} * ${num(c.d, c.o.clv.lifespanYears)} * ${margin} END`
  );
}

function withClv(c: Ctx): string {
  return lines("SELECT measures.*,", `  ${clv(c)} AS clv`, "FROM measures");
}

/** ABC by the chosen value: value share, customer share or absolute amounts (method.md section 2). */
function abcValue(c: Ctx): string {
  if (c.o.abc.basis === "clv") return "clv";
  if (c.o.abc.basis === "profit" && c.columns.profit) return "profit";
  return "monetary";
}

/**
 * Equal values share the class of the first of them, so each distinct positive value is placed
 * once: the sum and count of the values strictly above it decide.
 */
function abcGroups(c: Ctx): string {
  // The running total up to the previous value (LAG of a running sum): exact, no subtraction.
  const running = (x: string) =>
    `sum(${x}) OVER (ORDER BY v DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  const before = (x: string) => `coalesce(LAG(${x}) OVER (ORDER BY v DESC), 0)`;
  return lines(
    "SELECT v,",
    `  ${before("sum_through")} AS sum_before,`,
    `  ${before("n_through")} AS n_before`,
    "FROM (",
    `  SELECT v, ${running("group_sum")} AS sum_through, ${running("group_n")} AS n_through`,
    "  FROM (",
    `    SELECT ${abcValue(c)} AS v, sum(${abcValue(c)}) AS group_sum, count(*) AS group_n`,
    `    FROM with_clv WHERE ${abcValue(c)} > 0 GROUP BY ${abcValue(c)}`,
    "  ) value_groups",
    ") running_totals"
  );
}

function abcClass(c: Ctx): string {
  const [a, b] = ABC_LABELS.map((l) => c.d.literal(l));
  const cl = c.d.literal(ABC_LABELS[2]);
  const a3 = c.o.abc;
  const byCuts = (x: string, cuts: [number, number]) =>
    `CASE WHEN ${x} < ${num(c.d, cuts[0])} THEN ${a} WHEN ${x} < ${num(c.d, cuts[1])} THEN ${b} ELSE ${cl} END`;
  const total = "abc_total.total";
  let cls: string;
  if (a3.mode === "value") {
    cls = byCuts(`(CASE WHEN ${total} > 0 THEN g.sum_before / ${total} ELSE 0 END)`, a3.valueCuts);
  } else if (a3.mode === "count") {
    cls = byCuts(`CAST(g.n_before AS ${c.d.double}) / abc_total.n`, a3.countCuts);
  } else {
    const [hi, lo] = a3.absoluteCuts;
    cls = `CASE WHEN g.v > ${num(c.d, hi)} THEN ${a} WHEN g.v >= ${num(c.d, lo)} THEN ${b} ELSE ${cl} END`;
  }
  return `CASE WHEN g.v IS NULL THEN ${cl} ELSE ${cls} END`;
}

function abcTotal(c: Ctx): string {
  const v = abcValue(c);
  return `SELECT sum(CASE WHEN ${v} > 0 THEN ${v} ELSE 0 END) AS total, count(*) AS n FROM with_clv`;
}

function finalSelect(c: Ctx): string {
  const a = (name: string) => c.d.alias(name);
  const scored = "s.r IS NOT NULL AND s.r > 0";
  const ifScored = (x: string) => `CASE WHEN ${scored} THEN ${x} END`;
  const score = (x: string) => `CASE WHEN s.${x} > 0 THEN s.${x} END`;
  const segmentOf = `CASE WHEN s.r > 0 AND s.f > 0 AND s.m > 0 THEN ${indent(segmentCase(c), "  ").trim()} END`;
  return lines(
    "SELECT",
    indent(
      [
        `w.customer AS ${a("customer")}`,
        `${ifScored("w.recency_days")} AS ${a("recencyDays")}`,
        `${ifScored("w.frequency")} AS ${a("frequency")}`,
        `${ifScored("w.monetary")} AS ${a("monetary")}`,
        `${score("r")} AS ${a("r")}`,
        `${score("f")} AS ${a("f")}`,
        `${score("m")} AS ${a("m")}`,
        `CASE WHEN s.r > 0 AND s.f > 0 AND s.m > 0 THEN 100 * s.r + 10 * s.f + s.m END AS ${a("rfmCode")}`,
        `${segmentOf} AS ${a("segment")}`,
        `${abcClass(c)} AS ${a("abc")}`,
        `w.clv AS ${a("clv")}`,
      ].join(",\n")
    ),
    "FROM with_clv w",
    "LEFT JOIN scores s ON s.customer = w.customer",
    "CROSS JOIN means",
    "CROSS JOIN abc_total",
    `LEFT JOIN abc_groups g ON g.v = w.${abcValue(c)}`,
    "ORDER BY w.customer"
  );
}

/** Comment lines: a line break in a message (or in a table name) starts a new comment line. */
const comment = (text: string): string =>
  text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((l) => `-- ${l}`)
    .join("\n");

/** The query's header in the run's language: what it computes, with which settings, read how. */
function header(c: Ctx, input: TiersQueryInput): string {
  const o = c.o;
  const say = (key: MessageKey, params: MessageParams = {}) =>
    comment(formatMessage(key, params, o.language));
  const margin =
    o.clv.margin ??
    label(c.columns.profit ? "sql.header.marginFromProfit" : "sql.header.noMargin", o.language);
  return lines(
    say("sql.header.about", { dialect: c.d.id, table: input.table }),
    say("sql.header.settings", {
      scoring: o.rfm.scoring,
      scheme: c.scheme.id,
      basis: o.abc.basis,
      mode: o.abc.mode,
      years: o.clv.lifespanYears,
      margin,
      asOf: o.asOf ?? label("sql.header.asOfDefault", o.language),
    }),
    say("sql.header.rules"),
    say("sql.header.utc", { statement: `${c.d.utcSession};` })
  );
}

/** The query for the settings: one statement, readable, for the chosen engine. */
export function tiersQuery(input: TiersQueryInput): string {
  const o = resolveOptions(input.options ?? {});
  const d = DIALECT[input.dialect];
  const c: Ctx = { d, o, scheme: resolveScheme(o), columns: input.columns };
  const rules = new CellRules(d, { decimalComma: o.decimalComma, order: o.dates.order });
  const scores =
    o.rfm.scoring === "fixed"
      ? fixedScores(c)
      : o.rfm.scoring === "rfm-r"
        ? rPackageScores()
        : quantileScores();
  const ctes: [string, string][] = [
    ["source_cells", sourceCells(c, input.table, rules)],
    ["cell_forms", cellForms(c, rules)],
    ["date_parts", dateParts(rules)],
    ["rows_read", rowsRead(c, rules)],
    ["date_counts", dateCounts(c)],
    ["date_positions", datePositions()],
    ["date_points", datePoints(c)],
    ["date_quartiles", dateQuartiles()],
    ["date_window", dateWindow(c)],
    ["used_rows", usedRows(c)],
    ["as_of", asOf(c)],
    ["customer_totals", customerTotals(c)],
    ["measures", measures(c)],
  ];
  if (o.rfm.scoring === "rfm-r") {
    ctes.push(["r_breaks", rBreaks(c, "recency_days")]);
    ctes.push(["f_breaks", rBreaks(c, "frequency")]);
    ctes.push(["m_breaks", rBreaks(c, "monetary")]);
  }
  ctes.push(
    ["scores", scores],
    ["means", scoreMeans()],
    ["with_clv", withClv(c)],
    ["abc_total", abcTotal(c)],
    ["abc_groups", abcGroups(c)]
  );
  const body = ctes
    .map(([name, sql]) => {
      const once = ONCE_STAGES.has(name) ? d.materialized : "";
      return `${name} AS ${once}(\n${indent(sql)}\n)`;
    })
    .join(",\n");
  return `${header(c, input)}\nWITH\n${body}\n${finalSelect(c)}\n`;
}
