// TIER.BGNBD_FIT and TIER.PNBD_FIT give Excel's thread back: the fit runs as Steps that yield
// between BFGS iterations, resumed on later tasks, and the parameters are the very same as the
// fit run in one go.
import { fitBgNbd, fitBgNbdSteps, fitParetoNbd, fitParetoNbdSteps } from "../../src/core";
import { bgNbdFit } from "../../src/functions/functions";
import { nextTurn, runYielding } from "../../src/functions/yielding";
import { cdnowPurchases } from "../core/probabilistic/cdnowSummary";
import { column } from "./cells";

const history = cdnowPurchases();

/** A turn of the event loop that counts itself. */
function countingTurns(): { turn: () => Promise<void>; count: () => number } {
  let turns = 0;
  return {
    turn: () => {
      turns++;
      return nextTurn();
    },
    count: () => turns,
  };
}

describe("fits that yield", () => {
  it("give the same BG/NBD report as the fit in one go, yielding at every iteration asked", async () => {
    const { turn, count } = countingTurns();
    // A slice of -1 ms: the fit is asked to pause at every iteration boundary.
    const report = await runYielding((pause) => fitBgNbdSteps(history, {}, pause), turn, -1);
    expect(report).toEqual(fitBgNbd(history));
    // Every BFGS iteration after a slice's first, and the standard errors' evaluations.
    expect(count()).toBeGreaterThan(report.iterations / 2);
  });

  it("give the same Pareto/NBD report too", async () => {
    const { turn, count } = countingTurns();
    const report = await runYielding((pause) => fitParetoNbdSteps(history, {}, pause), turn, -1);
    expect(report).toEqual(fitParetoNbd(history));
    expect(count()).toBeGreaterThan(10);
  });

  it("let other tasks run while TIER.BGNBD_FIT works, and return what the fit gives", async () => {
    const [x, tx, T] = [history.frequency, history.recency, history.T].map((a) =>
      column(Array.from(a))
    );
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const out = await bgNbdFit(x, tx, T);
    running = false;
    const { params } = fitBgNbd(history);
    expect(out).toEqual([
      ["r", "alpha", "a", "b"],
      [params.r, params.alpha, params.a, params.b],
    ]);
    // Reading and fitting are separate tasks at least: the ticker ran in between.
    expect(ticks).toBeGreaterThan(0);
  });
});
