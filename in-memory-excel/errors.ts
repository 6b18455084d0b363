/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (name "RichApi.Error", `code`, `message`,
 * `debugInfo`, `httpStatusCode`, `toString()` = "Code: message").
 *
 * Messages are Excel's en-US texts; where the emulator knows more than Excel says, the detail is
 * appended in brackets ("[in-memory Excel: …]") and copied to `debugInfo.details`.
 */

export type ExcelErrorCode =
  | "AccessDenied"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

const MESSAGES: Record<ExcelErrorCode, string> = {
  AccessDenied:
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object or the current state of the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

const HTTP_STATUS: Partial<Record<ExcelErrorCode, number>> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
};

export interface ExcelErrorDebugInfo {
  code: ExcelErrorCode;
  message: string;
  errorLocation?: string;
  details?: string;
}

export class ExcelApiError extends Error {
  readonly code: ExcelErrorCode;
  readonly debugInfo: ExcelErrorDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: ExcelErrorCode, message: string, location?: string, details?: string) {
    super(message);
    Object.setPrototypeOf(this, ExcelApiError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
    this.debugInfo = { code, message };
    if (location !== undefined) this.debugInfo.errorLocation = location;
    if (details !== undefined) this.debugInfo.details = details;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

function format(template: string, arg: string): string {
  return template.replace("{0}", arg);
}

/** Builds an error with Excel's message for `code`, plus an optional emulator detail. */
export function excelError(
  code: ExcelErrorCode,
  location?: string,
  detail?: string,
  arg = "",
): ExcelApiError {
  const base = format(MESSAGES[code], arg);
  const message = detail === undefined ? base : `${base} [in-memory Excel: ${detail}]`;
  return new ExcelApiError(code, message, location, detail);
}

export function propertyNotLoaded(property: string, typeName: string, detail?: string): ExcelApiError {
  return excelError("PropertyNotLoaded", `${typeName}.${property}`, detail, property);
}

export const itemNotFound = (location: string, detail: string): ExcelApiError =>
  excelError("ItemNotFound", location, detail);
export const invalidArgument = (location: string, detail: string): ExcelApiError =>
  excelError("InvalidArgument", location, detail);
export const invalidOperation = (location: string, detail: string): ExcelApiError =>
  excelError("InvalidOperation", location, detail);
export const accessDenied = (location: string, detail: string): ExcelApiError =>
  excelError("AccessDenied", location, detail);
export const itemAlreadyExists = (location: string, detail: string): ExcelApiError =>
  excelError("ItemAlreadyExists", location, detail);
export const notImplemented = (location: string, detail: string): ExcelApiError =>
  excelError("NotImplemented", location, detail);

export function isExcelApiError(error: unknown): error is ExcelApiError {
  return error instanceof ExcelApiError;
}

/**
 * Thrown synchronously when code touches a member the emulated Office.js object does not have
 * (a typo such as `range.value = …`) or that this emulator does not implement. Real Office.js
 * would silently create a plain JS property or return undefined — exactly the mistakes to catch.
 */
export class UnsupportedMemberError extends Error {
  constructor(typeName: string, member: string, detail: string) {
    super(`in-memory Excel: ${typeName}.${member} ${detail}`);
    Object.setPrototypeOf(this, UnsupportedMemberError.prototype);
    this.name = "InMemoryExcel.UnsupportedMember";
  }
}

export type EditRejection = "protected" | "validation" | "invalid-input";

/** Thrown by the test API's `typeIntoCell` when Excel's UI would refuse the user's entry. */
export class UserEditRejectedError extends Error {
  constructor(
    readonly reason: EditRejection,
    message: string,
    readonly alert: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
    Object.setPrototypeOf(this, UserEditRejectedError.prototype);
    this.name = "InMemoryExcel.UserEditRejected";
  }
}
