/** An error the user can act on: printed as one line, never with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Bad arguments: exit 2, like commander's own usage errors. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** The user pressed Ctrl-C: what was answered is saved, the exit code says so. */
export class Interrupted extends Error {
  readonly exitCode = 130;
}
