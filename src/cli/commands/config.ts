import { CONFIG_LIMITS, DEFAULT_SRS_CONFIG, type SrsConfig } from '../../srs/index.js';
import { CONFIG_KEYS, getConfig, setConfig } from '../../store/index.js';
import { stripControl } from '../../text/safety.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { withStore } from '../store-access.js';

/** A study setting by its name in SrsConfig. */
export type ConfigSetting = keyof SrsConfig;

const SETTINGS = Object.keys(CONFIG_KEYS) as ConfigSetting[];

/** 'retention (0.7–0.99)', for messages that list what is allowed. */
function describeKey(setting: ConfigSetting): string {
  const { min, max } = CONFIG_LIMITS[setting];
  return `${CONFIG_KEYS[setting]} (${min}–${max})`;
}

/** User input echoed in a message: no control sequences, and kept to one short line. */
function quote(text: string): string {
  const clean = stripControl(text).replace(/\s+/g, ' ');
  return `'${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}'`;
}

/** The setting a user-typed key names (`retention`, `new-per-day`); UsageError otherwise. */
export function parseConfigKey(key: string): ConfigSetting {
  const setting = SETTINGS.find((s) => CONFIG_KEYS[s] === key.trim().toLowerCase());
  if (setting) return setting;
  throw new UsageError(`unknown config key ${quote(key)}; keys: ${SETTINGS.map(describeKey).join(', ')}`);
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+$/;

/**
 * The value a user typed for `setting`, checked against its range: retention a decimal from 0.7
 * to 0.99, new-per-day a whole number from 0 to 9999. Plain digits only (no signs, exponents, hex).
 */
export function parseConfigValue(setting: ConfigSetting, text: string): number {
  const trimmed = text.trim();
  const whole = setting === 'newPerDay';
  const value = (whole ? WHOLE : DECIMAL).test(trimmed) ? Number(trimmed) : Number.NaN;
  const { min, max } = CONFIG_LIMITS[setting];
  if (Number.isFinite(value) && value >= min && value <= max) return value;
  const kind = whole ? 'a whole number' : 'a number';
  throw new UsageError(`${CONFIG_KEYS[setting]} must be ${kind} from ${min} to ${max}, not ${quote(text)}`);
}

/** Settings as JSON, keyed by the names users type: `{ "retention": 0.9, "new-per-day": 20 }`. */
function toJson(config: SrsConfig, settings: readonly ConfigSetting[]): Record<string, number> {
  return Object.fromEntries(settings.map((s) => [CONFIG_KEYS[s], config[s]]));
}

function toLines(config: SrsConfig, settings: readonly ConfigSetting[]): string {
  return settings.map((s) => `${CONFIG_KEYS[s]} = ${config[s]}`).join('\n');
}

/** `dockstudy config set <key> <value>`: arguments are checked before the store is opened for writing. */
export async function configSet(
  context: Context,
  key: string,
  value: string,
  options: { json?: boolean } = {},
) {
  const setting = parseConfigKey(key);
  const parsed = parseConfigValue(setting, value);
  const config = withStore('write', (store) => setConfig(store!, { [setting]: parsed }));
  context.out(options.json ? JSON.stringify(toJson(config, [setting]), null, 2) : toLines(config, [setting]));
}

/** `dockstudy config get [key]` and `config list`: defaults when there is no store yet (none is created). */
export async function configShow(
  context: Context,
  key: string | undefined,
  options: { json?: boolean } = {},
) {
  const settings = key === undefined ? SETTINGS : [parseConfigKey(key)];
  const config = withStore('read', (store) => (store ? getConfig(store) : { ...DEFAULT_SRS_CONFIG }));
  context.out(options.json ? JSON.stringify(toJson(config, settings), null, 2) : toLines(config, settings));
}
