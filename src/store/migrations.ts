// The schema's history, oldest first. The database's PRAGMA user_version names the
// last one applied; opening a store applies the rest, all in one transaction.

import type Database from 'better-sqlite3';
import { SCHEMA_V1_SQL } from './schema.sql.js';

export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, sql: SCHEMA_V1_SQL }];

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export const LATEST_SCHEMA_VERSION = latestVersion();

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings `db` up to the last migration; a no-op when it is there already. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  if (schemaVersion(db) >= latestVersion(migrations)) return;
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated meanwhile.
    const current = schemaVersion(db);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
