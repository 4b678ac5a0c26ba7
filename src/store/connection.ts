// One SQLite connection: the native addon (loaded once, with URI file names on), the busy timeout,
// and a setup step that closes the connection again when it fails.

import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { type Access, guarded, nativeAddonError, toStoreError } from './errors.js';

/** How long a writer waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

// The addon's path, given to better-sqlite3 directly: its own lookup (the `bindings` package) probes
// a dozen paths, and naming it lets the build bundle better-sqlite3's JavaScript with ours.
let nativeBinding: string | undefined;

/**
 * The addon's path, the addon loaded. better-sqlite3 builds SQLite with URI file names off and turns
 * them on only when SQLITE_USE_URI=1 is in the environment as the addon loads (it reads it once per
 * process), and a store in a read-only place is read through one URI parameter (`immutable`, see
 * reading.ts). So the addon is loaded here, with the variable set for that moment only (programs we
 * start never see it). Every file name we give SQLite is absolute, so no other name is read as a URI.
 */
export function addonPath(): string {
  if (nativeBinding) return nativeBinding;
  const load = createRequire(import.meta.url);
  const before = process.env.SQLITE_USE_URI;
  try {
    const path = load.resolve('better-sqlite3/build/Release/better_sqlite3.node');
    process.env.SQLITE_USE_URI = '1';
    // better-sqlite3 requires the same path again and gets this module from require's cache.
    load(path);
    nativeBinding = path;
    return path;
  } catch (error) {
    throw nativeAddonError(error);
  } finally {
    if (before === undefined) delete process.env.SQLITE_USE_URI;
    else process.env.SQLITE_USE_URI = before;
  }
}

/** Opens a connection to `name` (a path, or a `file:` URI) and runs `setup` on it, closing it if setup fails. */
export function connect(
  file: string,
  options: Database.Options,
  access: Access,
  setup: (db: Database.Database) => void,
  name = file,
): Database.Database {
  const binding = addonPath();
  const db = guarded(
    file,
    () => new Database(name, { ...options, timeout: BUSY_TIMEOUT_MS, nativeBinding: binding }),
    access,
  );
  try {
    setup(db);
    return db;
  } catch (error) {
    db.close();
    throw toStoreError(error, file, access);
  }
}
