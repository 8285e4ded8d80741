// Probabilistic CLV (method.md section 4): BG/NBD, MBG/NBD or Pareto/NBD for purchases and P(alive),
// Gamma-Gamma for spend, and the discounted CLV over a horizon. Faces import from here only.
//
// Signatures, for the pane, the CLI and the custom functions:
//   fitBgNbd(history, { model?, starts?, maxIterations?, onProgress? }): BgNbdFitReport
//   fitParetoNbd(history, { starts?, ... }), fitPurchaseModel(history, { model }): PurchaseFitReport
//   (every function below that takes purchase params and a model takes Pareto/NBD's for "pnbd")
//   conditionalExpectedPurchases(t, history, params, model?): Float64Array   (t: number | Float64Array)
//   probabilityAlive(history, params, model?): Float64Array
//   expectedPurchasesNewCustomer(t, params, model?): Float64Array            (t: number | Float64Array)
//   fitGammaGamma({ frequency, monetary }, { starts?, ... }): GammaGammaFitReport
//   conditionalExpectedSpend(frequency, monetary, params): Float64Array      (NaN when q <= 1)
//   probabilisticClv(summary, purchaseParams, spendParams, { model?, horizonMonths?, monthlyDiscount?, margin? })
//   purchaseLogLikelihood(history, params, model?), gammaGammaLogLikelihood(history, params): number
//   isValidHistory(frequency, recency, T): the rows the purchase models use (others give NaN)
//   simulateBgNbd(params, T, uniform, { model?, horizon? }), simulateGammaGamma(params, frequency, uniform)
// Every time (t, recency, T) is in the summary's unit; probabilisticClv converts months with
// MONTH_IN_UNIT. Fit messages and warnings are FitMessageCode keys of the i18n catalogs.
export * from "./types";
export { hyp2f1 } from "./special/hyp2f1";
export { fitBgNbd, fitBgNbdSteps } from "./purchase/fitBgNbd";
export { fitParetoNbd, fitParetoNbdSteps } from "./pareto/fitParetoNbd";
export { runSteps, type Pause, type Steps } from "./fit/minimizeFromStarts";
export { fitPurchaseModel } from "./purchase/fitPurchaseModel";
export { parameterNames, isParetoParams } from "./purchase/paramsOf";
export { purchaseLogLikelihood } from "./purchase/purchaseLogLikelihood";
export { isValidHistory } from "./purchase/isValidHistory";
export { conditionalExpectedPurchases } from "./purchase/conditionalExpectedPurchases";
export { probabilityAlive } from "./purchase/probabilityAlive";
export { probabilityNoPurchase } from "./purchase/probabilityNoPurchase";
export { expectedPurchasesNewCustomer } from "./purchase/expectedPurchasesNewCustomer";
export { fitGammaGamma, CORRELATION_WARNING } from "./spend/fitGammaGamma";
export { gammaGammaLogLikelihood } from "./spend/gammaGammaLogLikelihood";
export { conditionalExpectedSpend } from "./spend/conditionalExpectedSpend";
export { pearsonCorrelation } from "./spend/pearsonCorrelation";
export { probabilisticClv } from "./clv/probabilisticClv";
export { simulateBgNbd } from "./simulate/simulateBgNbd";
export { simulateGammaGamma } from "./simulate/simulateGammaGamma";
export { simulateParetoNbd } from "./simulate/simulateParetoNbd";
export type { SimulatedCustomers } from "./simulate/simulateBgNbd";
