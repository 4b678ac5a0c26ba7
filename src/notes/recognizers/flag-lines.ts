// Flags written as lines, attached to their section's command:
//   - `-d` : 백그라운드 / - __-d__ : … / - -v 볼륨 연결 / * **--rm** — …   (bullets, any markup or none)
//   -it : 터미널 입력 / -d (background) / —mode global : …              (bare lines of a paragraph)
//   > -p : 포트                                                         (in a quote)
//   -d    # 백그라운드 / --rm  // 끝나면 삭제                              (options explained in code)
//   - `up -d` — 백그라운드                              (a subcommand's flag: the note's command of that word)
//   The `-v` flag on `docker compose down` …  /  `docker compose down`의 `-v` 옵션은 …  (a paragraph)
import type { Token, Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { anchorOf } from '../anchors.js';
import { flagsOf, flagWithValue, GIVEN, readTermBullet, subcommandFlags } from '../bullets.js';
import type { Block, Section } from '../document.js';
import { addFlagCard, addFlagCards, describedCommands } from '../flag-cards.js';
import { countLines, plainText } from '../markdown.js';
import { anchorBefore, type BlockRecognizer, type NoteContext } from './recognizer.js';

// The pieces both patterns below share: the flag's names (`-p, --publish`), and where a value
// written after them ends (`–tmpfs /tmp -> …`, `--memory 512m = …`): at the separator.
const NAMES = String.raw`(?:-{1,2}[A-Za-z0-9][\w-]*)(?:\s*[,/|]\s*-{1,2}[A-Za-z0-9][\w-]*)*`;
const VALUE_END = String.raw`(?=\s{2,}|\s+\(|\s*[:：]\s|\s+[—–-]{1,2}\s|\s*(?:->|→|=>)|\s=\s)`;
const VALUE = String.raw`<[^>]+>|[A-Z_]{2,}(?:=\S+)?|"[^"\n]*"(?::\S+)?|'[^'\n]*'(?::\S+)?`;

const FLAG_LINE = new RegExp(
  String.raw`^(${NAMES})(?:[= ]((?:${VALUE})|\d[\w.:/]*(?=\s)|[a-z/~.][\w.:/=,-]*${VALUE_END}))?\s*(?:[:：]\s*|\s[—–-]{1,2}\s+|\s*(?:->|→|=>)\s*|\s=\s+|\s+(?=\()|\s+)(\S.*)$`,
);
/**
 * In running text a line about a flag is a flag line only when it sets the flag apart (`-it : …`,
 * `-d — …`, `-d (background)`, `-u      run as …` in aligned columns) or is short (`-v 볼륨 연결`): `--read-only mounts the root
 * filesystem read-only, so…` is a sentence that mentions the flag, in any language.
 */
const SET_APART = new RegExp(
  String.raw`^${NAMES}(?:[= ](?:${VALUE}|[a-z/~.\d][\w.:/=,-]*${VALUE_END}))?(?:\s*[:：]|\s+[—–-]{1,2}\s|\s*(?:->|→|=>)|\s=\s|\s{2,}(?=\S)|\s+\([^()]*\)(?:$|\s*(?:->|→|=>|[:：—–])))`,
);
const SHORT_LINE = 40;

/** `--memory 512m / -m 512m = …`: two names of one flag, each written with the same value. */
const NAMES_EACH_VALUED = /^(-{1,2}[A-Za-z][\w-]*)[ =](\S+)\s*\/\s*(-{1,2}[A-Za-z][\w-]*)[ =]\2(?=\s)/;
const flagText = (line: string) => normalizeDashes(line.trim()).replace(NAMES_EACH_VALUED, '$1 / $3 $2');

function setApart(line: string): boolean {
  const text = flagText(line);
  return text.length <= SHORT_LINE || SET_APART.test(text);
}
/** `-v pgdata:/data   # named volume`, `-f  -> skip the prompt`: the flags, the value written with them, the comment. */
const VALUE_OF_PARTS = /[:=/\d]/;
const CODE_OPTION =
  /^(-{1,2}[A-Za-z0-9][\w-]*(?:\s*,\s*-{1,2}[A-Za-z0-9][\w-]*)*)(?:[ =](\S+))?\s+(?:#|\/\/|(?:->|→|=>)(?=\s))\s*(.+)$/;
/**
 * A line of `docker … --help` pasted in (`-e, --env list    Set environment variables`), or a value
 * and its text set apart by spaces (`-p 127.0.0.1:8080:80   only on loopback`).
 */
const HELP_OPTION =
  /^(-{1,2}[A-Za-z0-9][\w-]*(?:\s*,\s*-{1,2}[A-Za-z0-9][\w-]*)*)(?:[ =]([a-z]+|<[^>]+>|[A-Z_]+|[^\s-]*[:=/\d][^\s]*))?\s{2,}(\S.*)$/;

/** A cheap first look: a flag line starts with a dash, maybe behind markup. */
const STARTS_WITH_FLAG = /^\s*[`*_]*[-–—]/;
const THE_FLAG = /^\s*the\s+[`*_]*[-–—]/i;
const LABELLED = /^[^\n]{1,80}\n\s*[`*_]*[-–—]/;

/**
 * A sentence that names its flag an option: `-d` 옵션은 백그라운드로 실행한다 / The `--rm` flag removes
 * the container. The word says the flag is the subject, however long the sentence; its description
 * is what the sentence says after it (`옵션을 주면`, `옵션으로` and the like go).
 */
const FLAG_SENTENCE =
  /^(?:the\s+)?((?:-{1,2}[A-Za-z0-9][\w-]*)(?:\s*[,/|]\s*-{1,2}[A-Za-z0-9][\w-]*)*)\s+(?:옵션|플래그|option|flag|switch)(?:을|를)?\s*(?:주면|붙이면|쓰면|사용하면|넣으면)?(?:은|는|으로|로|이|가|:)?\s+(\S.*)$/i;

function readFlagSentence(
  line: string,
): { term: string; flags: string[]; description: string; inProse: boolean } | undefined {
  const match = FLAG_SENTENCE.exec(normalizeDashes(line.trim()));
  const flags = match && flagsOf(match[1]!);
  if (!flags) return undefined;
  const description = match![2]!.trim();
  // `The --ipc flag accepts the following values:` introduces what follows; it says nothing itself.
  if (/[:：]$/.test(description)) return undefined;
  // `The --x flag …` is how reference pages run on about flags their tables list already.
  return { term: match![1]!, flags, description, inProse: /^\s*the\s/i.test(line) };
}

const unwrap = (text: string) => (/^\([^()]*\)$/.test(text) ? text.slice(1, -1).trim() : text);

/** A line that starts with flags and says something about them. */
export function readFlagLine(
  text: string,
): { term: string; flags: string[]; description: string; value?: string } | undefined {
  const match = FLAG_LINE.exec(flagText(text));
  if (!match) return undefined;
  const flags = flagsOf(match[1]!);
  // `--tail 50 은 끝에서 50줄만`: the particle after the flag and its value is no part of the text.
  // `-u root 를 주면 root로 …`: giving the flag is no part of what it does either.
  const description = unwrap(match[3]!.trim()).replace(GIVEN, '');
  // `-d -p -v -e 는 …`: flags in a row are a list of them, and what follows says of none.
  if (/^\s+-{1,2}[A-Za-z]/.test(flagText(text).slice(match[1]!.length))) return undefined;
  if (!flags) return undefined;
  // `–log-driver none (…)`: the value the line is about (the card's front shows it when the note
  // explains the flag with other values too).
  return match[2]
    ? { term: match[1]!, flags, description, value: match[2] }
    : { term: match[1]!, flags, description };
}

/** `| -f, --follow | 로그 계속 따라가기 |`: a table row of a flag, in a table written with no header or rule. */
const PIPE_ROW = /^\s*\|\s*`?(-[^|`]*?)`?\s*\|\s*([^|]*?\S)\s*\|?\s*$/;

/** Rows of a table of flags that lost its header and rule (marked reads a paragraph): a card each. */
function pipeRows(section: Section, block: Block, context: NoteContext): boolean {
  const lines = block.token.raw.trimEnd().split('\n');
  const rows = lines.map((l) => PIPE_ROW.exec(normalizeDashes(l)));
  if (lines.length < 2 || !rows.every(Boolean)) return false;
  let made = false;
  for (const [i, row] of rows.entries()) {
    const term = row![1]!.trim();
    const flags = flagsOf(term);
    if (!flags) continue;
    const line = block.line + i;
    const flag = { term, flags, description: row![2]!.trim(), line, endLine: line, recognizer: 'flag-lines' };
    made = !!addFlagCard(flag, section, context) || made;
  }
  return made;
}

export const flagLines: BlockRecognizer = {
  name: 'flag-lines',
  types: ['list_item', 'paragraph', 'blockquote', 'code'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    switch (block.token.type) {
      case 'list_item':
        return listItem(section, at, context);
      case 'paragraph':
        if (ofCommand(section, block, context)) return { end: at + 1, use: 'own', taught: true };
        if (block.token.raw.trimStart().startsWith('|'))
          return pipeRows(section, block, context) ? { end: at + 1, use: 'text', taught: true } : undefined;
        if (
          !STARTS_WITH_FLAG.test(block.token.raw) &&
          !THE_FLAG.test(block.token.raw) &&
          !LABELLED.test(block.token.raw)
        )
          return undefined;
        return lines(section, block, (block.token as Tokens.Paragraph).tokens, context)
          ? { end: at + 1, use: 'text', taught: true }
          : undefined;
      case 'blockquote': {
        const inner = (block.token as Tokens.Blockquote).tokens.filter((t) => t.type !== 'space');
        const made = inner.map((t) => quoted(section, block, t, context));
        return made.length > 0 && made.every(Boolean)
          ? { end: at + 1, use: 'text', taught: true }
          : undefined;
      }
      case 'code':
        return codeOptions(section, block, context) ? { end: at + 1, use: 'text', taught: true } : undefined;
      default:
        return undefined;
    }
  },
};

function listItem(section: Section, at: number, context: NoteContext) {
  const block = section.blocks[at]!;
  const bullet = readTermBullet(block.token as Tokens.ListItem);
  if (!bullet) return labelledItem(section, at, context);
  // `- \`up -d\` — 백그라운드`: the subcommand says whose flag it is.
  const named = flagsOf(bullet.term) ? undefined : subcommandFlags(bullet.term);
  const command = named && context.subcommand(named.word, section);
  const flags = flagsOf(bullet.term) ?? (command ? named!.flags : flagWithValue(bullet.term));
  if (!flags) return labelledItem(section, at, context);
  // `- —network …` then `--mount : …` on the next line, no blank between: markdown runs the flag
  // lines below into the item's text, though each is a flag line of its own.
  const [own = '', ...below] = bullet.description.split('\n');
  const runOn = below.length > 0 && below.every((l) => STARTS_WITH_FLAG.test(l) && readFlagLine(l));
  const flag = {
    term: bullet.term,
    flags,
    ...(command ? { command } : {}),
    description: [runOn ? own : bullet.description, bullet.rest].filter(Boolean).join('\n\n'),
    line: block.line,
    endLine: runOn ? block.line : block.endLine,
    recognizer: 'flag-lines',
    anchor: bullet.anchor ?? anchorBefore(section, at, (b) => anchorOf(b.token)),
  };
  // ``- `--password-stdin` (login): …``: the command named right after the flag.
  const place = (one: typeof flag) =>
    addFlagCards(one, command ? undefined : describedCommands(one, section, context), section, context);
  let made = place(flag);
  if (runOn)
    for (const [i, text] of below.entries()) {
      const line = block.line + i + 1;
      made = place({ ...flag, ...readFlagLine(text)!, line, endLine: line, anchor: undefined }) || made;
    }
  return made ? { end: at + 1, use: 'text' as const, taught: true } : undefined;
}

/** `` `docker context create` options ``, `buildx create flags:`: a bullet that only names a command's flags. */
const COMMAND_LABEL =
  /^(?:(?:\$\s*)?docker\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:\s+(?:옵션|플래그|options?|flags?))?|([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:옵션|플래그|options?|flags?))\s*[:：]?$/i;

const FLAGS_LABEL = /^(?:옵션|플래그|options?|flags?)\s*[:：]?$/i;

/**
 * A bullet that labels a command's flags, and nested bullets of them below it (an outline's way):
 *   - `docker context create` options
 *     - `--docker` endpoint config …
 */
function labelledItem(section: Section, at: number, context: NoteContext) {
  const block = section.blocks[at]!;
  const item = block.token as Tokens.ListItem;
  const [first, nested] = item.tokens.filter((t) => t.type !== 'space');
  if (!first || !nested || nested.type !== 'list' || (first.type !== 'text' && first.type !== 'paragraph'))
    return undefined;
  const text = plainText((first as Tokens.Text).tokens).trim();
  const label = COMMAND_LABEL.exec(text);
  const words = label && (label[1] ?? label[2])!.toLowerCase().split(/\s+/);
  // `- flags` alone: the flags of the section's command.
  const command = words
    ? context.grammar.commandPath(words)
    : FLAGS_LABEL.test(text)
      ? context.commandFor(section, block.line)
      : undefined;
  if (!command) return undefined;
  return addNestedFlags(section, block, nested as Tokens.List, command, context, 'flag-lines')
    ? { end: at + 1, use: 'text' as const, taught: true }
    : undefined;
}

/** The flag bullets nested in a list item (`- stop = …` over `  - \`-t\` seconds …`), as flags of `command`. */
export function addNestedFlags(
  section: Section,
  block: Block,
  nested: Tokens.List,
  command: string,
  context: NoteContext,
  recognizer: string,
): boolean {
  const item = block.token as Tokens.ListItem;
  let made = false;
  for (const sub of nested.items) {
    const bullet = readTermBullet(sub);
    const flags = bullet && (flagsOf(bullet.term) ?? flagWithValue(bullet.term));
    if (!flags) continue;
    // The nested item's line: where its text starts in the item's.
    const line = block.line + countLines(item.raw, 0, Math.max(0, item.raw.indexOf(sub.raw)));
    const flag = { term: bullet.term, flags, description: bullet.description, command };
    made = !!addFlagCard({ ...flag, line, endLine: line, recognizer }, section, context) || made;
  }
  return made;
}

/**
 * A paragraph that opens by naming a flag and its command: ``The `-v` flag on `docker compose down`
 * also deletes …`` / `` `docker compose down`의 `-v` 옵션은 … ``. The paragraph is the flag's back.
 */
const FLAG_OF_COMMAND = [
  /^(?:the\s+)?`((?:-{1,2}[A-Za-z0-9][\w-]*)(?:\s*,\s*-{1,2}[A-Za-z0-9][\w-]*)*)`\s+(?:flag|option|switch)\s+(?:on|of|for|to|in|with)\s+`(?:\$\s*)?docker\s+([^`]+)`\s+(\S[\s\S]*)$/i,
  /^`(?:\$\s*)?docker\s+([^`]+)`\s*(?:의|에서|에)\s+`((?:-{1,2}[A-Za-z0-9][\w-]*)(?:\s*,\s*-{1,2}[A-Za-z0-9][\w-]*)*)`\s*(?:옵션|플래그)(?:은|는|을|를|이|가)?\s+(\S[\s\S]*)$/,
];

function ofCommand(section: Section, block: Block, context: NoteContext): boolean {
  // A cheap first look: both forms open with inline code or "the".
  if (!/^\s*(?:`|the\s)/i.test(block.token.raw)) return false;
  const raw = normalizeDashes(block.token.raw.trim());
  const [english, korean] = FLAG_OF_COMMAND.map((pattern) => pattern.exec(raw));
  const match = english ?? korean;
  if (!match) return false;
  const [term, words, description] = english
    ? [match[1]!, match[2]!, match[3]!]
    : [match[2]!, match[1]!, match[3]!];
  const command = context.grammar.commandPath(words.trim().split(/\s+/));
  const flags = flagsOf(term);
  if (!command || !flags) return false;
  const flag = { term, flags, description: description.trim(), line: block.line, endLine: block.endLine };
  return addFlagCard({ ...flag, recognizer: 'flag-lines', command }, section, context) === 'flag';
}

/** Every line of a paragraph a flag line: one card each. */
function lines(section: Section, block: Block, inline: Token[] | undefined, context: NoteContext): boolean {
  // `-f 는 따라가기, --tail 은 마지막 n줄만`: two flag lines written on one. Flags in inline code
  // (`` `-t` 는 …, `--since 5m` 은 … ``) are a sentence's, which tells of both (prose-flags).
  const raw = block.token.raw.split('\n');
  const pieces = plainText(inline)
    .split('\n')
    .flatMap((line, at) =>
      (raw[at]?.includes('`') ? [line] : splitFlagLine(line)).map((piece) => ({ piece, at })),
    );
  const text = pieces.map((p) => p.piece);
  const read = text.map(
    (line) => readFlagSentence(line) ?? (setApart(line) ? readFlagLine(line) : undefined),
  );
  // `exec 옵션` or `Options:` above the lines: a label (context.leadIn reads its command).
  const labelled = read.length > 2 && !read[0] && isLabel(text[0]!) ? 1 : 0;
  const opensWithFlag = (line: string) => STARTS_WITH_FLAG.test(line) && !THE_FLAG.test(line);
  let entries = read.map((flag, at) => ({ flag, at, end: at })).slice(labelled);
  if (!entries.every((e) => e.flag) && read.length > 1) {
    // Lines that each open with a flag are a list of flags, whatever one of them says after its
    // flag (`-q (ID만 출력 → \`docker rm $(docker ps -aq)\`)`): that one is read plainly. A line
    // that opens with none goes on with the flag line above it (its text wrapped).
    const starts = text.flatMap((line, at) => (at >= labelled && opensWithFlag(line) ? [at] : []));
    // A wrapped text is a flag line's, its separator near the flag (`–network x -> join …`), and
    // goes on from a line that ends no sentence: `--rm` … `.` then `A manual stop …` is prose.
    const wrapped = (at: number) => starts.includes(at) || !/[.!?。]\s*$/.test(text[at - 1]!);
    const everyLine = starts.length === text.length - labelled;
    if (
      starts[0] === labelled &&
      starts.length > 1 &&
      (everyLine ||
        (starts.every((at) => SEPARATED.test(text[at]!.slice(0, 60))) &&
          text.every((_, at) => at <= labelled || wrapped(at))))
    ) {
      entries = starts.map((at, n) => {
        const end = (starts[n + 1] ?? text.length) - 1;
        const whole = text.slice(at, end + 1).join(' ');
        const strict = end === at ? read[at] : setApart(text[at]!) ? readFlagLine(whole) : undefined;
        return { flag: strict ?? readPlainFlagLine(whole), at, end };
      });
    }
  }
  if (entries.length === 0 || !entries.every((e) => e.flag)) return false;
  let made = false;
  for (const { flag, at, end } of entries) {
    const line = block.line + pieces[at]!.at;
    const endLine = block.line + pieces[end]!.at;
    made = !!addFlagCard({ ...flag!, line, endLine, recognizer: 'flag-lines' }, section, context) || made;
  }
  return made;
}

/** Before a second flag line on the same line: a comma or semicolon, the flag, then a particle or separator. */
const NEXT_FLAG = /[,;]\s+(?=[-–—]{1,2}[A-Za-z][\w-]*(?:\s+\S+)?\s*(?:은|는|[:：=]|\s[—–-]{1,2})\s)/;
const NAMES_ONLY = new RegExp(String.raw`^\s*${NAMES}\s*$`);

/** A line that opens with a flag, split before each further flag it explains (not `-p, --publish : …`). */
function splitFlagLine(line: string): string[] {
  if (!STARTS_WITH_FLAG.test(line) || !NEXT_FLAG.test(line)) return [line];
  const pieces: string[] = [];
  for (const piece of line.split(NEXT_FLAG)) {
    const last = pieces.at(-1);
    if (last !== undefined && NAMES_ONLY.test(normalizeDashes(last)))
      pieces[pieces.length - 1] = `${last}, ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

const PLAIN_FLAG_LINE = new RegExp(String.raw`^(${NAMES})\s+(\S.*)$`);
/** A separator between a flag (and its value) and its text: `->`, `:`, a dash between spaces. */
const SEPARATED = /\s(?:->|→|=>|[—–-]{1,2})\s|[:：]\s/;
const SUBJECT = /^(?:\S+\s+)?(?:은|는|을|를|으로|로|이|가)\s/;

/** `-q (ID만 출력 …)`: flags, then whatever is said of them. */
function readPlainFlagLine(line: string): { term: string; flags: string[]; description: string } | undefined {
  const text = flagText(line);
  const match = PLAIN_FLAG_LINE.exec(text);
  const flags = match && flagsOf(match[1]!);
  if (!flags) return undefined;
  // `–log-driver 는 …`, `--log-opt max-size=10m 은 …`: the flag is the sentence's subject; it keeps it.
  const rest = match![2]!.trim().replace(/^(?:[:：]|->|→|=>)\s*/, '');
  return { term: match![1]!, flags, description: SUBJECT.test(rest) ? text : unwrap(rest) };
}

/** A short first line that is no sentence: `exec 옵션`, `docker ps options I use:`. */
const isLabel = (line: string) => line.trim().length <= 80 && !/[.!?。]$/.test(line.trim());

function quoted(section: Section, block: Block, token: Token, context: NoteContext): boolean {
  if (token.type === 'paragraph') return lines(section, block, (token as Tokens.Paragraph).tokens, context);
  if (token.type !== 'list') return false;
  return (token as Tokens.List).items.every((item) => {
    const bullet = readTermBullet(item);
    const flags = bullet && flagsOf(bullet.term);
    return (
      !!flags &&
      !!addFlagCard(
        {
          term: bullet.term,
          flags,
          description: bullet.description,
          line: block.line,
          endLine: block.endLine,
          recognizer: 'flag-lines',
        },
        section,
        context,
      )
    );
  });
}

/** A code block of options, each with a `#` or `//` comment: `-d   # 백그라운드`. */
function codeOptions(section: Section, block: Block, context: NoteContext): boolean {
  const code = block.token as Tokens.Code;
  const first = code.codeBlockStyle === 'indented' ? block.line : block.line + 1;
  const rows = code.text.split('\n').map((l, i) => {
    const text = normalizeDashes(l.trim());
    const commented = CODE_OPTION.exec(text);
    const help = commented ? null : HELP_OPTION.exec(text);
    const match = (commented ?? help) && {
      names: (commented ?? help)![1]!,
      value: (commented ?? help)![2],
      said: (commented ?? help)![3]!,
    };
    return { match, line: first + i };
  });
  const options = rows.filter((r) => r.match);
  const written = code.text.split('\n').filter((l) => l.trim() !== '').length;
  if (options.length === 0 || options.length * 2 < written) return false;
  let made = false;
  for (const { match, line } of options) {
    const flags = flagsOf(match!.names);
    if (!flags) continue;
    const flag = {
      term: match!.names,
      flags,
      description: match!.said.trim(),
      // (`-v pgdata:/data` and `-v ./init:/init:ro`, each commented: the value tells them apart.)
      // (Only a value of parts or digits: in `-d nginx  # …` the word after the flag is the image.)
      ...(match!.value && VALUE_OF_PARTS.test(match!.value) ? { value: match!.value } : {}),
      line,
      endLine: line,
      recognizer: 'flag-lines',
    };
    made = !!addFlagCard(flag, section, context) || made;
  }
  return made;
}
