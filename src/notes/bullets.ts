import type { Token, Tokens } from 'marked';
import { normalizeDashes } from '../text/dashes.js';
import { anchorOf } from './anchors.js';
import { plainText, tidyMarkdown } from './markdown.js';

/** A bullet of the form `term : description`, e.g. - `FROM` : …, - __-d__ : …, - -t : … */
export interface TermBullet {
  /** The term as plain text, dashes normalized: `FROM`, `-d`, `-p, --publish`. */
  term: string;
  /** True when the term was marked up (code, bold or italic) rather than plain text. */
  marked: boolean;
  /** Markdown after the colon. */
  description: string;
  /** Markdown of the item's further blocks (continuation paragraphs, code, nested lists). */
  rest: string;
  /** Code blocks inside the item. */
  code: Tokens.Code[];
  anchor?: string;
}

const MARKUP = new Set(['codespan', 'strong', 'em']);
/** A colon that parts a term from its text: not one inside a word (`pgdata:/data`, `8080:80`). */
const COLON = /\s*[:：](?=\s|$)\s*|\s+[:：]\s*/;
/** What may stand between a term and its description: `:`, or a dash with space around it. */
const SEPARATOR = /^\s*(?:[:：]|\s[—–-]{1,2}(?=\s)|[—–](?=\s)|\s*(?:→|->|=>|⇒)(?=\s))\s*/;
/** A plain-text flag line without a colon: `-v 볼륨 연결`, `-d (background)`, `-p, --publish 포트`. */
const PLAIN_FLAGS =
  /^((?:-{1,2}[A-Za-z0-9][\w-]*(?:=\S+)?)(?:\s*[,/|]\s*-{1,2}[A-Za-z0-9][\w-]*)*)(?:\s+(<[^>]+>|[A-Z_]{2,}|(?=\S*[=/:])[^\s-]\S*)(?=\s|$))?\s+(?:(?:[—–-]{1,2}|->|→|=>)\s+)?(\S.*)$/s;
/** `--user root`, `-e KEY=1` before a colon: the flags, then one word of value. */
/** Words that lean on the term before them: `--since 1h 처럼 …`, `-a 랑 같이 …`. */
const LEANS_ON_TERM = /^(?:처럼|같이|이나|이랑|랑|하고|와|과|도|만)(?=\s|$)/;
/** A Korean subject or object particle right after the term. */
const SUBJECT_PARTICLE = /^(?:은|는|이|가|을|를|으로|로)(?=\s)/;
/** `를 주면 `, `은 `: the particle (and the verb of giving the flag) before what a flag does. */
export const GIVEN = /^(?:(?:을|를)\s*(?:주면|붙이면|쓰면|넣으면|추가하면)|은|는|을|를|으로|로)\s+/;
const FLAGS_AND_VALUE = /^(\S+(?:\s*,\s*\S+)*)[ =][^\s-]\S*$/;

const read = new WeakMap<Tokens.ListItem, TermBullet | null>();

/** The item read as `term : description` (cached: several recognizers ask of the same item). */
export function readTermBullet(item: Tokens.ListItem): TermBullet | undefined {
  let bullet = read.get(item);
  if (bullet === undefined) {
    bullet = readBullet(item) ?? null;
    read.set(item, bullet);
  }
  return bullet ?? undefined;
}

function readBullet(item: Tokens.ListItem): TermBullet | undefined {
  const [first, ...others] = item.tokens;
  if (!first || (first.type !== 'paragraph' && first.type !== 'text')) return undefined;
  const inline: Token[] = (first as Tokens.Paragraph).tokens ?? [];
  const split = splitAtColon(inline);
  if (!split) return undefined;
  const code = others.filter((t): t is Tokens.Code => t.type === 'code');
  const anchor = others.map(anchorOf).find(Boolean);
  const rest = others
    .filter((t) => t.type !== 'space' && !anchorOf(t))
    .map((t) => t.raw.trim())
    .join('\n\n');
  // `doesn&rsquo;t` and `<br>` as the reader sees them (code spans stay as written).
  return Object.assign(split, { description: tidyMarkdown(split.description), rest, code, anchor });
}

function splitAtColon(inline: Token[]): Pick<TermBullet, 'term' | 'marked' | 'description'> | undefined {
  const head = inline[0];
  if (!head) return undefined;
  // `[FROM](…#from) Sets the base image`: a link that names an instruction or a flag is its term.
  const linkedTerm =
    head.type === 'link' && isTermText(plainText((head as Tokens.Link).tokens).trim()) ? head : undefined;
  if (MARKUP.has(head.type) || linkedTerm) {
    // Marked-up term, possibly several (`-p`, `--publish`), then `: description`.
    let i = 1;
    const termTokens: Token[] = [head];
    while (i < inline.length) {
      const t = inline[i]!;
      if (MARKUP.has(t.type)) termTokens.push(t);
      else if (t.type === 'text' && /^[\s,/]*$/.test(t.raw)) termTokens.push(t);
      else break;
      i++;
    }
    const term = normalizeDashes(plainText(termTokens).trim());
    const next = inline[i];
    if (!next) return { term, marked: true, description: '' };
    const separator = next.type === 'text' ? SEPARATOR.exec(next.raw) : null;
    if (!separator) {
      // `**--rm** 끝나면 지우기`, `` `-d` (background) ``: a flag right before its text; an
      // instruction so only when linked (`[FROM](…) Sets …`, the docs' own cheat-sheet form).
      if (
        !(flagsOf(term) || flagWithValue(term) || (linkedTerm && isInstruction(term))) ||
        !/^\s/.test(next.raw)
      )
        return undefined;
      const description = inline
        .slice(i)
        .map((t) => t.raw)
        .join('')
        .trim();
      // `` `--since 1h` 처럼 과거 이벤트도 … ``: the flag is what the sentence is about; it stays.
      if (LEANS_ON_TERM.test(description))
        return {
          term,
          marked: true,
          description: inline
            .map((t) => t.raw)
            .join('')
            .trim(),
        };
      // `` `--format "…"`로 컬럼 고르기 ``: the particle after the flag is no part of its text.
      return {
        term,
        marked: true,
        description: unwrap(description).replace(GIVEN, ''),
      };
    }
    const description = [next.raw.slice(separator[0].length), ...inline.slice(i + 1).map((t) => t.raw)]
      .join('')
      .trim();
    return { term, marked: true, description };
  }
  if (head.type !== 'text') return undefined;
  // Plain text: `-t : 이미지 명` or a lone `—filter`.
  const raw = inline.map((t) => t.raw).join('');
  const colon = COLON.exec(raw);
  const before = normalizeDashes((colon ? raw.slice(0, colon.index) : raw).trim());
  const valued = colon && !flagsOf(before) ? FLAGS_AND_VALUE.exec(before) : null;
  if (valued && flagsOf(valued[1]!)) {
    return {
      term: valued[1]!,
      marked: false,
      description: raw.slice(colon!.index + colon![0].length).trim(),
    };
  }
  if (!flagsOf(before)) {
    // No colon after the flags: `-v 볼륨 연결`, `-d (background)`.
    const plain = PLAIN_FLAGS.exec(normalizeDashes(raw.trim()));
    if (plain) {
      // `-v pgdata:/data → named volume` beside `-v /host:/data → bind mount`: a value of parts
      // (a mount, a port mapping) is what the line teaches, so it stays.
      const [, term, value, text] = plain as unknown as [string, string, string | undefined, string];
      const shaped = value?.includes(':') ? `\`${term} ${value.replace(/`/g, '')}\`: ` : '';
      // `--privileged 는 사실상 …`: a particle after the flag makes it the sentence's subject.
      if (SUBJECT_PARTICLE.test(text) || LEANS_ON_TERM.test(text))
        return { term, marked: false, description: normalizeDashes(raw.trim()) };
      return { term, marked: false, description: shaped + unwrap(text.trim()) };
    }
  }
  const term = before;
  if (term === '' || term.includes('\n')) return undefined;
  const description = colon ? raw.slice(colon.index + colon[0].length).trim() : '';
  return { term, marked: false, description };
}

/** `(background)` → `background`: a description put in brackets. */
const unwrap = (text: string) => (/^\([^()]*\)$/.test(text) ? text.slice(1, -1).trim() : text);

const FLAG = /^-{1,2}[A-Za-z0-9][\w-]*(=\S*)?$/;
const OPENS_WITH_DASH = /^[\s,/|]*[-\u2010-\u2015\u2212]/;

/**
 * `-p, --publish` → ['-p', '--publish']; `--rmi all` → ['--rmi'] (one flag and its value);
 * undefined unless every part is a flag.
 */
export function flagsOf(term: string): string[] | undefined {
  // Most terms are words: a flag's first part opens with a dash (or a dash a phone typed).
  if (!OPENS_WITH_DASH.test(term)) return undefined;
  let parts = term
    .split(/[\s,/|]+/)
    .filter(Boolean)
    .map(normalizeDashes);
  if (
    parts.length === 2 &&
    FLAG.test(parts[0]!) &&
    /^[\w.:][\w.:-]*$/.test(parts[1]!) &&
    /\s/.test(term.trim())
  )
    parts = [parts[0]!];
  if (parts.length === 0 || !parts.every((p) => FLAG.test(p))) parts = flagsBesideValues(term) ?? [];
  if (parts.length === 0) return undefined;
  // `-1 -> unlimited swap` is a value: docker has no flag of digits only.
  if (parts.some((p) => /^-\d+(?:=|$)/.test(p))) return undefined;
  return parts.map((p) => p.replace(/=.*$/, ''));
}

/**
 * `-e KEY=value`, `--mount type=volume,src=data,dst=/data`, `-m 512m, --memory`, `-n 100 / --tail 100`: flags, each maybe
 * with one value after it (a word that opens with no dash), split only at spaces; undefined unless
 * every other word is a flag.
 */
function flagsBesideValues(term: string): string[] | undefined {
  const words = term.trim().split(/\s+/);
  const flags: string[] = [];
  for (const [i, word] of words.entries()) {
    const bare = word.replace(/,$/, '');
    // `-n 100 / --tail 100`: the two names, each with the value, set apart by a slash.
    if (/^[/|]$/.test(word) && i > 0 && i < words.length - 1) continue;
    if (/^-/.test(bare)) {
      const spelled = bare.split(/[,/|]/).filter(Boolean).map(normalizeDashes);
      if (!spelled.every((p) => FLAG.test(p))) return undefined;
      flags.push(...spelled);
    } else if (i === 0 || !/^-/.test(words[i - 1]!) || /,$/.test(words[i - 1]!)) return undefined;
  }
  return flags.length > 0 && flags.length < words.length ? flags : undefined;
}

const FLAG_AND_VALUE = /^(-{1,2}[A-Za-z][\w-]*)[ =](?:"[^"]*"|'[^']*'|[\w.-]+=\S*)$/;

/** `--format "table {{.Name}}"`, `--ulimit nofile=1024:4096`: one flag, and a quoted or `key=value` value. */
export function flagWithValue(term: string): string[] | undefined {
  const match = FLAG_AND_VALUE.exec(normalizeDashes(term.trim()));
  return match ? [match[1]!] : undefined;
}

const SUBCOMMAND_FLAGS =
  /^([a-z][a-z0-9-]*)\s+(-{1,2}[A-Za-z0-9][\w-]*(?:\s*,\s*-{1,2}[A-Za-z0-9][\w-]*)*)(?:[ =][^\s-]\S*)?$/;

/** `up -d`, `down --rmi all`: a subcommand's word, then its flags (and a value). */
export function subcommandFlags(term: string): { word: string; flags: string[] } | undefined {
  const match = SUBCOMMAND_FLAGS.exec(normalizeDashes(term.trim()));
  const flags = match && flagsOf(match[2]!);
  return flags ? { word: match![1]!, flags } : undefined;
}

const INSTRUCTIONS = new Set(
  'FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL'.split(
    ' ',
  ),
);

export function isInstruction(term: string): boolean {
  return INSTRUCTIONS.has(term);
}

/** A heading over instructions as such: `Dockerfile 명령어`, `Instructions`, `## FROM`. */
const INSTRUCTIONS_TITLE = /instruction|dockerfile|명령어|지시어|인스트럭션/i;

/**
 * The front of an instruction's card in a user's note: the instruction, and the heading it was
 * explained under when that is about something else (`How the build cache decides › \`FROM\``: what
 * the card says of `FROM` is what it does to the cache, not what it is).
 */
export function instructionFront(term: string, title: string, user: boolean): string {
  const bare = `\`${term}\``;
  if (!user || title === '' || INSTRUCTIONS_TITLE.test(title) || title.toUpperCase().includes(term))
    return bare;
  return `${title} › ${bare}`;
}

/**
 * The code a text opens with, when a sentence about it follows: `` `ports:` is `HOST:CONTAINER`, so … ``.
 * A key, a file or a value (`ports:`, `build: .`, `.dockerignore`), not a command, an instruction or
 * a flag: those have shapes of their own.
 */
export function leadingCode(inline: Token[], text: string): string | undefined {
  const [code, after] = inline;
  // (`` `restart: unless-stopped` — restart it … ``: a dash may part them, in a paragraph.)
  if (code?.type !== 'codespan' || after?.type !== 'text' || !/^\s+(?:[—–]\s+)?\p{L}/u.test(after.raw))
    return undefined;
  // A sentence, not a word or two after the code.
  if (text.replace(/`[^`]*`/g, '').replace(/[^\p{L}]/gu, '').length < 12) return undefined;
  const term = (code as Tokens.Codespan).text.trim();
  const word = term.split(/\s/, 1)[0]!;
  if (/^(?:docker\b|-|\$)/.test(term) || isInstruction(word) || (/\s/.test(term) && !/:/.test(word)))
    return undefined;
  return term || undefined;
}

const isTermText = (text: string) => isInstruction(text) || flagsOf(normalizeDashes(text)) !== undefined;
