// The user's study settings, kept in the config table and checked on the way in and out.

import {
  DEFAULT_SRS_CONFIG,
  isValidSetting,
  SETTING_RULES,
  SETTINGS,
  type Setting,
  type SrsConfig,
} from '../srs/index.js';
import { guarded, StoreError } from './errors.js';
import type { Store } from './open.js';

/**
 * A value out of range: one being `written` (nothing was changed), or one in the file, which names
 * the setting as `badSetting` so that the CLI can say how to mend it.
 */
function invalid(
  store: Store,
  setting: Setting,
  value: unknown,
  from: 'written' | 'stored',
  writing: boolean,
) {
  const { name, min, max, whole } = SETTING_RULES[setting];
  return new StoreError(
    'INVALID_CONFIG',
    store.path,
    { say: 'badSetting', setting: name, min, max, whole, got: String(value), writing },
    from === 'stored' ? { badSetting: name } : {},
  );
}

/** Each setting's stored value: a valid number, a bad value as its text, or undefined when not set. */
function readStored(store: Store): Map<Setting, number | { bad: string }> {
  const rows = store.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM config').all();
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  const stored = new Map<Setting, number | { bad: string }>();
  for (const setting of SETTINGS) {
    const text = byKey.get(SETTING_RULES[setting].name);
    if (text === undefined) continue;
    const value = Number(text);
    stored.set(setting, isValidSetting(setting, value) ? value : { bad: text });
  }
  return stored;
}

/** The settings, defaults filled in. Throws INVALID_CONFIG if a stored value is out of range. */
export function getConfig(store: Store): SrsConfig {
  const stored = guarded(store.path, () => readStored(store));
  const config: SrsConfig = { ...DEFAULT_SRS_CONFIG };
  for (const [setting, value] of stored) {
    if (typeof value !== 'number') throw invalid(store, setting, value.bad, 'stored', false);
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
    if (!Object.hasOwn(SETTING_RULES, setting)) throw new TypeError(`unknown setting ${setting}`);
    if (!isValidSetting(setting, value)) throw invalid(store, setting, value, 'written', true);
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
            throw invalid(store, setting, value.bad, 'stored', true);
        }
        for (const [setting, value] of entries) {
          store.db.prepare(upsert).run(SETTING_RULES[setting].name, String(value));
          config[setting] = value;
        }
        return config;
      })
      .immediate(),
  );
}
