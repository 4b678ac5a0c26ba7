// Cards with their states and histories written out: dockstudy's JSON backup, Anki's text format,
// an Anki package (.apkg), or CSV.

import { createHash } from 'node:crypto';
import type { Card } from '../notes/types.js';
import { DAY_START_HOUR, State, studyDayNumber } from '../srs/index.js';
import {
  type AnkiCardRow,
  type AnkiNoteRow,
  type AnkiRevlogRow,
  type CardHistory,
  writeAnkiCollection,
} from '../store/index.js';
import { ankiRevlog, ankiSchedule } from './anki-schedule.js';
import { type AnkiTextNote, writeAnkiText } from './anki-text.js';
import { packApkg } from './apkg.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupCard, type BackupDocument } from './backup.js';
import { writeCsv } from './csv.js';
import { ankiFieldText, markdownToHtml } from './html.js';

export type ExportFormat = 'json' | 'anki' | 'apkg' | 'csv';

export interface ExportInput {
  /** The cards to write, in order. */
  cards: readonly Card[];
  deckTitle(deckId: string): string;
  /** Cards that live in the store (imported ones): a backup carries their content. */
  imported: ReadonlySet<string>;
  /** States and answers by card id. */
  histories: ReadonlyMap<string, CardHistory>;
  /** Also write the histories of cards that are not loaded (a whole backup). */
  orphans: boolean;
  nowMs: number;
}

export function exportCards(format: ExportFormat, input: ExportInput): string | Uint8Array {
  switch (format) {
    case 'json':
      return `${JSON.stringify(backupDocument(input), null, 2)}\n`;
    case 'anki':
      return writeAnkiText(input.cards.map((card) => ankiTextNote(card, input)));
    case 'csv':
      return exportCsv(input);
    case 'apkg':
      return packApkg(writeAnkiCollection(ankiCollection(input)));
  }
}

function backupDocument(input: ExportInput): BackupDocument {
  const stateOf = (id: string) => {
    const state = input.histories.get(id)?.state;
    if (!state) return null;
    const { card_id: _, ...rest } = state;
    return rest;
  };
  const cards: BackupCard[] = input.cards.map((card) => ({
    id: card.id,
    deck: card.deck,
    kind: card.kind,
    front: card.front,
    back: card.back,
    lang: card.lang,
    source: card.source,
    ...(input.imported.has(card.id)
      ? { imported: { deckTitle: input.deckTitle(card.deck), tags: card.tags } }
      : {}),
    state: stateOf(card.id),
    reviews: input.histories.get(card.id)?.reviews ?? [],
  }));
  if (input.orphans) {
    const loaded = new Set(input.cards.map((c) => c.id));
    for (const [id, history] of input.histories) {
      if (loaded.has(id)) continue;
      const base = { id, deck: null, kind: null, front: null, back: null, lang: null, source: null };
      cards.push({ ...base, state: stateOf(id), reviews: history.reviews });
    }
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(input.nowMs).toISOString(),
    cards,
  };
}

/** Anki tags have no spaces; the card's kind is a tag too, to filter by in Anki's browser. */
const ankiTags = (card: Card) => [...new Set([...card.tags, card.kind])].map((t) => t.replace(/\s+/g, '_'));

function ankiTextNote(card: Card, input: ExportInput): AnkiTextNote {
  return {
    guid: card.id,
    notetype: 'Basic',
    deck: input.deckTitle(card.deck),
    fields: [markdownToHtml(card.front), markdownToHtml(card.back)],
    tags: ankiTags(card),
  };
}

const STATE_NAMES: Record<number, string> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

function exportCsv(input: ExportInput): string {
  const iso = (ms: number | null | undefined) =>
    ms === null || ms === undefined ? null : new Date(ms).toISOString();
  const header = [
    ...['id', 'deck', 'kind', 'front', 'back', 'state', 'due', 'interval_days', 'stability'],
    ...['difficulty', 'reps', 'lapses', 'last_review', 'reviews'],
  ];
  const rows = input.cards.map((card) => {
    const history = input.histories.get(card.id);
    const s = history?.state;
    return [
      card.id,
      card.deck,
      card.kind,
      card.front,
      card.back,
      STATE_NAMES[s?.state ?? State.New] ?? 'new',
      iso(s?.due_ms),
      s ? s.scheduled_days : null,
      s ? round(s.stability) : null,
      s ? round(s.difficulty) : null,
      s?.reps ?? 0,
      s?.lapses ?? 0,
      iso(s?.last_review_ms),
      history?.reviews.length ?? 0,
    ];
  });
  return writeCsv(header, rows);
}

const round = (value: number) => Number(value.toFixed(4));

/** A stable positive id (under 2^48) for a name: the note type keeps its id in every export. */
function stableId(name: string): number {
  return Number.parseInt(createHash('sha1').update(name).digest('hex').slice(0, 12), 16);
}

/** Anki's note checksum: the first 32 bits of the SHA-1 of the first field's text. */
const checksum = (text: string) =>
  Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);

/** A field as Anki stores it: NFC, and no control character but tab and line feed. */
const ankiField = (html: string) => html.normalize('NFC').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const MODEL_ID = stableId('dockstudy Basic note type');
const DEFAULT_DECK_ID = 1;
const DAY_S = 86_400;

/**
 * Deck names for Anki, one per deck: unique whatever their case (Anki's deck names are), and
 * never Anki's own `Default`; a clash takes the deck's id after its title.
 */
function ankiDeckNames(deckIds: readonly string[], title: (id: string) => string): Map<string, string> {
  const taken = new Set(['default']);
  const names = new Map<string, string>();
  for (const id of deckIds) {
    const wanted =
      title(id)
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .trim() || id;
    let name = taken.has(wanted.toLowerCase()) ? `${wanted} (${id})` : wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${id} ${n})`;
    taken.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
}

function ankiCollection(input: ExportInput) {
  const nowS = Math.floor(input.nowMs / 1000);
  // Anki counts days from the collection's creation date, each from the rollover hour (04:00, as
  // dockstudy's study days): the creation is the study day of the first answer, as a UTC date,
  // and the collection says its creation was in UTC (creationOffset 0).
  let firstAnswer = input.nowMs;
  for (const card of input.cards)
    for (const review of input.histories.get(card.id)?.reviews ?? [])
      firstAnswer = Math.min(firstAnswer, review.reviewed_ms);
  const crtDay = studyDayNumber(firstAnswer);
  const ankiDay = (ms: number) => studyDayNumber(ms) - crtDay;
  // Note and card ids are creation times in ms, which Anki checks are not in the future: counted
  // up from the creation day's start. The guid (the card id) is what a later import matches on.
  const firstId = crtDay * DAY_S * 1000;
  const deckIds = new Map<string, number>();
  const deckNames = ankiDeckNames([...new Set(input.cards.map((c) => c.deck))], input.deckTitle);
  const notes: AnkiNoteRow[] = [];
  const cards: AnkiCardRow[] = [];
  const revlog: AnkiRevlogRow[] = [];
  const revlogIds = new Set<number>();
  const tags = new Set<string>();
  input.cards.forEach((card, i) => {
    const did = deckIds.get(card.deck) ?? stableId(`deck ${card.deck}`);
    deckIds.set(card.deck, did);
    const front = ankiField(markdownToHtml(card.front));
    const sortField = ankiFieldText(front);
    const nid = firstId + i;
    const cid = firstId + i;
    const history = input.histories.get(card.id);
    const noteTags = ankiTags(card);
    for (const tag of noteTags) tags.add(tag);
    notes.push({
      id: nid,
      guid: card.id,
      mid: MODEL_ID,
      mod: nowS,
      usn: -1,
      tags: ` ${noteTags.join(' ')} `,
      flds: [front, ankiField(markdownToHtml(card.back))].join('\u001f'),
      sfld: sortField,
      csum: checksum(sortField),
      flags: 0,
      data: '',
    });
    cards.push({
      id: cid,
      nid,
      did,
      ord: 0,
      mod: nowS,
      usn: -1,
      ...ankiSchedule(history?.state, i + 1, ankiDay),
      odue: 0,
      odid: 0,
      flags: 0,
    });
    revlog.push(...ankiRevlog(history?.reviews ?? [], cid, revlogIds));
  });
  const decks: Record<string, unknown> = {
    [DEFAULT_DECK_ID]: ankiDeck(DEFAULT_DECK_ID, 'Default', nowS),
  };
  for (const [deck, id] of deckIds) decks[id] = ankiDeck(id, deckNames.get(deck) ?? deck, nowS);
  return {
    crt: crtDay * DAY_S,
    mod: input.nowMs,
    conf: JSON.stringify({
      activeDecks: [DEFAULT_DECK_ID],
      curDeck: DEFAULT_DECK_ID,
      curModel: MODEL_ID,
      nextPos: input.cards.length + 1,
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      sortType: 'noteFld',
      sortBackwards: false,
      addToCur: true,
      dayLearnFirst: false,
      // Without these Anki takes the file for its first scheduler (v1) and converts it on import,
      // moving learning answers' eases up by one.
      schedVer: 2,
      sched2021: true,
      creationOffset: 0,
      rollover: DAY_START_HOUR,
    }),
    models: JSON.stringify({ [MODEL_ID]: basicNoteType(nowS) }),
    decks: JSON.stringify(decks),
    dconf: JSON.stringify({ 1: deckOptions() }),
    tags: JSON.stringify(Object.fromEntries([...tags].map((tag) => [tag, 0]))),
    notes,
    cards,
    revlog,
  };
}

function ankiDeck(id: number, name: string, mod: number) {
  return {
    id,
    name,
    desc: '',
    conf: 1,
    dyn: 0,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
    mod,
    usn: -1,
  };
}

function basicNoteType(mod: number) {
  const field = (name: string, ord: number) => ({
    name,
    ord,
    sticky: false,
    rtl: false,
    font: 'Arial',
    size: 20,
    media: [],
  });
  return {
    id: MODEL_ID,
    // Not Anki's own 'Basic': an import beside it neither clashes with it nor is renamed.
    name: 'dockstudy Basic',
    type: 0,
    mod,
    usn: -1,
    sortf: 0,
    did: 1,
    tags: [],
    vers: [],
    flds: [field('Front', 0), field('Back', 1)],
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '{{Front}}',
        afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
        bqfmt: '',
        bafmt: '',
        did: null,
      },
    ],
    req: [[0, 'any', [0]]],
    css: '.card { font-family: arial; font-size: 20px; text-align: left; }\npre { text-align: left; }',
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
  };
}

function deckOptions() {
  return {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
    rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, hardFactor: 1.2, bury: false },
  };
}
