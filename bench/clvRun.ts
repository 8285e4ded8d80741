// npm run bench:clv [-- --runs K --seed S --customers N]
// The probabilistic CLV fits: BG/NBD on CDNOW (2,357 customers, weeks) and on N simulated
// customers (continuous times: no two histories alike, so nothing is saved by grouping), plus
// Gamma-Gamma on CDNOW and the per-customer predictions; Pareto/NBD on both (issue 18) and on
// rfm_data_orders.csv, where it runs off to the Poisson limit. Every fit
// includes its standard errors (the observed information). Medians over K runs, after one warm-up.
// No ratio to lifetimes' fit time on CDNOW: lifetimes cannot run here (no PyPI) and no published
// figure for that fit was found in its documentation or issues.
import { availableParallelism, loadavg } from "os";
import { parseArgs } from "util";
import {
  conditionalExpectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  probabilisticClv,
  probabilityAlive,
  simulateBgNbd,
  simulateGammaGamma,
  type BgNbdParams,
  type FitReport,
  type RfmtSummary,
} from "../src/core/probabilistic";
import {
  clvIntervals,
  RECOMPUTED_BLOCK,
  type ClvIntervalInput,
} from "../src/core/probabilistic/intervals/clvIntervals";
import { groupHistories } from "../src/core/probabilistic/purchase/groupHistories";
import { readCdnowSummary } from "../data/cdnow";
import { readRfmOrdersHistory } from "../data/rfmOrders";
import { intArg } from "./intArg";
import { Random } from "../data/generate/random";
import { collectGarbage } from "./gc";
import { repeatRuns, timed } from "./repeatRuns";
import { RssSampler } from "./rssSampler";
import { stats, type Stats } from "./stats";

const CDNOW_PARAMS: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

/** N customers of CDNOW's parameters, first purchases spread over 12 weeks of a 39-week window. */
export function simulated(customers: number, seed: number): RfmtSummary {
  const random = new Random(seed);
  const uniform = () => random.next();
  const T = Float64Array.from({ length: customers }, () => 27 + 12 * uniform());
  const sim = simulateBgNbd(CDNOW_PARAMS, T, uniform);
  const monetary = simulateGammaGamma({ p: 6.25, q: 3.74, v: 15.44 }, sim.frequency, uniform);
  return { n: customers, unit: "weeks", ...sim, monetary };
}

/** This process's CPU seconds (user + system) while `run` runs. */
function withCpu<T>(run: () => T): { result: T; cpu: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, cpu: (used.user + used.system) / 1e6 };
}

/**
 * Median seconds of `run` over `runs` runs after a warm-up, its CPU seconds, and the last result.
 * On a machine shared with other work the wall time is the CPU time plus the waits for a core:
 * both are shown, so a figure can be read against the load printed at the top.
 */
function time<T>(runs: number, run: () => T): { seconds: Stats; cpu: Stats; result: T } {
  const timings = repeatRuns(runs, () => timed(() => withCpu(run)));
  return {
    seconds: stats(timings.map((t) => t.seconds)),
    cpu: stats(timings.map((t) => t.result.cpu)),
    result: timings[runs - 1].result.result,
  };
}

function line(
  label: string,
  measured: { seconds: Stats; cpu: Stats },
  fit?: FitReport<object>
): void {
  const { seconds, cpu } = measured;
  const t =
    `${seconds.median.toFixed(3)} s (${seconds.min.toFixed(3)}-${seconds.max.toFixed(3)})` +
    `  CPU ${cpu.median.toFixed(3)} s`;
  const extra = fit
    ? `  iterations ${fit.iterations}  log-likelihood ${fit.logLikelihood.toFixed(2)}  ` +
      `converged ${fit.converged}  ${JSON.stringify(fit.params, (_, v: unknown) =>
        typeof v === "number" ? Number(v.toPrecision(5)) : v
      )}`
    : "";
  console.log(`${label.padEnd(60)} ${t.padStart(38)}${extra}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "7" },
      seed: { type: "string", default: "20240107" },
      customers: { type: "string", default: "100000" },
    },
  });
  const runs = intArg("runs", values.runs, 1);
  const customers = intArg("customers", values.customers, 10);
  console.log(`Probabilistic CLV fits, median (min-max) of ${runs} runs after a warm-up`);
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`Load average ${load.join(" ")} on ${availableParallelism()} cores`);

  const cdnow = readCdnowSummary();
  const bg = time(runs, () => fitBgNbd(cdnow));
  line("BG/NBD fit, CDNOW (2,357 customers)", bg, bg.result);
  const mbg = time(runs, () => fitBgNbd(cdnow, { model: "mbgnbd" }));
  line("MBG/NBD fit, CDNOW", mbg, mbg.result);
  const gg = time(runs, () => fitGammaGamma(cdnow));
  line("Gamma-Gamma fit, CDNOW (946 repeat customers)", gg, gg.result);
  const clv = time(runs, () => probabilisticClv(cdnow, bg.result.params, gg.result.params));
  line("CLV 12 months, CDNOW", clv);
  const pnbd = time(runs, () => fitParetoNbd(cdnow));
  line("Pareto/NBD fit (with standard errors), CDNOW", pnbd, pnbd.result);
  // Every model runs off towards its Poisson limit on this file: 100 s for Pareto/NBD until its
  // hypergeometric term got a continued fraction where the series crawl.
  const orders = readRfmOrdersHistory();
  const pnbdOrders = time(runs, () => fitParetoNbd(orders));
  line("Pareto/NBD fit, rfm_data_orders (995 customers, at bound)", pnbdOrders, pnbdOrders.result);

  const many = simulated(customers, Number(values.seed));
  const label = `${customers.toLocaleString("en-US")} simulated customers`;
  const fit = time(runs, () => fitBgNbd(many));
  line(`BG/NBD fit, ${label}`, fit, fit.result);
  const params = fit.result.params;
  const predict = time(runs, () => {
    conditionalExpectedPurchases(12 * 4.345, many, params);
    probabilityAlive(many, params);
  });
  line(`E[purchases 12 months] + P(alive), ${label}`, predict);
  const manyClv = time(Math.min(runs, 3), () =>
    probabilisticClv(many, params, { p: 6.25, q: 3.74, v: 15.44 })
  );
  line(`CLV 12 months, ${label}`, manyClv);
  // Issue 18's target: BG/NBD + Gamma-Gamma with their standard errors (part of every fit) for
  // 100,000 customers under 3 s, Pareto/NBD under 5 s.
  const both = time(Math.min(runs, 3), () => {
    fitBgNbd(many);
    fitGammaGamma(many);
  });
  line(`BG/NBD + Gamma-Gamma fits with standard errors, ${label}`, both);
  const withIntervals = time(Math.min(runs, 3), () => {
    const purchase = fitBgNbd(many);
    const spend = fitGammaGamma(many);
    const point = probabilisticClv(many, purchase.params, spend.params);
    return clvIntervals(intervalInput(many, groupHistories(many), purchase, spend), point);
  });
  line(`BG/NBD + Gamma-Gamma + CLV intervals (200 draws), ${label}`, withIntervals);
  const manyPnbd = time(Math.min(runs, 3), () => fitParetoNbd(many));
  line(`Pareto/NBD fit with standard errors, ${label}`, manyPnbd, manyPnbd.result);
  await keptOrBlockwise(many, label, Math.min(runs, 3));
  // Whole days (a seventh of a week): customers share histories, as in a shop's data.
  const days = (t: Float64Array) => t.map((v) => Math.round(v * 7) / 7);
  const daily = { ...many, recency: days(many.recency), T: days(many.T) };
  await keptOrBlockwise(daily, `${label}, whole days`, Math.min(runs, 3));
}

/** The intervals both timings run: BG/NBD, 12 months at 1% a month, 200 draws, one seed. */
function intervalInput(
  summary: RfmtSummary,
  grouped: ClvIntervalInput["grouped"],
  purchase: ClvIntervalInput["purchase"],
  spend: ClvIntervalInput["spend"]
): ClvIntervalInput {
  return {
    summary,
    grouped,
    model: "bgnbd",
    purchase,
    spend,
    horizonMonths: 12,
    monthlyDiscount: 0.01,
    margin: null,
    tiered: null,
    draws: 200,
    seed: 18,
  };
}

/**
 * The intervals alone (200 draws, fits done) both ways to the quantiles: every draw kept (m x 200
 * float32), or the draws computed again for blocks of customers (clvIntervals.ts). Wall, CPU and
 * how far the process's resident memory rose above where it was, in one more run each.
 */
export async function keptOrBlockwise(
  summary: RfmtSummary,
  label: string,
  runs: number
): Promise<void> {
  const purchase = fitBgNbd(summary);
  const spend = fitGammaGamma(summary);
  const point = probabilisticClv(summary, purchase.params, spend.params);
  const grouped = groupHistories(summary);
  const input = intervalInput(summary, grouped, purchase, spend);
  const rows = grouped.rows.toLocaleString("en-US");
  const everyone = grouped.customers;
  for (const kept of [everyone, 0]) {
    const layout = { kept, block: kept === everyone ? 256 : RECOMPUTED_BLOCK };
    const way = kept === everyone ? "every draw kept" : `computed again (${layout.block}s)`;
    const measured = time(runs, () => clvIntervals(input, point, layout).reason);
    line(`CLV intervals alone, ${way}, ${label} (${rows} histories)`, measured);
    collectGarbage();
    const before = process.memoryUsage.rss();
    const sampler = new RssSampler();
    sampler.start();
    clvIntervals(input, point, layout);
    const peak = await sampler.stop();
    console.log(
      `${"".padEnd(60)} ${`memory +${((peak - before) / 2 ** 20).toFixed(0)} MB`.padStart(38)}`
    );
  }
}

if (require.main === module) void main();
