// What every writer of one run shares: the request context, the model being written, the run's
// result and language, the model as the last run stored it, and the progress hooks. One object
// instead of six or seven positional arguments that each writer took in its own order.
import type { Language, SegmentResult } from "../core";
import type { XRequestContext } from "./api";
import type { StoredModel } from "./model";
import type { ExcelHooks } from "./progress";

export interface RunScope {
  context: XRequestContext;
  modelId: string;
  result: SegmentResult;
  language: Language;
  /** The model as the last run stored it; null on a first run. */
  previous: StoredModel | null;
  hooks: ExcelHooks;
  /**
   * The data's table or sheet name when the workbook holds another model: the new sheets are named
   * after it ("Customer tiers - Orders 2025"), not "Customer tiers (2)". Null for the only model.
   */
  sourceLabel: string | null;
}
