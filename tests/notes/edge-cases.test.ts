import { marked } from 'marked';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNote } from '../../src/notes/parse.js';
import { stubGrammar } from './grammar-stub.js';

// Issue 13, item 7 (the notes' part).
const parse = (text: string, file = 'edge.md') => parseNote(text, { file, grammar: stubGrammar, user: true });

afterEach(() => vi.restoreAllMocks());

describe('a bare instruction list', () => {
  it('- `ADD` with nothing after it gives no instruction card with an empty back', () => {
    const note = parse(
      '# Dockerfile\n\n- `ADD`\n- `COPY`\n- `RUN`\n\nInstructions a Dockerfile can hold, one per line.\n',
    );
    expect(note.cards.filter((c) => c.kind === 'instruction')).toEqual([]);
    for (const card of note.cards) expect(card.back.trim()).not.toBe('');
  });

  it('- `ADD` : text still is one', () => {
    const note = parse('# Dockerfile\n\n- `ADD` : copies files, and unpacks archives\n');
    expect(note.cards.map((c) => [c.kind, c.id])).toEqual([['instruction', 'edge-dockerfile-add']]);
  });
});

describe('a lone CR', () => {
  // Decided: a line break, as CommonMark and marked read it; so our line numbers are marked's lines.
  it('breaks lines as marked does, and source lines count it', () => {
    const text = '# One\r\rFirst text here.\r\r# Two\r\rSecond text here.\r';
    const headings = marked.lexer(text).filter((t) => t.type === 'heading');
    expect(headings.map((t) => t.raw.trim())).toEqual(['# One', '# Two']);
    const note = parse(text);
    expect(note.cards.map((c) => [c.front, c.source.line])).toEqual([
      ['One', 1],
      ['Two', 5],
    ]);
  });

  it('CRLF and CR give the same cards as LF', () => {
    const lf = '# A\n\nText of a.\n\n## B\n\n- `-d` : detached\n';
    const cards = (t: string) => parse(t).cards.map((c) => [c.id, c.back, c.source.line]);
    expect(cards(lf.replace(/\n/g, '\r'))).toEqual(cards(lf));
    expect(cards(lf.replace(/\n/g, '\r\n'))).toEqual(cards(lf));
  });
});

describe('YAML warnings', () => {
  it('name the file and line, and nothing is printed behind our back', () => {
    const emit = vi.spyOn(process, 'emitWarning');
    const warn = vi.spyOn(console, 'warn');
    const note = parse('---\ntitle: !odd Deck\n---\n# Hi\n\nSome text to keep.\n', 'notes/odd.md');
    expect(note.diagnostics).toEqual([
      { file: 'notes/odd.md', line: 2, message: 'front matter: Unresolved tag: !odd', severity: 'warning' },
    ]);
    expect(emit).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('C1 controls', () => {
  it('never reach a card, a deck or a diagnostic, raw or as entities', () => {
    const c1 = '\u0085\u009b31m\u009d0;t\u0007\u0090x\u009c';
    const note = parse(
      `---\ntitle: "T${c1}"\ntags: ["a${c1}"]\nlang: "x${c1}"\n---\n# Head${c1}\n\nBody &#x9b;2J text${c1}.\n\n- \`-d\` : det${c1}ached\n`,
    );
    const json = JSON.stringify(note);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(json).not.toMatch(/\\u00[89]/);
    expect(note.cards.length).toBeGreaterThan(0);
  });
});
