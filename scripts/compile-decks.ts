// Build step: parse content/<lang>/*.md once, so the CLI starts without marked or gray-matter.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltinCardFile } from '../src/cli/commands/card.js';
import { builtinNotesFile } from '../src/cli/load-decks.js';
import { noteGrammar } from '../src/cli/note-grammar.js';
import { createRegistry } from '../src/decks/registry.js';
import { parseNote } from '../src/notes/parse.js';
import type { ParsedNote } from '../src/notes/types.js';
import { lexCard } from '../src/ui/markdown.js';

export function compileDecks(
  root: string,
  outDir: string,
): { cards: Record<string, number>; problems: string[] } {
  const cache: { notes: Record<'ko' | 'en', ParsedNote[]> } = { notes: { ko: [], en: [] } };
  const problems: string[] = [];
  for (const lang of ['ko', 'en'] as const) {
    const dir = join(root, 'content', lang);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort(deckOrder)) {
      const file = `content/${lang}/${name}`;
      const note = parseNote(readFileSync(join(root, file), 'utf8'), {
        file,
        grammar: noteGrammar,
        origin: 'builtin',
      });
      if (note.deck.lang !== lang) problems.push(`${file}: lang is '${note.deck.lang}', expected '${lang}'`);
      for (const d of note.diagnostics) problems.push(`${d.file}:${d.line}: ${d.message}`);
      cache.notes[lang].push(note);
    }
  }
  // The two languages must teach the same cards, so that history carries over when --lang changes.
  const ids = (lang: 'ko' | 'en') => cache.notes[lang].flatMap((n) => n.cards.map((c) => c.id));
  const ko = new Set(ids('ko'));
  const en = new Set(ids('en'));
  for (const id of ko) if (!en.has(id)) problems.push(`card '${id}' is in content/ko but not in content/en`);
  for (const id of en) if (!ko.has(id)) problems.push(`card '${id}' is in content/en but not in content/ko`);
  for (const lang of ['ko', 'en'] as const) {
    writeFileSync(join(outDir, builtinNotesFile(lang)), compactJson(cache.notes[lang]));
  }
  // Each card's front and back pre-lexed, one small file a card: `dockstudy card` reads just one. With
  // them what its header shows (kind, deck title, as the registry has them), so that with no other
  // notes in play it need not read every deck.
  for (const lang of ['ko', 'en'] as const) {
    mkdirSync(join(outDir, 'tokens', lang), { recursive: true });
    const registry = createRegistry(cache.notes[lang]);
    for (const card of registry.cards) {
      const file: BuiltinCardFile = {
        ...lexCard(card),
        card: { id: card.id, deck: card.deck, kind: card.kind },
        deckTitle: registry.deck(card.deck)?.title ?? card.deck,
      };
      writeFileSync(join(outDir, 'tokens', lang, `${card.id}.json`), JSON.stringify(file));
    }
  }
  return { cards: { ko: ko.size, en: en.size }, problems };
}

/**
 * JSON of `value`; when all but a few characters are ASCII (the English decks: 74 of 650,000), those few
 * are written as \u escapes. A file of ASCII alone is read into a string much faster (no UTF-8 to decode),
 * which every command that loads the decks pays.
 */
function compactJson(value: unknown): string {
  const json = JSON.stringify(value);
  const others = json.match(/[^\x00-\x7f]/g)?.length ?? 0;
  if (others === 0 || others > json.length / 1000) return json;
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Decks in study order: concepts first, then instructions, images, containers, the topics built on
// them, anything else.
export const DECK_ORDER = [
  'virtualization',
  'dockerfile',
  'image',
  'container',
  'volume',
  'network',
  'compose',
  'build',
  'security',
  'orchestration',
];
/** Sorts deck files (or deck ids) into study order. */
export function deckOrder(a: string, b: string) {
  const rank = (n: string) => {
    const i = DECK_ORDER.indexOf(n.replace(/\.md$/, ''));
    return i === -1 ? DECK_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
