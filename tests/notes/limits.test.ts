import { describe, expect, it } from 'vitest';
import { boundLines, MAX_LINE_CHARS, MAX_NESTING, MAX_NOTE_CHARS } from '../../src/notes/limits.js';
import { parseNote } from '../../src/notes/parse.js';
import type { ParsedNote } from '../../src/notes/types.js';
import { stubGrammar } from './grammar-stub.js';

// Issue 13, item 2: pathological notes cost bounded time and memory and say which limit they hit.
// No timed assertions (the machine is shared): each case must finish inside vitest's timeout, and
// memory is bounded by heap deltas far above what a linear parse needs and far below a blow-up.

const MB = 1024 * 1024;

function parse(text: string): { note: ParsedNote; heapMB: number } {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const note = parseNote(text, { file: 'hostile.md', grammar: stubGrammar, user: true });
  const heapMB = (process.memoryUsage().heapUsed - before) / MB;
  return { note, heapMB };
}

const messages = (note: ParsedNote) => note.diagnostics.map((d) => `${d.line}: ${d.message}`);
const lines = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('limits, chosen from real notes (largest ~120 KB, longest line ~670, nesting ≤ 7)', () => {
  it('are what the diagnostics say', () => {
    expect([MAX_NOTE_CHARS, MAX_LINE_CHARS, MAX_NESTING]).toEqual([1_000_000, 10_000, 32]);
  });

  it('a 50 MB note is not read at all, with the limit and the reason', () => {
    const { note, heapMB } = parse(`# Big\n\n${'x'.repeat(50 * MB)}`);
    expect(note.cards).toEqual([]);
    expect(messages(note)).toEqual([
      '1: this note has 52,428,807 characters; notes over 1,000,000 are not read (the largest real notes have ~120,000)',
    ]);
    expect(note.diagnostics[0]!.severity).toBe('error');
    expect(heapMB).toBeLessThan(20);
  });

  it('nested quotes 1..3000 deep (4.5 MB) are over the size limit', () => {
    const { note } = parse(lines(3000, (i) => `${'>'.repeat(i + 1)} x`));
    expect(messages(note)[0]).toMatch(/^1: this note has 4,5\d\d,\d\d\d characters; notes over 1,000,000/);
  });

  it('100,000 bullets (1.5 MB) are over the size limit; 10,000 make one concept card', () => {
    expect(messages(parse(`# B\n\n${lines(100_000, (i) => `- bullet ${i}`)}`).note)[0]).toMatch(
      /notes over 1,000,000/,
    );
    const { note, heapMB } = parse(`# Bullets\n\n${lines(10_000, (i) => `- bullet ${i}`)}`);
    expect(note.cards).toHaveLength(1);
    expect(heapMB).toBeLessThan(200);
  });

  it('a 1 MB line is cut at 10,000 characters and the note still reads', () => {
    const { note } = parse(`# Long\n\nA line: ${'word '.repeat(190_000)}\n`);
    expect(note.cards).toHaveLength(1);
    expect(note.cards[0]!.back.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(messages(note)).toEqual([
      "3: this line is over 10,000 characters and cut there (real notes' lines are under 1,000)",
    ]);
  });

  it('10,000 nested quotes or list levels on one line: cut, then left out for its nesting', () => {
    for (const marker of ['>', '> ', '- ', '1. ']) {
      const { note } = parse(`# Deep\n\nSome text to keep.\n\n${marker.repeat(10_000)}x\n`);
      expect(note.cards.map((c) => c.front)).toEqual(['Deep']);
      expect(messages(note).join('\n')).toMatch(/5: this line nests quotes or lists over 32 levels deep/);
    }
  });

  it('every depth 1..200 of quotes and of indented lists, again and again (under 1 MB): deep lines go, linear work', () => {
    const quotes = lines(2000, (i) => `${'>'.repeat((i % 200) + 1)} q${i}`);
    const lists = lines(2000, (i) => `${'  '.repeat(i % 200)}- l${i}`);
    for (const body of [quotes, lists]) {
      const { note, heapMB } = parse(`# Nested\n\n${body}\n`);
      expect(note.cards.length).toBeGreaterThan(0);
      expect(messages(note).join('\n')).toMatch(/lines from here nest quotes or lists over 32 levels/);
      expect(heapMB).toBeLessThan(300);
    }
  });

  it('8,000 lazy continuation lines of a quote', () => {
    const { note } = parse(`# Lazy\n\n> start\n${'lazy line\n'.repeat(8000)}`);
    expect(note.cards).toHaveLength(1);
  });

  it('16,000 identical flag bullets get unique ids, numbered in order (linear de-duplication)', () => {
    const { note } = parse(
      `# Run\n\n\`\`\`\ndocker run nginx\n\`\`\`\n\n${'- `-d` : runs the container detached, in the background\n'.repeat(16_000)}`,
    );
    const ids = note.cards.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(16_000);
    expect(ids.at(-1)).toBe('hostile-container-run-detach-15999');
  });
});

describe('boundLines', () => {
  it('keeps line numbers: left-out lines become empty lines', () => {
    const text = `a\n${'>'.repeat(40)} deep\nb\n${'y'.repeat(MAX_LINE_CHARS + 5)}\nc`;
    const bounded = boundLines(text);
    expect(bounded.text.split('\n')).toEqual(['a', '', 'b', 'y'.repeat(MAX_LINE_CHARS), 'c']);
    expect(bounded.deep).toEqual({ line: 2, count: 1 });
    expect(bounded.long).toEqual({ line: 4, count: 1 });
  });

  it('leaves ordinary notes untouched (the same string)', () => {
    const text = '# T\n\n> a quote\n\n- a\n  - b\n    - c\n\n1. one\n';
    expect(boundLines(text)).toEqual({ text });
  });
});
