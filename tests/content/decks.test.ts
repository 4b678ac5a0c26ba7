import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseCommandLine } from '../../src/docker/index.js';
import { parseNote } from '../../src/notes/parse.js';
import type { Card } from '../../src/notes/types.js';

// The built-in decks, read by the same parser as users' notes.
const root = join(__dirname, '..', '..', 'content');
const load = (lang: 'ko' | 'en') =>
  readdirSync(join(root, lang))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) =>
      parseNote(readFileSync(join(root, lang, name), 'utf8'), {
        file: `content/${lang}/${name}`,
        grammar: noteGrammar,
      }),
    );

const ko = load('ko');
const en = load('en');
const cards = (notes: ReturnType<typeof load>): Card[] => notes.flatMap((n) => n.cards);
const byId = new Map(cards(en).map((c) => [c.id, c]));

describe('built-in decks', () => {
  it('parse without a single diagnostic', () => {
    expect([...ko, ...en].flatMap((n) => n.diagnostics)).toEqual([]);
  });

  it('teach the same cards in Korean and English, in the same order', () => {
    expect(cards(ko).map((c) => c.id)).toEqual(cards(en).map((c) => c.id));
    expect(cards(ko).every((c) => c.lang === 'ko')).toBe(true);
    expect(cards(en).every((c) => c.lang === 'en')).toBe(true);
  });

  it('have the four decks and at least 60 cards per language', () => {
    expect(en.map((n) => n.deck.id).sort()).toEqual(['container', 'dockerfile', 'image', 'virtualization']);
    expect(cards(en).length).toBeGreaterThanOrEqual(60);
  });

  it('have the card ids the issue names', () => {
    const required = [
      ...['run', 'ls', 'stop', 'restart', 'rm', 'logs', 'exec', 'cp', 'prune', 'stats'].map(
        (c) => `container-${c}`,
      ),
      ...['pull', 'push', 'ls', 'build', 'prune'].map((c) => `image-${c}`),
      'system-prune',
      ...['from', 'run', 'copy', 'cmd', 'entrypoint', 'label', 'env', 'arg'].map((i) => `dockerfile-${i}`),
      ...['detach', 'publish', 'name', 'interactive-tty', 'volume', 'rm'].map((f) => `container-run-${f}`),
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('give every example command and typed task in a form the docker grammar accepts', () => {
    const commands = cards(en)
      .concat(cards(ko))
      .flatMap((c) => [
        ...(c.kind === 'command' || c.kind === 'flag' ? (c.examples ?? []) : []),
        ...(c.tasks ?? []).map((t) => t.command),
      ]);
    expect(commands.length).toBeGreaterThan(100);
    const rejected = commands.filter((line) => 'error' in parseCommandLine(line));
    expect(rejected).toEqual([]);
  });

  it('give every typed task a description and every card something to ask', () => {
    for (const card of cards(en)) {
      expect(card.summary || card.keyTerms?.length, card.id).toBeTruthy();
      for (const task of card.tasks ?? []) expect(task.prompt.length, card.id).toBeGreaterThan(10);
    }
  });

  it('teach it right where the learner’s notes slip', () => {
    expect(byId.get('dockerfile-from')?.back).toMatch(/any registry/i);
    expect(byId.get('dockerfile-run')?.summary).toMatch(/built/i);
    expect(byId.get('dockerfile-env')?.back).toContain('KEY=value');
    expect(byId.get('container-run-rm')?.back).toMatch(/exits/);
  });
});
