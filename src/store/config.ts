// The user's study settings, kept in the config table and checked on the way in and out.

import { CONFIG_LIMITS, DEFAULT_SRS_CONFIG, type SrsConfig } from '../srs/index.js';
import { guarded, StoreError } from './errors.js';
import type { Store } from './open.js';

/** The config table's key for each setting (also the name users type). */
export const CONFIG_KEYS = Object.freeze({ retention: 'retention', newPerDay: 'new-per-day' } as const);

type Setting = keyof SrsConfig;

function isValid(setting: Setting, value: number): boolean {
  const { min, max } = CONFIG_LIMITS[setting];
  const wholeIfNeeded = setting === 'newPerDay' ? Number.isInteger(value) : true;
  return Number.isFinite(value) && wholeIfNeeded && value >= min && value <= max;
}

function invalid(store: Store, setting: Setting, value: unknown, hint: string): StoreError {
  const { min, max } = CONFIG_LIMITS[setting];
  const kind = setting === 'newPerDay' ? 'a whole number' : 'a number';
  return new StoreError(
    'INVALID_CONFIG',
    store.path,
    `${store.path}: ${CONFIG_KEYS[setting]} must be ${kind} from ${min} to ${max} (got ${String(value)}); ${hint}`,
  );
}

/** The settings, defaults filled in. Throws INVALID_CONFIG if a stored value is out of range. */
export function getConfig(store: Store): SrsConfig {
  const rows = guarded(store.path, () =>
    store.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM config').all(),
  );
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const config: SrsConfig = { ...DEFAULT_SRS_CONFIG };
  for (const setting of Object.keys(CONFIG_KEYS) as Setting[]) {
    const text = stored.get(CONFIG_KEYS[setting]);
    if (text === undefined) continue;
    const value = Number(text);
    if (!isValid(setting, value)) throw invalid(store, setting, text, 'set a valid value to fix it');
    config[setting] = value;
  }
  return config;
}

/** Validates every given setting, then stores them together. Returns the full settings. */
export function setConfig(store: Store, changes: Partial<SrsConfig>): SrsConfig {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as [Setting, number][];
  for (const [setting, value] of entries) {
    if (!(setting in CONFIG_KEYS)) throw new TypeError(`unknown setting ${setting}`);
    if (!isValid(setting, value)) throw invalid(store, setting, value, 'nothing was changed');
  }
  const upsert =
    'INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
  guarded(store.path, () =>
    store.db
      .transaction(() => {
        for (const [setting, value] of entries)
          store.db.prepare(upsert).run(CONFIG_KEYS[setting], String(value));
      })
      .immediate(),
  );
  return getConfig(store);
}
