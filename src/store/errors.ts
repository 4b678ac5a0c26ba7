// Every failure the store reports: one line naming the file and what to do about it.
// The CLI maps `code` to an exit code; nothing here prints or exits.

export type StoreErrorCode =
  | 'NOT_A_DATABASE'
  | 'SCHEMA_TOO_NEW'
  | 'UNWRITABLE'
  | 'BUSY'
  | 'CORRUPT'
  | 'IO'
  | 'INVALID_CONFIG';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    /** The database file (or the folder it should be in). */
    readonly file: string,
    message: string,
    options: { cause?: unknown; badSetting?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.badSetting = options.badSetting;
  }

  /** INVALID_CONFIG: the setting (as users name it) whose stored value is bad; setting it mends it. */
  readonly badSetting?: string;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The StoreError for a SQLite or file-system failure on `file`; anything else
 * (a bug, not a condition of the file) is returned unchanged.
 */
export function toStoreError(error: unknown, file: string): unknown {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  const fail = (kind: StoreErrorCode, message: string) =>
    new StoreError(kind, file, `${file}: ${message}`, { cause: error });

  if (code === 'SQLITE_NOTADB') return notADatabase(file, error);
  if (code.startsWith('SQLITE_CORRUPT'))
    return fail('CORRUPT', 'the database is damaged; restore a backup or move the file away to start afresh');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return fail('BUSY', 'another dockstudy is holding the database; close it and try again');
  if (code === 'SQLITE_FULL') return fail('IO', 'the disk is full; free some space and try again');
  if (code.startsWith('SQLITE_IOERR'))
    return fail('IO', 'could not read or write the database; check the disk');
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'].includes(code)
  )
    return fail(
      'UNWRITABLE',
      'cannot write here; check permissions or set DOCKSTUDY_HOME to a writable folder',
    );
  return error;
}

export function notADatabase(file: string, cause?: unknown): StoreError {
  return new StoreError(
    'NOT_A_DATABASE',
    file,
    `${file}: not a dockstudy database (not SQLite); move it away or set DOCKSTUDY_HOME to another folder`,
    { cause },
  );
}

/** Runs `action`, turning SQLite and file-system failures on `file` into StoreErrors. */
export function guarded<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw toStoreError(error, file);
  }
}
