// The notes stage speaks English (it keeps no UI language); noteWarning and skipReason say it in
// Korean. One sentence of each kind the notes and the note loader write, as they write it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';
import { noteWarning, skipReason } from '../../src/ui/messages.js';

const FIXTURES = join(import.meta.dirname, '../notes/fixtures');

const HANGUL = /[\uac00-\ud7a3]/;

const SENTENCES = [
  "front matter in 'toml' is not allowed; only YAML front matter is read",
  'front matter is not closed with a `---` line',
  'front matter over 20,000 characters is not read (real front matter is a few lines)',
  "front matter 'tags' has 80 tags; the first 64 are kept",
  'this note has 2,500,000 characters; notes over 2,000,000 are not read (the largest real notes have ~120,000)',
  'this note has 3,000,000 bytes; notes over 2,000,000 characters are not read (the largest real notes have ~120,000)',
  'this note could not be read: it is nested too deeply',
  "this line is over 10,000 characters and cut there (real notes' lines are under 1,000)",
  "3 lines from here are over 10,000 characters and cut there (real notes' lines are under 1,000)",
  'this line nests quotes or lists over 100 levels deep and is left out (real notes nest under 10)',
  '4 lines from here nest quotes or lists over 100 levels deep and are left out (real notes nest under 10)',
  "flag '--frob' has no description and no example; no card",
  'not a regular file (a pipe); not read',
  'cannot read this folder (EACCES)',
  'cannot read this note (EISDIR)',
  "the question '레지스트리란?' has no answer in its row",
  'this START … END card has no back',
  "the question 'What is --rm?' has no answer below it",
];

describe('noteWarning', () => {
  it.each(SENTENCES)('%s', (sentence) => {
    const said = noteWarning('ko', sentence);
    expect(said).not.toBe(sentence);
    expect(said).toMatch(HANGUL);
    // Numbers, flags and codes carry over.
    for (const kept of sentence.match(/[\d,]{2,}|--\w+|E[A-Z]+|'toml'/g) ?? []) expect(said).toContain(kept);
    expect(noteWarning('en', sentence)).toBe(sentence);
  });
});

describe('skipReason', () => {
  it('every reason lint gives for a skipped span has a Korean form', () => {
    for (const reason of [
      'links only',
      'a table of contents',
      'tags',
      'an image',
      'an embed',
      'an image or embed',
      'HTML markup without text',
      'reference links',
      'a placeholder, not yet written',
      'a heading with nothing under it',
      'an empty heading',
      'text before the first heading',
      'too little text to teach anything',
      'an introduction to the cards below it',
      'a question with an empty answer',
      'a question with no answer',
      'a card with an empty side',
      'an answer-key entry (its question gets the answer)',
      "a page's properties (dates, tags, status)",
      'a to-do list',
    ]) {
      expect(skipReason('ko', reason), reason).toMatch(HANGUL);
      expect(skipReason('en', reason)).toBe(reason);
    }
  });

  it('has a Korean form of every reason the notes fixtures are skipped for', () => {
    const reasons = new Set<string>();
    for (const file of readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.md')) continue;
      const note = parseNote(readFileSync(join(FIXTURES, file), 'utf8'), {
        file,
        grammar: noteGrammar,
        user: true,
      });
      for (const span of note.skipped ?? []) reasons.add(span.reason);
    }
    // The fixtures exercise most of them: the list above is not all there is to check.
    expect(reasons.size).toBeGreaterThan(10);
    for (const reason of reasons) expect(skipReason('ko', reason), reason).toMatch(HANGUL);
  });
});
