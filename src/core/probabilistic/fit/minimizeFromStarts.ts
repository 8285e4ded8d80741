// Maximum likelihood by BFGS (numeric.uncmin) from several starting points, on log-parameters.
//
// uncmin has no bounds; they are imposed by the objective: outside LOG_BOUND, or wherever the
// likelihood is not finite, it returns +Infinity and uncmin's line search halves its step. A start
// counts as converged when the gradient is small inside the bounds: uncmin's own stopping
// messages ("step smaller than tol") also come away from an optimum, on a flat ridge or when its
// Hessian estimate has gone wrong.
import numeric from "numeric";

/** Parameters are searched in [e^-LOG_BOUND, e^LOG_BOUND], about [1e-8, 1e8]. */
export const LOG_BOUND = 18.4;
/**
 * An end point with a parameter outside [1e-6, 1e6] is not an optimum but the model running off
 * to one of its limits (a Poisson population without dropout sends r, alpha and b to infinity):
 * the gradient is flat there, yet the numbers mean little.
 */
const CREDIBLE_LOG_BOUND = Math.log(1e6);
/** Largest gradient of the mean negative log-likelihood (per customer) accepted at an optimum. */
const GRADIENT_TOLERANCE = 1e-5;
const STEP_TOLERANCE = 1e-9;
/** Fresh starts of BFGS from where its line search gave up. */
const MAX_RESTARTS = 5;
/** Two starts that end this close (in mean log-likelihood) found the same optimum. */
const SAME_OPTIMUM = 1e-9;

/** Mean negative log-likelihood at theta; fills gradient (same length) when given. */
export type Objective = (theta: Float64Array, gradient: Float64Array | null) => number;

export interface MinimizeResult {
  theta: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
  /** Ended with a parameter beyond the credible range (see CREDIBLE_LOG_BOUND). */
  atBound: boolean;
  /** BFGS's estimate of the inverse Hessian at theta: a warm start for a nearby objective. */
  invHessian: number[][] | null;
}

/** A starting point, with an inverse Hessian estimate when one is known (else the identity). */
export interface Start {
  theta: Float64Array;
  invHessian?: number[][] | null;
}

export interface MinimizeOptions {
  maxIterations: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Asked between BFGS iterations (and between the evaluations of the standard errors): true when
 * the caller wants its thread back for a moment. A fit run as Steps then yields there, and goes
 * on exactly where it was when resumed: the optimiser's whole state at an iteration boundary is
 * its point and its inverse Hessian, which uncmin takes back as they were.
 */
export type Pause = () => boolean;

/** A computation that yields when its Pause says so, and returns T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs Steps to the end without ever giving the thread back. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const CALLBACK_STOP = "Callback returned true";

/**
 * Runs BFGS from each start in turn and keeps the best end point. Stops early once two starts
 * converge to the same optimum: that is the usual case, and further starts would only repeat it.
 * null when the objective is not finite at any start.
 */
export function minimizeFromStarts(
  objective: Objective,
  starts: readonly (Float64Array | Start)[],
  options: MinimizeOptions
): MinimizeResult | null {
  return runSteps(minimizeFromStartsSteps(objective, starts, options, null));
}

/** minimizeFromStarts, yielding between iterations when `pause` says so; the same result. */
export function* minimizeFromStartsSteps(
  objective: Objective,
  starts: readonly (Float64Array | Start)[],
  options: MinimizeOptions,
  pause: Pause | null
): Steps<MinimizeResult | null> {
  let best: MinimizeResult | null = null;
  let convergedRuns = 0;
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s];
    const run =
      start instanceof Float64Array
        ? yield* minimizeFrom(objective, start, null, options.maxIterations, pause)
        : yield* minimizeFrom(
            objective,
            start.theta,
            start.invHessian ?? null,
            options.maxIterations,
            pause
          );
    options.onProgress?.((s + 1) / starts.length);
    if (run === null) continue;
    const agrees =
      best !== null && best.converged && Math.abs(best.value - run.value) <= SAME_OPTIMUM;
    if (best === null || better(run, best)) best = run;
    if (run.converged) convergedRuns++;
    if (agrees && run.converged && convergedRuns >= 2) break;
  }
  options.onProgress?.(1);
  return best;
}

/** A converged run beats one that is not; otherwise the lower value wins. */
function better(run: MinimizeResult, best: MinimizeResult): boolean {
  if (run.converged !== best.converged) return run.converged;
  return run.value < best.value;
}

/**
 * uncmin from a point, stopped at an iteration boundary whenever `pause` asks and resumed from its
 * point and inverse Hessian: the same iterations as one uncmin call with the same budget.
 */
function* uncminSteps(
  evaluate: (theta: number[]) => number,
  gradientAt: (theta: number[]) => number[],
  from: number[],
  maxit: number,
  invHessian: number[][] | null,
  pause: Pause | null
): Steps<ReturnType<typeof numeric.uncmin>> {
  // Never at the first iteration of a slice, so every slice makes progress.
  const callback = pause ? (it: number): boolean => it > 0 && pause() : undefined;
  let point = from;
  let hinv = invHessian;
  let iterations = 0;
  for (;;) {
    const result = numeric.uncmin(
      evaluate,
      point,
      STEP_TOLERANCE,
      gradientAt,
      maxit - iterations,
      callback,
      hinv ? { Hinv: hinv } : undefined
    );
    iterations += result.iterations;
    if (result.message !== CALLBACK_STOP) return { ...result, iterations };
    point = result.solution;
    hinv = result.invHessian;
    yield;
  }
}

function* minimizeFrom(
  objective: Objective,
  start: Float64Array,
  startInvHessian: number[][] | null,
  maxIterations: number,
  pause: Pause | null
): Steps<MinimizeResult | null> {
  const dimension = start.length;
  // uncmin asks for the value and then the gradient at the same point: one pass computes both.
  let cachedAt: number[] | null = null;
  const cachedGradient = new Float64Array(dimension);
  const evaluate = (theta: number[]): number => {
    if (theta.some((t) => !(Math.abs(t) <= LOG_BOUND))) {
      cachedAt = null;
      return Infinity;
    }
    const value = objective(Float64Array.from(theta), cachedGradient);
    const finite = Number.isFinite(value) && cachedGradient.every(Number.isFinite);
    cachedAt = finite ? theta.slice() : null;
    return finite ? value : Infinity;
  };
  const gradientAt = (theta: number[]): number[] => {
    if (cachedAt === null || theta.some((t, i) => t !== (cachedAt as number[])[i])) evaluate(theta);
    return cachedAt === null ? theta.map(() => NaN) : Array.from(cachedGradient);
  };
  if (!Number.isFinite(evaluate(Array.from(start)))) return null;
  let point = Array.from(start);
  let iterations = 0;
  let value = Infinity;
  const gradient = new Float64Array(dimension);
  let invHessian = startInvHessian;
  for (let restart = 0; restart <= MAX_RESTARTS; restart++) {
    const result = yield* uncminSteps(
      evaluate,
      gradientAt,
      point,
      Math.max(1, maxIterations - iterations),
      invHessian,
      pause
    );
    // A restart begins again from the identity (see "stuck" below).
    invHessian = null;
    iterations += result.iterations;
    const before = value;
    point = result.solution;
    value = objective(Float64Array.from(point), gradient);
    if (!Number.isFinite(value)) return null;
    const theta = Float64Array.from(point);
    const atBound = theta.some((t) => Math.abs(t) > CREDIBLE_LOG_BOUND);
    const converged = !atBound && gradient.every((g) => Math.abs(g) <= GRADIENT_TOLERANCE);
    // uncmin updates its inverse Hessian even when the curvature is negative, and far from the
    // optimum it can end up with directions that do not descend: its line search then gives up.
    // Starting again from there with a fresh (identity) Hessian gets it going again.
    const stuck = result.message === "Line search step size smaller than tol";
    if (converged || !stuck || iterations >= maxIterations || !(value < before)) {
      return { theta, value, iterations, converged, atBound, invHessian: result.invHessian };
    }
  }
  const theta = Float64Array.from(point);
  const atBound = theta.some((t) => Math.abs(t) > CREDIBLE_LOG_BOUND);
  return { theta, value, iterations, converged: false, atBound, invHessian: null };
}
