/**
 * In-memory Excel: a stand-in for `Excel.run` that behaves like Office.js where mistakes hide.
 * See README.md in this folder.
 */

export { createInMemoryWorkbook } from "./in-memory-workbook";
export type {
  CustomPropertySnapshot,
  InMemoryWorkbook,
  NameSnapshot,
  TypeIntoCellResult,
} from "./in-memory-workbook";
export type { InMemoryWorkbookOptions } from "./engine";
export type { ChartSnapshot } from "./charts";
export type {
  BorderSnapshot,
  CellSnapshot,
  ProtectionSnapshot,
  SheetInspector,
  ValidationSnapshot,
} from "./inspect";
export { ExcelApiError, UnsupportedMemberError, UserEditRejectedError, isExcelApiError } from "./errors";
export type { EditRejection, ExcelErrorCode } from "./errors";
export type { CellScalar, ValueType } from "./values";
