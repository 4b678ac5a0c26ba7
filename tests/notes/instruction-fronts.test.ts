// An instruction explained under a heading about something else is asked with that heading.
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';

const fronts = (text: string, user = true) =>
  parseNote(text, { file: 'i.md', grammar: noteGrammar, user })
    .cards.filter((c) => c.kind === 'instruction')
    .map((c) => c.front);

const CACHE = [
  '## How the build cache decides',
  '',
  '- `RUN` — only the command text is compared, so the same string is a hit forever.',
  '- `FROM` — a base tag that points to a new image makes every step a miss.',
].join('\n');

describe('instruction cards of a section about something else', () => {
  it('front the instruction with the heading; under an instructions heading, bare', () => {
    expect(fronts(CACHE)).toEqual([
      'How the build cache decides › `RUN`',
      'How the build cache decides › `FROM`',
    ]);
    expect(fronts(CACHE.replace('How the build cache decides', 'Dockerfile 명령어'))).toEqual([
      '`RUN`',
      '`FROM`',
    ]);
    expect(fronts(CACHE, false)).toEqual(['`RUN`', '`FROM`']);
  });
});
