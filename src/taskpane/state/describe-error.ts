import type { Messages } from "../messages";

/** Turns an error from the host (Excel: an OfficeExtension.Error with a `code` and a `message`) into what the user should do. */
export function describeError(error: unknown, messages: Messages): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const text = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "AccessDenied":
      return messages.errors.protected;
    case "InvalidOperationInCellEditMode":
      return messages.errors.editMode;
    case "ApiNotFound":
      return messages.errors.apiMissing;
    case "ItemNotFound":
      return messages.errors.notFound;
    default:
      return messages.errors.generic(text);
  }
}
