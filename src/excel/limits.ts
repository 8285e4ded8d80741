// Excel's hard limits and the budget the adapter keeps under them.

/** Excel on the web refuses a request or response over 5 MB (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one sync may carry. Below the limit because the host wraps our data in its own JSON
 * (addresses, object paths, property names) that we cannot measure.
 */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * Whether Excel refused a sync as too large. Excel.ErrorCodes names the response code; the docs
 * name a request one too. Either way nothing was applied and a smaller chunk will go through.
 */
export function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Excel on the web also answers a big write with GeneralException, an internal error, well under
 * the documented limit (office-js#1012). It may be load, not size: a smaller chunk is tried once,
 * and a second one fails the run rather than halving forever.
 */
export function isGeneralException(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "GeneralException";
}

/** Sheet names: Excel's limit and the characters it refuses. */
export const MAX_SHEET_NAME = 31;
