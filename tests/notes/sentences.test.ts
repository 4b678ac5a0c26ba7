import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/notes/sentences.js';

const texts = (text: string) => sentencesOf(text).map((s) => [s.line, s.text.trim()]);

describe('sentencesOf', () => {
  it('ends a sentence at its mark, but not at e.g. or inside inline code', () => {
    expect(texts('Use `.State.Status` here, e.g. in scripts. Then stop.')).toEqual([
      [0, 'Use `.State.Status` here, e.g. in scripts.'],
      [0, 'Then stop.'],
    ]);
  });

  it('ends one at a line break after Korean, and gives each the line of its first word', () => {
    expect(texts('목록을 본다\n`-q`는 이름만 찍는다')).toEqual([
      [0, '목록을 본다'],
      [1, '`-q`는 이름만 찍는다'],
    ]);
  });

  it('ends one before a line that opens with a flag, but not at a wrapped English line', () => {
    expect(texts('It is only stopped, so\nit comes back.\n--rm removes it')).toEqual([
      [0, 'It is only stopped, so\nit comes back.'],
      [2, '--rm removes it'],
    ]);
  });
});
