/**
 * The App cannot judge an event for a reason of its own (not a GitHub
 * failure), e.g. a merge queue branch that names no PR. `reason` ends up in
 * the failing check's title, so it says what to do.
 */
export class CannotEvaluateError extends Error {
  override readonly name = "CannotEvaluateError";
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}
