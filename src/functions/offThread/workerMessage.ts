// The messages the page sends the analysis worker: the rows in slices (a whole range copied in
// one message would itself hold the page's thread), then what to run on them.
import type { CellValue } from "../../core";
import type { AnalysisRequest } from "./analysisRequest";

export type WorkerMessage =
  | { type: "rows"; rows: CellValue[][] }
  | ({ type: "run"; firstRowNumber: number | undefined } & Omit<AnalysisRequest, "input">);
