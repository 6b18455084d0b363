/** Errors are values in the core; the edges turn them into #N/A / #VALUE! or a message in the pane. */
export type FailureKind = "notAvailable" | "invalidValue";

export interface Failure {
  ok: false;
  kind: FailureKind;
  message: string;
}

export type Result<T> = { ok: true; value: T } | Failure;

export const success = <T>(value: T): Result<T> => ({ ok: true, value });

export const failure = (kind: FailureKind, message: string): Failure => ({ ok: false, kind, message });
