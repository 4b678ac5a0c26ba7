// Every failure the store reports: one line naming the file and what to do about it.
// The CLI maps `code` to an exit code; nothing here prints or exits.

import { escapeControls } from '../text/safety.js';

export type StoreErrorCode =
  | 'NOT_A_DATABASE'
  | 'FOREIGN'
  | 'SCHEMA_TOO_NEW'
  | 'UNWRITABLE'
  | 'UNREADABLE'
  | 'BUSY'
  | 'CORRUPT'
  | 'IO'
  | 'NATIVE_ADDON'
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

/** What the failing step was doing: the message says "cannot read" or "cannot write" accordingly. */
export type Access = 'read' | 'write';

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A file name as one line of plain text (a newline in it would forge a line of its own). */
export const displayPath = escapeControls;

/** The addon could not be loaded: missing, or built for another Node (NODE_MODULE_VERSION). */
export function isNativeAddonFailure(error: unknown): boolean {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : '';
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF header|wrong ELF class/.test(message) ||
    (code === 'MODULE_NOT_FOUND' && message.includes('better-sqlite3'))
  );
}

export function nativeAddonError(cause: unknown): StoreError {
  return new StoreError(
    'NATIVE_ADDON',
    '',
    "better-sqlite3's native addon is missing or built for another Node: run `npm rebuild better-sqlite3`",
    { cause },
  );
}

/**
 * The StoreError for a SQLite or file-system failure on `file`; anything else
 * (a bug, not a condition of the file) is returned unchanged.
 */
export function toStoreError(error: unknown, file: string, access: Access = 'write'): unknown {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  const shown = displayPath(file);
  const fail = (kind: StoreErrorCode, message: string) =>
    new StoreError(kind, file, `${shown}: ${message}`, { cause: error });

  if (isNativeAddonFailure(error)) return nativeAddonError(error);
  if (code === 'SQLITE_NOTADB') return notADatabase(file, error);
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return fail('BUSY', 'another dockstudy is holding the database; close it and try again');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return fail('IO', 'the disk is full; nothing more was written; free some space and try again');
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return fail('IO', `cannot ${access} the database (an input/output error); check the disk`);
  if (code === 'ELOOP' || code === 'ENAMETOOLONG')
    return fail(
      access === 'read' ? 'UNREADABLE' : 'UNWRITABLE',
      `cannot ${access} here (${code}); set DOCKSTUDY_HOME to a folder`,
    );
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT'].includes(code)
  ) {
    return access === 'read'
      ? fail('UNREADABLE', 'cannot read here; check permissions or set DOCKSTUDY_HOME to a readable folder')
      : fail('UNWRITABLE', 'cannot write here; check permissions or set DOCKSTUDY_HOME to a writable folder');
  }
  return error;
}

export function notADatabase(file: string, cause?: unknown, what = 'not SQLite'): StoreError {
  return new StoreError(
    'NOT_A_DATABASE',
    file,
    `${displayPath(file)}: not a dockstudy database (${what}); move it away or set DOCKSTUDY_HOME to another folder`,
    { cause },
  );
}

export function corrupt(file: string, cause?: unknown): StoreError {
  return new StoreError(
    'CORRUPT',
    file,
    `${displayPath(file)}: the database is damaged; nothing more was written; run \`dockstudy doctor\``,
    { cause },
  );
}

/** Runs `action`, turning SQLite and file-system failures on `file` into StoreErrors. */
export function guarded<T>(file: string, action: () => T, access: Access = 'write'): T {
  try {
    return action();
  } catch (error) {
    throw toStoreError(error, file, access);
  }
}
