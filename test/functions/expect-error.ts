import { CustomFunctionsError } from "../support/custom-functions-runtime";

/** Calls a worksheet function and returns the Excel error it raised (code and message). */
export function excelErrorOf(call: () => unknown): { code: string; message: string } {
  try {
    const value = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (!(error instanceof CustomFunctionsError)) throw error;
    return { code: error.code, message: error.message };
  }
}
