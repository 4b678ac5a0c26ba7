// The study settings: their names, defaults, ranges, and how a value is read from text. Every
// stage asks here (the store checks what it reads and writes, the CLI what the user types); kept in
// srs because the scheduler and the queue are what they tune.

export interface SrsConfig {
  /** Desired retention: the recall probability FSRS schedules for. */
  retention: number;
  /** How many never-seen cards a study day may introduce. */
  newPerDay: number;
  /** Lapses after which a card is tagged leech and suspended (Anki's default is 8). */
  leechThreshold: number;
  /**
   * The longest time one answer is recorded as taking, in seconds, as Anki's "maximum answer
   * seconds" (60 by default): a card left on screen over lunch is not 40 minutes of study.
   */
  maxAnswerSeconds: number;
}

export type Setting = keyof SrsConfig;

/** The time an answer is recorded as taking: what it took, at most `maxSeconds` (maxAnswerSeconds). */
export function recordedDurationMs(tookMs: number, maxSeconds: number): number {
  const took = Number.isFinite(tookMs) ? Math.max(0, Math.round(tookMs)) : 0;
  return Math.min(took, maxSeconds * 1000);
}

export const DEFAULT_SRS_CONFIG: Readonly<SrsConfig> = Object.freeze({
  retention: 0.9,
  newPerDay: 20,
  leechThreshold: 8,
  maxAnswerSeconds: 60,
});

interface SettingRule {
  /** What users type, and the store's key. */
  name: string;
  min: number;
  max: number;
  whole: boolean;
}

export const SETTING_RULES: Readonly<Record<Setting, Readonly<SettingRule>>> = Object.freeze({
  retention: Object.freeze({ name: 'retention', min: 0.7, max: 0.99, whole: false }),
  newPerDay: Object.freeze({ name: 'new-per-day', min: 0, max: 9999, whole: true }),
  leechThreshold: Object.freeze({ name: 'leech-threshold', min: 1, max: 99, whole: true }),
  // Under 10 s the cap would cut ordinary answers (reading a scenario, typing a long command); no
  // one answer is an hour of study.
  maxAnswerSeconds: Object.freeze({ name: 'max-answer-seconds', min: 10, max: 3600, whole: true }),
});

export const SETTINGS = Object.keys(SETTING_RULES) as Setting[];

/** The setting a name stands for (`new-per-day` → newPerDay), in any case; undefined if none. */
export function settingNamed(name: string): Setting | undefined {
  const wanted = name.trim().toLowerCase();
  return SETTINGS.find((setting) => SETTING_RULES[setting].name === wanted);
}

export function isValidSetting(setting: Setting, value: number): boolean {
  const { min, max, whole } = SETTING_RULES[setting];
  return Number.isFinite(value) && (!whole || Number.isInteger(value)) && value >= min && value <= max;
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+$/;

/**
 * The value `text` spells for `setting`, or undefined when it is not one: plain digits only (no
 * signs, exponents, hex), a decimal point only where fractions are allowed, inside the range.
 */
export function readSetting(setting: Setting, text: string): number | undefined {
  const trimmed = text.trim();
  const value = (SETTING_RULES[setting].whole ? WHOLE : DECIMAL).test(trimmed) ? Number(trimmed) : Number.NaN;
  return isValidSetting(setting, value) ? value : undefined;
}
