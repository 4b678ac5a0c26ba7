import {
  DEFAULT_SRS_CONFIG,
  readSetting,
  SETTING_RULES,
  SETTINGS,
  type Setting,
  type SrsConfig,
  settingNamed,
} from '../../srs/index.js';
import { getConfig, setConfig, withStore } from '../../store/index.js';
import { quoteInput } from '../../text/safety.js';
import { messages } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

/** 'retention (0.7–0.99)', for messages that list what is allowed. */
function describeKey(setting: Setting): string {
  const { name, min, max } = SETTING_RULES[setting];
  return `${name} (${min}–${max})`;
}

/** The setting a user-typed key names (`retention`, `new-per-day`); UsageError otherwise. */
export function parseConfigKey(key: string): Setting {
  const setting = settingNamed(key);
  if (setting) return setting;
  throw new UsageError((t) => t.settings.unknownKey(quoteInput(key), SETTINGS.map(describeKey)));
}

/** The value a user typed for `setting`, by the rules of src/srs/config.ts; UsageError otherwise. */
export function parseConfigValue(setting: Setting, text: string): number {
  const value = readSetting(setting, text);
  if (value !== undefined) return value;
  const { name, whole, min, max } = SETTING_RULES[setting];
  throw new UsageError((t) => t.settings.badValue(name, t.settings.range(whole, min, max), quoteInput(text)));
}

/** Settings as JSON, keyed by the names users type: `{ "retention": 0.9, "new-per-day": 20 }`. */
function toJson(config: SrsConfig, settings: readonly Setting[]): Record<string, number> {
  return Object.fromEntries(settings.map((s) => [SETTING_RULES[s].name, config[s]]));
}

function toLines(config: SrsConfig, settings: readonly Setting[]): string {
  return settings.map((s) => `${SETTING_RULES[s].name} = ${config[s]}`).join('\n');
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
  const config = withStore(context.storeFile, 'write', (store) => setConfig(store!, { [setting]: parsed }));
  context.out(options.json ? JSON.stringify(toJson(config, [setting]), null, 2) : toLines(config, [setting]));
}

/** `dockstudy config get [key]` and `config list`: defaults when there is no store yet (none is created). */
export async function configShow(
  context: Context,
  key: string | undefined,
  options: { json?: boolean } = {},
) {
  const settings = key === undefined ? SETTINGS : [parseConfigKey(key)];
  const config = withStore(context.storeFile, 'read', (store) =>
    store ? getConfig(store) : { ...DEFAULT_SRS_CONFIG },
  );
  context.out(options.json ? JSON.stringify(toJson(config, settings), null, 2) : toLines(config, settings));
}

/** `dockstudy config path`: where the store and the notes cache are. */
export async function configPath(context: Context, options: { json?: boolean } = {}) {
  const t = messages(context.env.lang);
  const paths = { store: context.storeFile, cache: context.cacheDir };
  context.out(
    options.json
      ? JSON.stringify(paths, null, 2)
      : [`${t.paths.store}: ${paths.store}`, `${t.paths.cache}: ${paths.cache}`].join('\n'),
  );
}
