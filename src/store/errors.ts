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

/** Why a store cannot be used: what a StoreError says, as data, so the UI can say it in any language. */
export type StoreProblem =
  | { say: 'nativeAddon' }
  | { say: 'busy' }
  | { say: 'diskFull' }
  | { say: 'ioError'; access: Access }
  | { say: 'pathUnusable'; access: Access; code: string }
  | { say: 'noPermission'; access: Access }
  /** Writing refused before SQLite tries: the folder (shown) or the file itself is read-only. */
  | { say: 'readOnly'; folder?: string; fileSystem: boolean }
  | { say: 'danglingLink'; access: Access }
  | { say: 'notADatabase'; what: NotDatabase }
  | { say: 'damaged' }
  | { say: 'foreign'; applicationId: number }
  | { say: 'tooNew'; version: number; known: number }
  | {
      say: 'badSetting';
      /** As users name it: `new-per-day`. */
      setting: string;
      min: number;
      max: number;
      whole: boolean;
      got: string;
      /** Refused on the way in (nothing was changed), rather than found in the file. */
      writing: boolean;
    };

/** What a file that is not a dockstudy database is instead. */
export type NotDatabase = 'not SQLite' | 'a folder' | 'not a regular file' | 'an empty file';

/** The English sentence for a problem (the message of its StoreError, after the file). */
export function storeProblemText(problem: StoreProblem): string {
  switch (problem.say) {
    case 'nativeAddon':
      return "better-sqlite3's native addon is missing or built for another Node: run `npm rebuild better-sqlite3`";
    case 'busy':
      return 'another dockstudy is holding the database; close it and try again';
    case 'diskFull':
      return 'the disk is full; nothing more was written; free some space and try again';
    case 'ioError':
      return `cannot ${problem.access} the database (an input/output error); check the disk`;
    case 'pathUnusable':
      return `cannot ${problem.access} here (${problem.code}); set DOCKSTUDY_HOME to a folder`;
    case 'noPermission':
      return problem.access === 'read'
        ? 'cannot read here; check permissions or set DOCKSTUDY_HOME to a readable folder'
        : 'cannot write here; check permissions or set DOCKSTUDY_HOME to a writable folder';
    case 'readOnly': {
      const what = problem.folder === undefined ? 'the file' : `the folder ${displayPath(problem.folder)}`;
      const why = problem.fileSystem ? 'is on a read-only file system' : 'is read-only to this user';
      return `cannot write: ${what} ${why}; check its permissions or set DOCKSTUDY_HOME to a writable folder`;
    }
    case 'danglingLink':
      return `cannot ${problem.access} the store: it is a link to nothing; mend the link or set DOCKSTUDY_HOME`;
    case 'notADatabase':
      return `not a dockstudy database (${problem.what}); move it away or set DOCKSTUDY_HOME to another folder`;
    case 'damaged':
      return 'the database is damaged; nothing more was written; run `dockstudy doctor`';
    case 'foreign':
      return `another program's database, not dockstudy's (application_id ${problem.applicationId}); it was left untouched; move it away or set DOCKSTUDY_HOME to another folder`;
    case 'tooNew':
      return `made by a newer dockstudy (schema ${problem.version}, this one knows ${problem.known}); it was left untouched; upgrade dockstudy`;
    case 'badSetting': {
      const range = `${problem.whole ? 'a whole number' : 'a number'} from ${problem.min} to ${problem.max}`;
      return `${problem.setting} must be ${range} (got ${problem.got})${problem.writing ? '; nothing was changed' : ''}`;
    }
  }
}

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    /** The database file (or the folder it should be in); '' when the failure is not a file's. */
    readonly file: string,
    /** What went wrong, as data: the message is its English sentence after the file. */
    readonly problem: StoreProblem,
    options: { cause?: unknown; badSetting?: string } = {},
  ) {
    super(file ? `${displayPath(file)}: ${storeProblemText(problem)}` : storeProblemText(problem), {
      cause: options.cause,
    });
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
  return new StoreError('NATIVE_ADDON', '', { say: 'nativeAddon' }, { cause });
}

/**
 * The StoreError for a SQLite or file-system failure on `file`; anything else
 * (a bug, not a condition of the file) is returned unchanged.
 */
export function toStoreError(error: unknown, file: string, access: Access = 'write'): unknown {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  const fail = (kind: StoreErrorCode, problem: StoreProblem) =>
    new StoreError(kind, file, problem, { cause: error });

  if (isNativeAddonFailure(error)) return nativeAddonError(error);
  if (code === 'SQLITE_NOTADB') return notADatabase(file, error);
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return fail('BUSY', { say: 'busy' });
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return fail('IO', { say: 'diskFull' });
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return fail('IO', { say: 'ioError', access });
  const unreachable = access === 'read' ? 'UNREADABLE' : 'UNWRITABLE';
  if (code === 'ELOOP' || code === 'ENAMETOOLONG')
    return fail(unreachable, { say: 'pathUnusable', access, code });
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOENT'].includes(code)
  ) {
    return fail(unreachable, { say: 'noPermission', access });
  }
  return error;
}

export function notADatabase(file: string, cause?: unknown, what: NotDatabase = 'not SQLite'): StoreError {
  return new StoreError('NOT_A_DATABASE', file, { say: 'notADatabase', what }, { cause });
}

export function corrupt(file: string, cause?: unknown): StoreError {
  return new StoreError('CORRUPT', file, { say: 'damaged' }, { cause });
}

/** Runs `action`, turning SQLite and file-system failures on `file` into StoreErrors. */
export function guarded<T>(file: string, action: () => T, access: Access = 'write'): T {
  try {
    return action();
  } catch (error) {
    throw toStoreError(error, file, access);
  }
}
