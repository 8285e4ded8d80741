// One function turns any error into a sentence in the user's language: the product's own coded
// errors through their catalog key, office.js errors through their `code`, a cancellation, and
// anything else as an unexpected error with its message.
import { CancelledError, CodedError } from "../errors";
import type { Language, MessageParams } from "../types";
import type { MessageKey } from "./en-US";
import { formatMessage } from "./index";

/**
 * office.js rejects a sync with an OfficeExtension.Error whose `code` is one of Excel.ErrorCodes
 * or OfficeExtension.ErrorCodes; its runtime name is "RichApi.Error" and it carries debugInfo.
 * https://learn.microsoft.com/javascript/api/excel/excel.errorcodes
 * https://learn.microsoft.com/office/dev/add-ins/testing/troubleshoot-development-errors
 */
export interface OfficeLikeError {
  code: string;
  message: string;
}

export function isOfficeError(error: unknown): error is OfficeLikeError {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; name?: unknown; debugInfo?: unknown };
  return typeof e.code === "string" && (e.name === "RichApi.Error" || e.debugInfo !== undefined);
}

/** Excel's codes the user can act on; any other code gets "office.other" with Excel's words. */
const OFFICE_KEYS: Readonly<Record<string, MessageKey>> = {
  AccessDenied: "office.accessDenied",
  InvalidOperationInCellEditMode: "office.cellEditMode",
  EditModeCannotAcceptRequest: "office.cellEditMode",
  ItemNotFound: "office.notFound",
  ItemAlreadyExists: "office.alreadyExists",
  InsertDeleteConflict: "office.rangeConflict",
  MergedRangeConflict: "office.rangeConflict",
  FilteredRangeConflict: "office.rangeConflict",
  PivotTableRangeConflict: "office.rangeConflict",
  RequestPayloadSizeLimitExceeded: "office.tooLarge",
  ResponsePayloadSizeLimitExceeded: "office.tooLarge",
  ActivityLimitReached: "office.busy",
};

/** The sentence of an error raised on purpose, its {reason} filled in the same language. */
function codedSentence(error: CodedError, language: Language): string {
  const reason = error.reason;
  const params: MessageParams = reason
    ? { ...error.messageParams, reason: formatMessage(reason.key, reason.params, language) }
    : error.messageParams;
  return formatMessage(error.messageKey, params, language);
}

/** The sentence of an error raised on purpose, or null for any other error. */
export function errorMessage(error: unknown, language: Language): string | null {
  return error instanceof CodedError ? codedSentence(error, language) : null;
}

export function isCancelled(error: unknown): boolean {
  // A cancellation rebuilt from another thread may be a plain Error named like ours.
  return (
    error instanceof CancelledError || (error as { name?: unknown })?.name === "CancelledError"
  );
}

/** Any error as one localised sentence. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof CodedError) return codedSentence(error, language);
  if (isCancelled(error)) return formatMessage("error.cancelled", {}, language);
  if (isOfficeError(error)) {
    const key = OFFICE_KEYS[error.code] ?? "office.other";
    return formatMessage(key, { code: error.code, message: error.message }, language);
  }
  const message = error instanceof Error ? error.message : String(error);
  return formatMessage("error.unexpected", { message }, language);
}
