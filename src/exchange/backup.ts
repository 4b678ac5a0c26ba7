// dockstudy's backup document: every card with its state and whole review history, versioned so
// that a later dockstudy can read it (or refuse it by name).

import type { CardStateRow, ReviewRecord } from '../store/index.js';
import { ExchangeError, type ExchangeProblem } from './errors.js';

export const BACKUP_FORMAT = 'dockstudy-backup';
export const BACKUP_VERSION = 1;

/** A card state as the backup keeps it: the card_state row without its card id. */
export type BackupState = Omit<CardStateRow, 'card_id'>;

export interface BackupCard {
  id: string;
  /** null for a card whose note was not loaded when the backup was made: its history alone. */
  deck: string | null;
  kind: string | null;
  front: string | null;
  back: string | null;
  lang: 'ko' | 'en' | null;
  source: { file: string; line: number } | null;
  /** A card that lives in the store (imported): a restore brings its content back too. */
  imported?: { deckTitle: string; tags: string[] };
  state: BackupState | null;
  reviews: ReviewRecord[];
}

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  cards: BackupCard[];
}

// ---- reading, checked field by field: a backup may come from anywhere ----

type Check = (value: unknown) => boolean;
const int: Check = (v) => Number.isSafeInteger(v);
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const str: Check = (v) => typeof v === 'string';
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const between =
  (low: number, high: number): Check =>
  (v) =>
    int(v) && (v as number) >= low && (v as number) <= high;
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const STATE_FIELDS: Record<keyof BackupState, Check> = {
  due_ms: int,
  stability: num,
  difficulty: num,
  elapsed_days: int,
  scheduled_days: int,
  learning_steps: int,
  reps: int,
  lapses: int,
  state: between(0, 3),
  last_review_ms: nullable(int),
  updated_ms: int,
};

const REVIEW_FIELDS: Record<Exclude<keyof ReviewRecord, 'card_before'>, Check> = {
  reviewed_ms: int,
  rating: between(1, 4),
  state_before: between(0, 3),
  state_after: between(0, 3),
  due_before_ms: nullable(int),
  due_after_ms: int,
  stability_after: num,
  difficulty_after: num,
  elapsed_days: int,
  scheduled_days: int,
  duration_ms: (v) => int(v) && (v as number) >= 0,
  source: oneOf('review', 'quiz', 'card'),
};

function checkFields(
  value: unknown,
  fields: Record<string, Check>,
  where: string,
  fail: (problem: ExchangeProblem) => never,
) {
  if (!isObject(value)) fail({ say: 'notAnObject', where });
  for (const [name, check] of Object.entries(fields))
    if (!check(value[name])) fail({ say: 'badField', where: `${where}.${name}` });
}

/** The backup in `text`, checked; throws ExchangeError naming `file` and the first problem. */
export function parseBackup(text: string, file: string): BackupDocument {
  const fail = (problem: ExchangeProblem): never => {
    throw new ExchangeError(file, problem);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    fail(jsonProblem((error as Error).message, text));
  }
  if (!isObject(doc) || doc.format !== BACKUP_FORMAT) fail({ say: 'notABackup', format: BACKUP_FORMAT });
  const document = doc as Record<string, unknown>;
  if (document.version !== BACKUP_VERSION)
    fail({ say: 'backupVersion', got: String(JSON.stringify(document.version)), reads: BACKUP_VERSION });
  if (!Array.isArray(document.cards)) fail({ say: 'cardsNotAList' });
  const seen = new Set<string>();
  (document.cards as unknown[]).forEach((card, i) => {
    const where = `cards[${i}]`;
    checkFields(
      card,
      {
        id: (v) => str(v) && /^[a-z0-9][a-z0-9-]*$/.test(v as string),
        deck: nullable(str),
        kind: nullable(str),
        front: nullable(str),
        back: nullable(str),
        lang: oneOf('ko', 'en', null),
        state: (v) => v === null || isObject(v),
        reviews: Array.isArray,
      },
      where,
      fail,
    );
    const c = card as BackupCard;
    if (seen.has(c.id)) fail({ say: 'cardTwice', where, id: c.id });
    seen.add(c.id);
    if (c.state) checkFields(c.state, STATE_FIELDS, `${where}.state`, fail);
    if (c.imported) {
      if (!str(c.deck) || !str(c.kind) || !str(c.front) || !str(c.back) || !c.lang)
        fail({ say: 'importedIncomplete', where });
      if (!str(c.imported.deckTitle) || !Array.isArray(c.imported.tags) || !c.imported.tags.every(str))
        fail({ say: 'badField', where: `${where}.imported` });
    }
    c.reviews.forEach((review, j) => {
      checkFields(review, REVIEW_FIELDS, `${where}.reviews[${j}]`, fail);
      const before = review.card_before;
      if (before !== null) checkFields(before, STATE_FIELDS, `${where}.reviews[${j}].card_before`, fail);
    });
    if (c.reviews.length > 0 && !c.state) fail({ say: 'reviewsWithoutState', where });
  });
  return document as unknown as BackupDocument;
}

/** JSON.parse's complaint, and the line and column of the position it names (when it names one). */
function jsonProblem(detail: string, text: string): ExchangeProblem {
  const at = /at position (\d+)/.exec(detail);
  if (!at) return { say: 'badJson', detail };
  const before = text.slice(0, Number(at[1])).split('\n');
  return { say: 'badJson', detail, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
