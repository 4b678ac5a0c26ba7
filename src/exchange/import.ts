// A file to import, read into one batch for the store: a dockstudy JSON backup, an Anki package
// (.apkg/.colpkg, any collection variant), or an Anki text export. Nothing here writes: the store
// applies the batch in one transaction, so a file that cannot be read changes nothing.

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { keyTermsOf, lex, summaryOf } from '../notes/markdown.js';
import {
  type AnkiCollectionContent,
  AnkiCollectionError,
  type CardHistory,
  type ImportBatch,
  type ImportedCard,
  readAnkiCollection,
} from '../store/index.js';
import { stripControl } from '../text/safety.js';
import { replayRevlog } from './anki-schedule.js';
import { looksLikeAnkiText, parseAnkiText } from './anki-text.js';
import { isZip, unpackCollection } from './apkg.js';
import { parseBackup } from './backup.js';
import { ExchangeError, type ImportNotice } from './errors.js';
import { htmlToMarkdown } from './html.js';

export type ImportKind = 'backup' | 'anki package' | 'anki text';

export interface ImportSettings {
  /** The file as the user named it: in messages and as the cards' origin. */
  file: string;
  /** Cards that notes or the built-in decks hold. */
  protectedIds: ReadonlySet<string>;
  /** FSRS's desired retention, for replaying an Anki history. */
  retention: number;
  nowMs: number;
}

export interface ReadImport {
  kind: ImportKind;
  batch: ImportBatch;
  /** Things left out (a note with nothing on its front), about the file named in the settings. */
  notices: ImportNotice[];
}

/** Reads `bytes` as whatever import it is; throws ExchangeError naming the file and the problem. */
export function readImport(bytes: Uint8Array, settings: ImportSettings): ReadImport {
  const { file } = settings;
  if (isZip(bytes)) return fromAnkiPackage(unpackCollection(bytes, file), settings);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (/^\ufeff?\s*[{[]/.test(text)) return fromBackup(text, settings);
  if (looksLikeAnkiText(text)) return fromAnkiText(text, settings);
  const ext = extname(file).toLowerCase();
  if (ext === '.apkg' || ext === '.colpkg') throw new ExchangeError(file, { say: 'notAZip' });
  throw new ExchangeError(file, { say: 'unknownFormat' });
}

/** An imported card, with what quizzes ask about derived from its back the way notes derive it. */
function importedCard(card: Omit<ImportedCard, 'summary' | 'keyTerms'>): ImportedCard {
  const tokens = lex(card.back);
  return { ...card, summary: summaryOf(tokens), keyTerms: keyTermsOf(tokens) };
}

/** A card of an Anki note (from a package or a text export): a question, its language from its text. */
function ankiCard(
  id: string,
  deck: string,
  deckTitle: string,
  sides: { front: string; back: string },
  tags: string[],
  settings: ImportSettings,
): ImportedCard {
  return importedCard({
    id,
    deck,
    deckTitle,
    kind: 'qa',
    ...sides,
    lang: langOf(sides.front + sides.back),
    tags: tags.map(stripControl),
    origin: basename(settings.file),
  });
}

const batchOf = (settings: ImportSettings, cards: ImportedCard[], histories: Map<string, CardHistory>) => ({
  cards,
  histories,
  protectedIds: settings.protectedIds,
  nowMs: settings.nowMs,
});

function fromBackup(text: string, settings: ImportSettings): ReadImport {
  const backup = parseBackup(text, settings.file);
  const cards: ImportedCard[] = [];
  const histories = new Map<string, CardHistory>();
  for (const card of backup.cards) {
    if (card.imported && card.deck && card.kind && card.front !== null && card.back !== null && card.lang) {
      cards.push(
        importedCard({
          id: card.id,
          deck: card.deck,
          deckTitle: card.imported.deckTitle,
          kind: card.kind,
          front: stripControl(card.front),
          back: stripControl(card.back),
          lang: card.lang,
          tags: card.imported.tags,
          origin: card.source?.file ?? settings.file,
        }),
      );
    }
    if (card.state || card.reviews.length > 0) {
      histories.set(card.id, {
        ...(card.state ? { state: { ...card.state, card_id: card.id } } : {}),
        reviews: card.reviews,
      });
    }
  }
  return { kind: 'backup', batch: batchOf(settings, cards, histories), notices: [] };
}

/** A deck id from an Anki deck name: `Docker::Compose` → `docker-compose`. */
export function deckSlug(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Ids are ASCII slugs: a name in another script keeps a short hash of itself.
  const ascii = slug
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === slug && ascii ? ascii : `${ascii ? `${ascii}-` : 'anki-'}${shortHash(name)}`;
}

const shortHash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 8);

/** The card id for an Anki note: its guid when that is one of our ids (our own export), else a hash. */
function cardIdOf(guid: string | undefined, deck: string, fallback: string): string {
  if (guid && /^[a-z0-9][a-z0-9-]{0,99}$/.test(guid)) return guid;
  return `${deck}-${shortHash(guid ?? fallback)}`;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const langOf = (text: string): 'ko' | 'en' => (HANGUL.test(text) ? 'ko' : 'en');

/** A cloze deletion in a note's first field: the mark of Anki's Cloze note type. */
const CLOZE_MARK = /\{\{c\d+::/;

/** A cloze note's text: the question hides each `{{c1::answer::hint}}`, the answer shows it. */
function clozeSides(text: string): { front: string; back: string } {
  const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
  return {
    front: text.replace(CLOZE, (_, _answer, hint?: string) => `[${hint ?? '…'}]`),
    back: text.replace(CLOZE, (_, answer: string) => `**${answer}**`),
  };
}

function sides(fields: string[], cloze: boolean, html: boolean): { front: string; back: string } {
  const clean = fields.map((f) => (html ? htmlToMarkdown(f) : stripControl(f).trim()));
  const [first = '', ...rest] = clean;
  const extra = rest.filter((f) => f !== '').join('\n\n');
  if (!cloze) return { front: first, back: extra };
  const { front, back } = clozeSides(first);
  return { front, back: [back, extra].filter(Boolean).join('\n\n') };
}

function fromAnkiPackage(collection: Buffer, settings: ImportSettings): ReadImport {
  let content: AnkiCollectionContent;
  try {
    content = readAnkiCollection(collection);
  } catch (error) {
    if (error instanceof AnkiCollectionError)
      throw new ExchangeError(settings.file, { say: 'collection', problem: error.problem });
    throw error;
  }
  const decks = new Map(content.decks.map((d) => [d.id, d.name]));
  const firstCard = new Map<number, (typeof content.cards)[number]>();
  for (const card of content.cards) if (!firstCard.has(card.nid)) firstCard.set(card.nid, card);
  const revlogs = new Map<number, typeof content.revlog>();
  for (const row of content.revlog) {
    const rows = revlogs.get(row.cid);
    if (rows) rows.push(row);
    else revlogs.set(row.cid, [row]);
  }

  const cards: ImportedCard[] = [];
  const histories = new Map<string, CardHistory>();
  const notices: ImportNotice[] = [];
  let empty = 0;
  for (const note of content.notes) {
    const card = firstCard.get(note.id);
    if (!card) continue;
    // A card in a filtered deck belongs to its original deck (odid).
    const deckName = stripControl(decks.get(card.odid || card.did) ?? 'Anki').trim() || 'Anki';
    const deck = deckSlug(deckName);
    const fields = note.flds.split('\u001f');
    const { front, back } = sides(fields, CLOZE_MARK.test(fields[0] ?? ''), true);
    if (!front) {
      empty++;
      continue;
    }
    const id = cardIdOf(note.guid, deck, String(note.id));
    cards.push(
      ankiCard(id, deck, deckName, { front, back }, note.tags.split(/\s+/).filter(Boolean), settings),
    );
    const history = replayRevlog(id, revlogs.get(card.id) ?? [], settings.retention);
    if (history.state) histories.set(id, history);
  }
  if (empty > 0) notices.push({ say: 'emptyFronts', count: empty });
  return { kind: 'anki package', batch: batchOf(settings, cards, histories), notices };
}

function fromAnkiText(text: string, settings: ImportSettings): ReadImport {
  const parsed = parseAnkiText(text, settings.file);
  const fallbackDeck = basename(settings.file, extname(settings.file)) || 'anki';
  const cards: ImportedCard[] = [];
  const notices: ImportNotice[] = [];
  const ids = new Set<string>();
  for (const note of parsed.notes) {
    const deckName = stripControl(note.deck ?? fallbackDeck).trim() || fallbackDeck;
    const deck = deckSlug(deckName);
    const cloze = /cloze/i.test(note.notetype ?? '') || CLOZE_MARK.test(note.fields[0] ?? '');
    const { front, back } = sides(note.fields, cloze, parsed.html);
    if (!front) {
      notices.push({ say: 'emptyFrontAt', line: note.line });
      continue;
    }
    const id = cardIdOf(note.guid, deck, front);
    if (ids.has(id)) {
      notices.push({ say: 'cardTwiceAt', line: note.line, id });
      continue;
    }
    ids.add(id);
    cards.push(ankiCard(id, deck, deckName, { front, back }, note.tags, settings));
  }
  return { kind: 'anki text', batch: batchOf(settings, cards, new Map()), notices };
}
