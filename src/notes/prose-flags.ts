// Flags explained in running text rather than set apart as lines or rows:
//   `--subnet` is optional and only needed if …        (a clause that opens with the flag)
//   `-f` (`--follow`) 를 주면 새 로그를 계속 따라간다     (a flag, its other name, a particle)
//   `docker network disconnect` removes it (`-f` to force) / Pass `--rm` so that …
//   `docker network create --internal backend` creates …  (a command in inline code, with one flag)
// and Dockerfile instructions the same way (`USER` takes a name or a UID …, `ENTRYPOINT`는 …).
// Read last, over the text no other shape took, so that no card another shape made changes its id.
// A card only for a flag of a command the sentence or the section's code shows, and only once per
// note: a sentence that merely mentions a flag (`I kept copy-pasting --network`) opens no clause
// with it, and a flag of no command shown is left as the text it is.
import { normalizeDashes } from '../text/dashes.js';
import { flagsOf, instructionFront, isInstruction } from './bullets.js';
import type { Block, Section } from './document.js';
import { addFlagCard, noteCommandWith, resolveFlag, usesFlag } from './flag-cards.js';
import { countLines, tidyMarkdown } from './markdown.js';
import { A_LINE } from './questions.js';
import type { NoteContext, RowText } from './recognizers/recognizer.js';
import { letters, sentencesOf, textWeight } from './sentences.js';

export interface ProseBlock {
  section: Section;
  block: Block;
}

const FLAG = /^(-{1,2}[A-Za-z0-9][\w-]*)(?:[= ][^\s`]+)?$/;
const COMMAND = /^(?:\$\s*)?docker\s+(.+)$/;
/** Inline code that opens with an instruction's name: `USER`, `HEALTHCHECK [OPTIONS] CMD …`. */
const INSTRUCTION = /^([A-Z]{2,11})(?:\s|$)/;
/** What may follow an instruction's name in code about the instruction: nothing, a flag, a keyword (`NONE`), or its syntax. */
const ABOUT_INSTRUCTION = /^\s*(?:$|--?[a-z]|[A-Z]+(?:\s|$)|.*[[<])/;
/** Inline code, and other names of the same flag right after it: `` `-f` (`--follow`) ``, `` `-f` / `--format` ``. */
const MENTION =
  /`([^`\n]+)`((?:\s*(?:\(\s*(?:or\s+|또는\s+)?`-{1,2}[\w-]+`\s*\)|\(\s*-{1,2}[\w-]+\s*\)|\/\s*`-{1,2}[\w-]+`|,\s*`--[\w-]+`))*)/g;
/** The other names after a flag: `` (`--follow`) ``, `(--quiet)`, `` / `--format` ``. */
const ALIAS = /`(-{1,2}[\w-]+)`|\(\s*(-{1,2}[\w-]+)\s*\)/g;
/** A bare flag before a Korean particle, maybe with its value: `save의 -o 는 …`, `--log-opt max-size=10m 은 …`. */
const BARE_FLAG =
  /(^|\s)(-{1,2}[a-z][\w-]*)((?:[= ][^\s`"'\uac00-\ud7af-][^\s`"'\uac00-\ud7af]*)?)(?=\s*(?:옵션|플래그)?\s*(?:은|는|을|를|으로|로)\s)/g;

/** Programs whose flags notes mention beside docker's: `sh -c`, `tar -C`, `curl -s`. */
const OTHER_PROGRAM =
  /(?:^|[\s`(])(?:sh|bash|zsh|tar|curl|wget|grep|ls|cp|mv|rm|mkdir|chmod|chown|ssh|scp|git|pip|pip3|npm|apt|apt-get|apk|ps|kill|xargs|jq|sed|awk|ss|netstat|dig|nslookup|ping|gunicorn|python|python3|node|java)\s+$/;

/** A cheap first look: inline code of a flag, an instruction or a command, or a bare flag. */
const MAY_MENTION = /`\s*(?:[-–—]|[A-Z]{2}|(?:\$\s*)?docker\s)|(?:^|\s)(?:-{1,2}|[–—])[a-z]/;

/** What may come before a flag at the start of its clause: `Then`, `and`, `또`, `the`. */
export const OPENER =
  /^(?:(?:then|and|also|so|but|plus|finally|now|here|or|그리고|또|또한|그래서|참고로|반면|대신|추가로)\s*,?\s*)*(?:the\s+)?$/i;
/** A Korean particle or verb after the flag: it is what the clause is about, wherever it stands. */
const PARTICLE =
  /^\s*(?:옵션|플래그)?\s*(?:(?:은|는|이|가|을|를|으로|로|도|만)(?=\s|$)|(?:을|를)?\s*(?:주면|붙이면|쓰면|넣으면|사용하면|추가하면|주고|붙이고|붙여서|줘서|쓰고)(?=\s|$))/;
/** An English verb before the flag: `Pass --rm so …`, `use -f to force`, `add -a to …`. */
const VERB_BEFORE = /\b(?:pass|passing|use|using|add|adding|with|set|give it|run it with)\s+$/i;
const AFTER_VERB = /^\s*(?:to|so|and|for|when|if|,|:|—|–|-)\s/i;

const CLAUSE_START = /[,;:(—–]\s*$/;
/** `` (or `` between a flag and its other name in brackets: `--tail 50` (or `-n 50`). */
const ALIAS_ASIDE = /^\s*\(\s*(?:or|aka|i\.e\.|=|또는|혹은)?\s*$/i;
const LIST_GAP = /^\s*(?:,|\/|and|or|및|와|과|,\s*and)\s*$/i;
/** `-f status=exited`: one flag and the value written with it. */
const WITH_VALUE = /^-{1,2}[A-Za-z0-9][\w-]*[ =](\S.*)$/;

/** `-it`로 띄운 컨테이너: the flag says how a container was made, in a clause about something else. */
const MADE_WITH =
  /^\s*(?:옵션|플래그)?\s*(?:으로|로)\s*(?:띄운|띄워진|띄웠던|실행한|실행된|실행시킨|만든|만들어진|시작한|돌린|돌아가는|켠|생성한|생성된)(?=\s|$)/;

/** Letters a clause says of its flag, at least (`-t 로 시간을 바꾼다` has 6; `--rm을 붙이면 된다` says nothing). */
const MIN_TEXT = 6;

/** A to-do in a sentence: the marker in capitals, `작성 예정`, or what comes `next week:`. */
export const TO_DO_SENTENCE =
  /(?<![\p{L}])(?:TODO|TBD|FIXME)(?![\p{L}])|(?:작성|추가|정리)\s*예정|^\s*(?:next\s+(?:week|time|post|up)|다음\s*(?:주|글|시간|번))\s*[:：]/iu;

/** Reads the flags of each block's running text into flag cards (see the header). */
export function addProseFlags(blocks: ProseBlock[], context: NoteContext): void {
  for (const { section, block } of blocks) {
    if (!MAY_MENTION.test(block.token.raw)) continue;
    for (const sentence of sentencesOf(textOf(block))) {
      // `롤백 절차: TODO — \`--rollback\` 테스트해 보고 작성 예정`: what the writer means to find out.
      if (TO_DO_SENTENCE.test(sentence.text)) continue;
      const mentions = mentionsIn(sentence.text);
      const said = mentions.flatMap((m) => m.flags);
      for (const mention of mentions) {
        const line = block.line + sentence.line + mention.line;
        if (mention.instruction) {
          if (context.onlyNewFlags) continue;
          addInstruction(mention.instruction, tidyMarkdown(mention.description), line, section, context);
          continue;
        }
        const command = mention.words
          ? ownCommand(mention.words, mention.flags, context)
          : (openedBy(block, mention.flags, context) ??
            commandFor(mention.flags, said, sentence.text, section, line, context));
        if (!command) continue;
        if (mention.words && aloneInCode(command, mention.flags, section, context)) continue;
        // `-icc=false` is not `-i -c -c`: letters run together only as the section's code writes them.
        const cluster = mention.flags.find((f) => /^-[A-Za-z]{2,}$/.test(f));
        if (
          cluster &&
          !context.commandsOf(section).some((l) => l.path === command && l.words.includes(cluster))
        )
          continue;
        addFlagCard(
          {
            term: mention.flags.join(', '),
            flags: mention.flags,
            description: tidyMarkdown(mention.description),
            line,
            endLine: line,
            recognizer: 'prose-flags',
            command,
            inProse: true,
            ...(mention.value ? { value: mention.value } : {}),
          },
          section,
          context,
        );
      }
    }
  }
}

/**
 * `| \`docker context rm prod\` | delete it; \`-f\` is needed if it is in use |`: flags a command
 * table row tells of in its text are its command's (when the command has them).
 */
export function addRowFlags(rows: readonly RowText[], context: NoteContext): void {
  for (const { section, command, text, line } of rows) {
    if (!MAY_MENTION.test(text)) continue;
    for (const sentence of sentencesOf(text)) {
      for (const mention of mentionsIn(sentence.text)) {
        if (mention.words || mention.instruction) continue;
        if (!mention.flags.every((f) => resolveFlag(context, command, f))) continue;
        const { flags, description, value } = mention;
        const flag = {
          term: flags.join(', '),
          flags,
          description: tidyMarkdown(description),
          line,
          endLine: line,
          ...(value ? { value } : {}),
        };
        addFlagCard({ ...flag, recognizer: 'prose-flags', command, inProse: true }, section, context);
      }
    }
  }
}

export function textOf(block: Block): string {
  const raw = block.token.raw;
  if (block.token.type === 'blockquote') return raw.replace(/^[ \t]*>[ \t]?/gm, '');
  if (block.token.type === 'list_item') return raw.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '');
  return raw;
}

interface Mention {
  flags: string[];
  /** A Dockerfile instruction instead of flags: `` `USER` takes … ``. */
  instruction?: string;
  /** The command's words when the flag is inside its inline code (`docker network create --internal`). */
  words?: string[];
  description: string;
  /** Lines from the sentence's first. */
  line: number;
  /** The value written with a single flag: `-f status=exited`. */
  value?: string;
}

function mentionsIn(sentence: string): Mention[] {
  const found: {
    index: number;
    end: number;
    flags: string[];
    words?: string[];
    instruction?: string;
    value?: string;
  }[] = [];
  const text = normalizeDashes(sentence);
  for (const match of text.matchAll(MENTION)) {
    const code = match[1]!.trim();
    const instruction = INSTRUCTION.exec(code)?.[1];
    if (instruction && isInstruction(instruction)) {
      // `RUN cd /app`, `COPY . .`: a line of some Dockerfile, which the sentence is about; the
      // instruction alone, with a flag, or in its syntax (`HEALTHCHECK [OPTIONS] CMD …`) is the instruction.
      if (!ABOUT_INSTRUCTION.test(code.slice(instruction.length))) continue;
      found.push({ index: match.index, end: match.index + match[0].length, flags: [], instruction });
      continue;
    }
    const aliases = [...match[2]!.matchAll(ALIAS)].map((m) => (m[1] ?? m[2])!);
    const single = FLAG.exec(code);
    const flags = flagsOf(code) ?? (single ? [single[1]!] : undefined);
    if (flags) {
      const value = flags.length === 1 ? WITH_VALUE.exec(code)?.[1] : undefined;
      found.push({
        index: match.index,
        end: match.index + match[0].length,
        flags: [...flags, ...aliases],
        ...(value ? { value } : {}),
      });
      continue;
    }
    // `docker network create --internal backend` creates …: a command line of one flag, a verb after it.
    const words = COMMAND.exec(code)?.[1]?.split(/\s+/);
    const named = words?.filter((w) => /^-{1,2}[A-Za-z0-9]/.test(w)).map((w) => w.replace(/=.*$/, ''));
    const one = named?.length === 1 && !/^-[A-Za-z]{2,}$/.test(named[0]!);
    if (words && one && /^\s+\p{L}/u.test(text.slice(match.index + match[0].length))) {
      found.push({ index: match.index, end: match.index + match[0].length, flags: named!, words });
    }
  }
  for (const match of text.matchAll(BARE_FLAG)) {
    const index = match.index + match[1]!.length;
    // `-d -p -v -e 는 이미 아니까 패스`: the last of a run of flags is no subject of its own; and
    // `sh -c 로 감싸는 이유`: a flag right after another program's name is that program's.
    const before = text.slice(0, index);
    if (/(?:^|\s)-{1,2}[\w-]+\s*$/.test(before) || OTHER_PROGRAM.test(before)) continue;
    if (!found.some((f) => f.index <= index && index < f.end)) {
      const value = match[3]!.replace(/^[= ]/, '');
      found.push({
        index,
        end: index + match[2]!.length + match[3]!.length,
        flags: [match[2]!],
        ...(value ? { value } : {}),
      });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // `--tail 50` (or `-n 50`): a flag in an aside right after another is its other name.
  for (let i = found.length - 1; i > 0; i--) {
    const [previous, at] = [found[i - 1]!, found[i]!];
    if (
      ALIAS_ASIDE.test(text.slice(previous.end, at.index)) &&
      /^\s*\)/.test(text.slice(at.end)) &&
      !at.words &&
      !previous.words
    ) {
      previous.flags = [...previous.flags, ...at.flags];
      found.splice(i, 1);
    }
  }
  const mentions: Mention[] = [];
  for (const [i, at] of found.entries()) {
    // `` `RUN`, `CMD`, `ENTRYPOINT` 가 … ``: the later names of a list are no subject of their own.
    const previous = found[i - 1];
    const before = text.slice(0, at.index);
    const after = text.slice(at.end);
    // A flag of such a list that says something of its own before the next one (`-f` follow,
    // `--tail N`, `-t` timestamps) is a subject all the same.
    const ownText = after
      .slice(0, Math.max(0, (found[i + 1]?.index ?? text.length) - at.end))
      .split(/[,;]/, 1)[0]!;
    const saysOwn = at.flags.length > 0 && weight(ownText.replace(PARTICLE, '')) >= MIN_TEXT;
    if (previous && LIST_GAP.test(text.slice(previous.end, at.index)) && !saysOwn) continue;
    // (A dash sets a clause off too: `Second builds for two CPUs — \`--platform\` takes a list`.)
    const clauseStart = Math.max(before.search(/[^,;:(—–]*$/), 0);
    // (`…, \`--since 10m\` limits it to ten minutes and \`-t\` prefixes …`: the last clause of a list.)
    const afterClause =
      previous !== undefined &&
      /\s(?:and|그리고)\s+$/.test(before) &&
      weight(text.slice(previous.end, at.index).replace(/\s(?:and|그리고)\s+$/, '')) >= MIN_TEXT;
    const opensClause =
      (OPENER.test(before.slice(clauseStart).trim()) &&
        (clauseStart === 0 || CLAUSE_START.test(before.slice(0, clauseStart)))) ||
      afterClause;
    const named = VERB_BEFORE.test(before) && AFTER_VERB.test(after);
    if (MADE_WITH.test(after)) continue;
    const subject = (opensClause && /^\s*[^\s)]/.test(after)) || PARTICLE.test(after) || named;
    // Its clause, up to the next flag or comma, must say something of it (`…, --label.` lists one
    // more; `(…, ENV KEY = value, anything but …)` lists examples). The
    // back is the whole sentence: `-e는 ENV 값을, -u는 USER를 바꾼다` shares one verb.
    const stop = after.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length)).search(/[,;)]/);
    const end = Math.min(found[i + 1]?.index ?? text.length, stop === -1 ? text.length : at.end + stop);
    // A Korean subject's verb may come after other names (`USER`를 쓰면 그 뒤의 `RUN`, … 실행된다).
    const says =
      weight(text.slice(at.end, end).replace(PARTICLE, '')) >= MIN_TEXT ||
      (PARTICLE.test(after) && letters(after) >= 2 * MIN_TEXT) ||
      // `You can override it using --entrypoint, but …`: what it does comes before it.
      (named && letters(before) >= MIN_TEXT);
    if (!subject || !says) continue;
    // `A: --rm removes it`: the label of a written answer is no part of what it says.
    const sentenceText = text.replace(/\s+/g, ' ').trim();
    const description = A_LINE.exec(sentenceText)?.[1] || sentenceText;
    mentions.push({
      flags: [...new Set(at.flags)],
      description,
      line: countLines(before),
      ...(at.words ? { words: at.words } : {}),
      ...(at.instruction ? { instruction: at.instruction } : {}),
      ...(at.value ? { value: at.value } : {}),
    });
  }
  return mentions;
}

/**
 * `docker compose up -d` said of in the text, and the section's code has just that line: the text
 * tells what the line does, and the line's command card holds it already.
 */
function aloneInCode(command: string, flags: string[], section: Section, context: NoteContext): boolean {
  const longs = (words: string[]) =>
    new Set(words.flatMap((w) => resolveFlag(context, command, w)?.map((f) => f.long) ?? [w]));
  const said = longs(flags);
  return context.commandsOf(section).some((l) => {
    if (l.path !== command) return false;
    const used = longs(
      l.words.filter((w) => w.startsWith('-')).map((w) => normalizeDashes(w).replace(/=.*$/, '')),
    );
    return used.size === said.size && [...used].every((f) => said.has(f));
  });
}

/** An instruction's card, once per note: a card of it from another shape comes first. */
function addInstruction(
  instruction: string,
  description: string,
  line: number,
  section: Section,
  context: NoteContext,
) {
  const { builder } = context;
  if (builder.cards.some((c) => c.kind === 'instruction' && c.term === instruction)) return;
  // `## FROM` over `` `FROM scratch` = … ``: the section's card teaches the instruction, and this
  // sentence is one detail of it, no card of the instruction by itself.
  if (new RegExp(`^[^\\p{L}]*${instruction}(?![\\p{L}\\d_-])`, 'u').test(section.title)) return;
  const key = `dockerfile-${instruction.toLowerCase()}`;
  builder.add(
    {
      kind: 'instruction',
      front: instructionFront(instruction, section.title, builder.user),
      back: description,
      term: instruction,
    },
    { key, scope: 'global', alternatives: [[key, section.title]] },
    { line, endLine: line, recognizer: 'prose-flags' },
  );
}

function ownCommand(words: string[], flags: string[], context: NoteContext): string | undefined {
  const path = context.grammar.commandPath(words);
  if (!path || !flags.every((f) => resolveFlag(context, path, f))) return undefined;
  return flags.every((f) => dockerReads(words, path, f, context)) ? path : undefined;
}

/** `- \`docker ps\` — lists …; add \`-a\` to …`: the command an item opens with is its flags' when it has them. */
function openedBy(block: Block, flags: string[], context: NoteContext): string | undefined {
  if (block.token.type !== 'list_item') return undefined;
  const opener = /^\s*(?:[-*+]|\d+[.)])\s+`((?:\$\s*)?docker\s[^`]+)`/.exec(block.token.raw)?.[1];
  const command = opener && context.commandsIn(`\`${opener}\``)[0];
  return command && flags.every((f) => resolveFlag(context, command, f)) ? command : undefined;
}

/** Commands that stop reading flags at their first operand: what follows is the container's. */
const STOPS_AT_OPERAND = /\s(?:run|create|exec)$/;

/** `docker run myimg --help`: a flag after the image is the program's argument, not docker's. */
function dockerReads(words: string[], path: string, flag: string, context: NoteContext): boolean {
  if (!STOPS_AT_OPERAND.test(path)) return true;
  const commandWords = new Set(path.split(' '));
  let i = 0;
  while (i < words.length && commandWords.has(words[i]!)) i++;
  for (; i < words.length; i++) {
    const word = normalizeDashes(words[i]!);
    if (!word.startsWith('-')) return false;
    const name = word.replace(/=.*$/, '');
    if (name === flag) return true;
    if (!word.includes('=') && context.grammar.flag(path, name)?.takesValue) i++;
  }
  return true;
}

/**
 * The command a flag in running text belongs to, and only one that has it: the first named in the
 * same sentence (none, when the sentence names commands without it); else the nearest code line of
 * the section that uses the flag, of a command that has every flag the sentence tells of; else the one command of the section's code that has it; else the
 * section's own command (heading, parents, text) or the note's, when it has it.
 */
function commandFor(
  flags: string[],
  said: string[],
  sentence: string,
  section: Section,
  line: number,
  context: NoteContext,
): string | undefined {
  const has = (path: string | undefined): path is string =>
    !!path && flags.every((f) => resolveFlag(context, path, f));
  const named = context.commandsIn(sentence);
  const inSentence = named.filter(has);
  if (inSentence.length > 0) return inSentence[0];
  if (named.some(Boolean)) return undefined;
  const lines = context.commandsOf(section);
  const uses = lines.filter((l) => has(l.path) && usesFlag(l, flags));
  // `-a 를 붙이면 …, -f 는 …`: the line's command must have every flag the sentence tells of.
  const fits = uses.filter((l) => said.every((f) => resolveFlag(context, l.path, f)));
  const nearest = fits.filter((l) => l.line <= line).at(-1) ?? fits[0];
  if (nearest) return nearest.path;
  if (uses.length > 0) return undefined;
  const paths = [...new Set(lines.map((l) => l.path))].filter(has);
  if (paths.length === 1) return paths[0];
  if (paths.length > 1) return undefined;
  const own = context.commandFor(section, line);
  if (has(own)) return own;
  // Under `## COPY --link`, a flag is the instruction's, whatever command the note has it too.
  if ([section.title, ...section.parents].some((t) => t.split(/[\s`]+/).some(isInstruction)))
    return undefined;
  return noteCommandWith(flags, context);
}

/** A verb that only says the flag is given (`붙이면 된다`): it says nothing of what it does. */
const GIVING = /^\s*(?:주면|붙이면|쓰면|넣으면|사용하면|추가하면|주고|붙이고|붙여서|줘서|쓰고)(?=\s|$)/;

/** What a flag's text says, a verb that only gives the flag left out. */
const weight = (said: string) => textWeight(said.replace(GIVING, ''));
