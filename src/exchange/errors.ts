// A file that cannot be imported, or an export that cannot be made: one line naming the file and
// the problem. The CLI turns it into its exit code.

export class ExchangeError extends Error {
  override name = 'ExchangeError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
