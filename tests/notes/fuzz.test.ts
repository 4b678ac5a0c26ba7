import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/notes/parse.js';
import { stubGrammar } from './grammar-stub.js';

// Issue 13: mutated notes, built from our fixtures, fed to the parser. Whatever the mutation, the parse
// never fails inside (no "could not be read"), every card has a front and a back, and every card's
// source line is a line of its file.
const DIR = join(__dirname, 'fixtures');
const fixtures = [
  ...readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md'),
  ...readdirSync(join(DIR, 'shapes'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('shapes', f)),
].map((f) => readFileSync(join(DIR, f), 'utf8'));

// Bits that mean something to markdown or to a recognizer, and some that mean nothing.
const PIECES = [
  '#',
  '## ',
  '> ',
  '- ',
  '1. ',
  '`',
  '```',
  '|',
  '::',
  '==',
  '?',
  'Q: ',
  'A: ',
  '<details>',
  '</summary>',
  '---',
  '\t',
  '\r',
  '\n',
  '**',
  '-d',
  'docker run ',
  '&amp;',
  '[[',
  ']]',
  '{{c1::',
  '}}',
  '\u001b[31m',
  '\u0085',
  '한',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(5) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(5) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length * 7);
    else if (m.kind === 'duplicate') {
      const lines = out.split('\n');
      const i = at % Math.max(1, lines.length);
      lines.splice(i, 0, ...lines.slice(i, i + m.length));
      out = lines.join('\n');
    } else if (m.kind === 'cut') out = out.slice(0, at);
    else out = out.slice(0, at) + m.text + out.slice(at);
  }
  return out;
}

describe('the parser on mutated notes', () => {
  it('never fails inside; cards have a front and a back; source lines are in the file', () => {
    fc.assert(
      fc.property(fc.nat(fixtures.length - 1), fc.array(mutation, { maxLength: 6 }), (which, mutations) => {
        const text = mutate(fixtures[which]!, mutations);
        const note = parseNote(text, { file: 'fuzz.md', grammar: stubGrammar, user: true });
        const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).length;
        expect(note.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/could not be read/);
        for (const card of [...note.cards, ...(note.openQuestions ?? []).map((o) => o.card)]) {
          expect(card.front.trim(), card.id).not.toBe('');
          expect(card.back.trim(), card.id).not.toBe('');
          expect(card.source.line).toBeGreaterThanOrEqual(1);
          expect(card.source.line).toBeLessThanOrEqual(lines);
        }
        for (const d of note.diagnostics) expect(d.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});
