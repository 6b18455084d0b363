/**
 * The two members of Excel's CustomFunctions runtime that the functions use, as Excel defines them,
 * installed on globalThis for tests (outside Excel the runtime does not exist).
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

Object.assign(globalThis, { CustomFunctions: { Error: CustomFunctionsError, ErrorCode } });

export { CustomFunctionsError, ErrorCode };
