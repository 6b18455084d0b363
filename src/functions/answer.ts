import type { Result } from "../core/result";
import { functionMessages as say } from "./messages";

/**
 * The one place a worksheet function's outcome becomes what Excel shows: the value, or #N/A / #VALUE!
 * with the Chinese message (the only two error codes that carry one). An unexpected exception is
 * reported the same way so that no raw JavaScript error reaches the cell.
 */
export function answer<T>(compute: () => Result<T>): T {
  let result: Result<T>;
  try {
    result = compute();
  } catch (error) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, say.unexpected(error));
  }
  if (result.ok && typeof result.value === "number" && !Number.isFinite(result.value)) {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, say.outOfRange);
  }
  if (result.ok) return result.value;
  const code =
    result.kind === "notAvailable"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}
