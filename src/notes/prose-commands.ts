// Commands explained in running text that no code shows:
//   `docker pause` freezes every process in the container …  `docker unpause` lets them carry on …
//   `docker pause`는 cgroup freezer로 … 얼려 버린다. … `docker unpause` 하면 멈췄던 지점부터 …
// A sentence that opens with a command in inline code is about that command, and so are the
// sentences after it, up to the next one that opens with a command. Read last (users' notes), over
// the text no other shape took, and only for a command the note has no card of: no other card's id
// changes, and a command the section's code shows keeps the card its code made.
import { normalizeDashes } from '../text/dashes.js';
import { commandId } from './flag-cards.js';
import { tidyMarkdown } from './markdown.js';
import { OPENER, type ProseBlock, textOf } from './prose-flags.js';
import type { NoteContext } from './recognizers/recognizer.js';
import { letters, sentencesOf } from './sentences.js';

/** Inline code of a docker command at the start of a sentence, and what follows it. */
const LEADING_COMMAND = /^\s*([^`]*?)`(?:\$\s*)?(docker\s+[^`\n]+)`([\s\S]*)$/;
/**
 * What makes the command the subject: an English verb (a lowercase word that is no noun, link word
 * or denial after it: `` `docker volume create` options: `` lists, `` `docker ps` and … `` pairs), a dash or colon,
 * a Korean particle or verb.
 */
const SUBJECT =
  /^(?:\s+(?!(?:options?|flags?|commands?|examples?|output|usage|syntax|and|or|vs|with|in|on|for|of|to|is\s+not|isn't|doesn't|also\s+works|does\s+the\s+same)\b)\p{Ll}|\s*[:—–]\s|\s*(?:은|는|이|가|을|를|으로|로|도|만)(?=\s|$)|\s*(?:하면|해서|하고|치면|실행하면)(?=\s|$))/u;
/**
 * Letters the sentences must say of their command, beyond its name: `lists their tasks` leans on the
 * sentence before it. Korean writes as much in half the letters.
 */
const MIN_TEXT = 20;
const MIN_HANGUL_TEXT = 10;
const HANGUL = /[\uac00-\ud7af]/;

interface Explained {
  code: string;
  /** None for a command line with flags: `docker build --target build .` builds … is about its flag. */
  path?: string;
  sentences: string[];
  line: number;
}

export function addProseCommands(blocks: ProseBlock[], context: NoteContext): void {
  const { builder, grammar } = context;
  const carded = new Set(builder.cards.flatMap((c) => (c.kind === 'command' ? [c.command] : [])));
  for (const { section, block } of blocks) {
    if (block.token.type !== 'paragraph' && block.token.type !== 'blockquote') continue;
    if (!block.token.raw.includes('`docker') && !block.token.raw.includes('`$')) continue;
    const found: Explained[] = [];
    for (const sentence of sentencesOf(textOf(block))) {
      const match = LEADING_COMMAND.exec(normalizeDashes(sentence.text));
      const path =
        match && OPENER.test(match[1]!.trim()) && SUBJECT.test(match[3]!)
          ? grammar.commandPath(match[2]!.trim().split(/\s+/).slice(1))
          : undefined;
      if (path) {
        const code = match![2]!.trim();
        const flagged = /\s-/.test(code);
        found.push({ code, ...(flagged ? {} : { path }), sentences: [sentence.text], line: sentence.line });
      }
      // A sentence that opens with no command goes on saying what the last one does.
      else found.at(-1)?.sentences.push(sentence.text);
    }
    for (const { code, path, sentences, line } of found) {
      const back = tidyMarkdown(sentences.join(' ').replace(/\s+/g, ' ').trim());
      if (!path || carded.has(path) || letters(back) < (HANGUL.test(back) ? MIN_HANGUL_TEXT : MIN_TEXT))
        continue;
      carded.add(path);
      const key = commandId(path);
      builder.add(
        { kind: 'command', front: `\`${code}\``, back, command: path, examples: [] },
        { key, scope: 'global', alternatives: [[key, section.title]] },
        { line: block.line + line, endLine: block.line + line, recognizer: 'prose-commands' },
      );
    }
  }
}
