// Errors that end a command: run.ts turns each into one line and an exit code.

/** An error the user can act on: printed as one line, never with a stack. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Bad arguments: exit 2, like commander's own usage errors. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, 2);
  }
}

/** The user pressed Ctrl-C: what was answered is saved, the exit code says so. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  readonly exitCode = 130;
}
