// npm run bench:functions [-- --rows N --runs K --seed S]
// Times TIER.RFM_SCORE on a customer summary and TIER.RFM on transactions, called as Excel calls
// them (every range as rows of cells), in this process: one warm-up, then K timed calls each after
// a full collection. Prints medians; the target is under 1 s each for 100,000 rows.
import { parseArgs } from "util";
import { rfm, rfmScore } from "../src/functions/functions";
import { isFunctionError } from "../src/functions/runtime";
import { generateTransactions } from "../data/generate/generateTransactions";
import { intArg } from "./intArg";
import { Random, cents } from "../data/generate/random";
import { repeatRuns, repeatRunsAsync, timed, timedAsync } from "./repeatRuns";
import { renderTable, type Line } from "./report";
import { stats } from "./stats";

interface Args {
  rows: number;
  runs: number;
  seed: number;
}

function readArgs(): Args {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000" },
      runs: { type: "string", default: "5" },
      seed: { type: "string", default: "20240105" },
    },
  });
  return {
    rows: intArg("rows", values.rows, 1),
    runs: intArg("runs", values.runs, 5),
    seed: intArg("seed", values.seed, 0),
  };
}

function log(text: string): void {
  process.stderr.write(text + "\n");
}

type Range = unknown[][];

/** One customer per row: days since the last purchase, purchases (Pareto), spend (log-normal). */
function customerSummary(rows: number, seed: number): [Range, Range, Range] {
  const random = new Random(seed);
  const recency: Range = [];
  const frequency: Range = [];
  const monetary: Range = [];
  for (let i = 0; i < rows; i++) {
    const purchases = Math.min(200, Math.floor(random.pareto(1.16)));
    recency.push([random.int(0, 730)]);
    frequency.push([purchases]);
    monetary.push([cents(purchases * random.logNormal(168, 1.05))]);
  }
  return [recency, frequency, monetary];
}

/** The generated orders' columns as ranges: customer, date (serial), order id, amount. */
function transactionColumns(rows: number, seed: number): Range[] {
  const sheet = generateTransactions(rows, seed);
  const data = sheet.values.slice(1);
  return [0, 2, 3, 4].map((c) => data.map((row) => [row[c]]));
}

function countErrors(rows: unknown[][]): number {
  let n = 0;
  for (const row of rows) for (const cell of row) if (isFunctionError(cell)) n++;
  return n;
}

/** Seconds of one call and what it returned, without keeping the output itself. */
function measure(call: () => unknown[][]): { seconds: number; rowsOut: number; errors: number } {
  const { seconds, result } = timed(call);
  return { seconds, rowsOut: result.length, errors: countErrors(result) };
}

type Measured = { seconds: number; rowsOut: number; errors: number };

/** What each run says as it ends. */
const reportRuns = (label: string) => ({
  warmUp: (w: Measured) =>
    log(
      `${label}: warm-up ${w.seconds.toFixed(3)} s, ${w.rowsOut} rows out, ${w.errors} error cells`
    ),
  run: (t: Measured, i: number) => log(`  run ${i + 1}: ${t.seconds.toFixed(3)} s`),
});

const line = (label: string, timings: Measured[]): Line => ({
  label,
  unit: "s",
  stats: stats(timings.map((t) => t.seconds)),
  target: 1,
});

function time(label: string, runs: number, call: () => unknown[][]): Line {
  return line(
    label,
    repeatRuns(runs, () => measure(call), reportRuns(label))
  );
}

/**
 * A function that returns a promise (TIER.RFM): in Node there is no worker, so this is the
 * analysis in place, the work the worker does in Excel.
 */
async function timeAsync(label: string, runs: number, call: () => Promise<unknown[][]>) {
  const measured = async (): Promise<Measured> => {
    const { seconds, result } = await timedAsync(call);
    return { seconds, rowsOut: result.length, errors: countErrors(result) };
  };
  return line(label, await repeatRunsAsync(runs, measured, reportRuns(label)));
}

async function main(): Promise<void> {
  const args = readArgs();
  const rows = args.rows.toLocaleString("en-US");
  log(`generating ${rows} customers and ${rows} transactions (seed ${args.seed})`);
  const [recency, frequency, monetary] = customerSummary(args.rows, args.seed);
  const [customers, dates, orderIds, amounts] = transactionColumns(args.rows, args.seed);
  const lines = [
    time(`TIER.RFM_SCORE, ${rows} customers`, args.runs, () =>
      rfmScore(recency, frequency, monetary, "code")
    ),
    time(`TIER.RFM_SCORE "scores", ${rows} customers`, args.runs, () =>
      rfmScore(recency, frequency, monetary, "scores")
    ),
    await timeAsync(`TIER.RFM, ${rows} transactions`, args.runs, () =>
      rfm(customers, dates, amounts, orderIds)
    ),
  ];
  process.stdout.write(renderTable(lines) + "\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
