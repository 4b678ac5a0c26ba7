// The user's study settings, kept in the config table and checked on the way in and out.

import { CONFIG_LIMITS, DEFAULT_SRS_CONFIG, type SrsConfig } from '../srs/index.js';
import { guarded, StoreError } from './errors.js';
import type { Store } from './open.js';

/** The config table's key for each setting (also the name users type). */
export const CONFIG_KEYS = Object.freeze({ retention: 'retention', newPerDay: 'new-per-day' } as const);

type Setting = keyof SrsConfig;

const SETTINGS = Object.keys(CONFIG_KEYS) as Setting[];

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

/** How to mend a bad stored value: setting it always works (see setConfig). */
function fixHint(setting: Setting): string {
  return `fix it with: dockstudy config set ${CONFIG_KEYS[setting]} <value>`;
}

/** Each setting's stored value: a valid number, a bad value as its text, or undefined when not set. */
function readStored(store: Store): Map<Setting, number | { bad: string }> {
  const rows = store.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM config').all();
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  const stored = new Map<Setting, number | { bad: string }>();
  for (const setting of SETTINGS) {
    const text = byKey.get(CONFIG_KEYS[setting]);
    if (text === undefined) continue;
    const value = Number(text);
    stored.set(setting, isValid(setting, value) ? value : { bad: text });
  }
  return stored;
}

/** The settings, defaults filled in. Throws INVALID_CONFIG if a stored value is out of range. */
export function getConfig(store: Store): SrsConfig {
  const stored = guarded(store.path, () => readStored(store));
  const config: SrsConfig = { ...DEFAULT_SRS_CONFIG };
  for (const [setting, value] of stored) {
    if (typeof value !== 'number') throw invalid(store, setting, value.bad, fixHint(setting));
    config[setting] = value;
  }
  return config;
}

/**
 * Validates every given setting, then stores them together and returns the full settings.
 * Throws INVALID_CONFIG, writing nothing, when a given value is out of range, or when a setting it
 * leaves alone has a bad value in the file (the message names it and how to fix it): the settings
 * could not be read back. Setting a bad value right is always allowed, so a file with several bad
 * values can be mended one setting at a time; until the last is mended, the ones still bad come
 * back as their defaults (getConfig keeps reporting them).
 */
export function setConfig(store: Store, changes: Partial<SrsConfig>): SrsConfig {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as [Setting, number][];
  for (const [setting, value] of entries) {
    if (!Object.hasOwn(CONFIG_KEYS, setting)) throw new TypeError(`unknown setting ${setting}`);
    if (!isValid(setting, value)) throw invalid(store, setting, value, 'nothing was changed');
  }
  const upsert =
    'INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
  // Read, check and write in one IMMEDIATE transaction, so no other writer comes in between.
  return guarded(store.path, () =>
    store.db
      .transaction((): SrsConfig => {
        const stored = readStored(store);
        const changing = new Set(entries.map(([setting]) => setting));
        const mending = [...changing].some((setting) => typeof stored.get(setting) === 'object');
        const config: SrsConfig = { ...DEFAULT_SRS_CONFIG };
        for (const [setting, value] of stored) {
          if (typeof value === 'number') config[setting] = value;
          else if (!mending && !changing.has(setting))
            throw invalid(store, setting, value.bad, `nothing was changed; ${fixHint(setting)}`);
        }
        for (const [setting, value] of entries) {
          store.db.prepare(upsert).run(CONFIG_KEYS[setting], String(value));
          config[setting] = value;
        }
        return config;
      })
      .immediate(),
  );
}
