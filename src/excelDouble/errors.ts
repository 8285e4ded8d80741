// The errors the double raises. Adapter code only branches on `code`; the messages follow
// office.js's wording so that logs from the double read like logs from Excel.

export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidReference"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "AccessDenied"
  | "MergedRangeConflict"
  | "GeneralException"
  | "InvalidOperationInCellEditMode";

const MESSAGES: Record<OfficeErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference isn't valid for the current operation.",
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  // Excel.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes) and the wording of
  // learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
  AccessDenied: "You can't perform the requested operation.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
};

export interface OfficeDoubleDebugInfo {
  code: OfficeErrorCode;
  message: string;
  /** Which API member failed, e.g. "Range.values"; office.js reports the same field. */
  errorLocation?: string;
  /** Extra detail for humans reading test output; office.js has nothing like it. */
  detail?: string;
}

export class OfficeDoubleError extends Error {
  readonly code: OfficeErrorCode;
  readonly debugInfo: OfficeDoubleDebugInfo;

  constructor(
    code: OfficeErrorCode,
    options: { location?: string; detail?: string; arg?: string } = {}
  ) {
    const message = MESSAGES[code].replace("{0}", options.arg ?? options.location ?? "");
    super(message);
    // office.js's runtime class names itself "RichApi.Error" (the docs say OfficeExtension.Error).
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: options.location, detail: options.detail };
  }
}

export function officeError(
  code: OfficeErrorCode,
  location?: string,
  detail?: string
): OfficeDoubleError {
  return new OfficeDoubleError(code, { location, detail });
}

export function isOfficeDoubleError(error: unknown): error is OfficeDoubleError {
  return error instanceof OfficeDoubleError;
}
