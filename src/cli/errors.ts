// Errors that end a command: run.ts turns each into one line and an exit code.
import { type Messages, messages } from '../ui/messages.js';

/** A sentence of the catalogue, said when the UI's language is known (run.ts knows it). */
export type Said = (t: Messages) => string;

/**
 * An error the user can act on: printed as one line, never with a stack. Its text is a sentence in
 * the UI's language, or, where the language is not at hand, how to say it: the message is then its
 * English and run.ts says it in the UI's language.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly said?: Said;
  constructor(
    message: string | Said,
    readonly exitCode = 1,
  ) {
    super(typeof message === 'string' ? message : message(messages('en')));
    if (typeof message !== 'string') this.said = message;
  }
}

/** Bad arguments: exit 2, like commander's own usage errors. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(message: string | Said) {
    super(message, 2);
  }
}

/** The user pressed Ctrl-C: what was answered is saved, the exit code says so. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  readonly exitCode = 130;
}
