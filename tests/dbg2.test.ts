import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { joinAnswerKeys } from '../src/notes/answer-key.js';
import { parseNote } from '../src/notes/parse.js';
import { noteGrammar } from '../src/cli/note-grammar.js';
it('dbg', () => {
  const f = process.env.F!;
  const [n] = joinAnswerKeys([
    parseNote(readFileSync(f, 'utf8'), { file: f, grammar: noteGrammar, user: true }),
  ]);
  for (const c of n!.cards) console.log(JSON.stringify([c.source.line, c.kind, c.front, c.back]));
  for (const d of n!.diagnostics) console.log('diag', d.line, d.message);
  for (const s of n!.skipped ?? []) console.log('skip', s.line, s.reason);
});
