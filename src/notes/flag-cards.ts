// A flag card, whichever shape the flag was written in (bullet, table row, line, code comment): the
// flag belongs to its section's command; its back is what the note says of it, then the section's
// examples that use it. A flag of no known command is still kept, as a term.
import { normalizeDashes } from '../text/dashes.js';
import { flagsOf, isInstruction } from './bullets.js';
import type { CardBuilder, CardFields } from './card-builder.js';
import type { Section } from './document.js';
import type { NoteContext, ResolvedLine } from './recognizers/recognizer.js';
import { textWeight } from './sentences.js';
import type { Card } from './types.js';

export interface WrittenFlag {
  /** As written, dashes normalized: `-p, --publish`. */
  term: string;
  flags: string[];
  description: string;
  line: number;
  endLine: number;
  recognizer: string;
  anchor?: string;
  /** The command the flag was written beside (a code line), if not the section's. */
  command?: string;
  /** The value written after the flag, when the line is about one (`–log-driver none (…)`). */
  value?: string;
  /**
   * Running text about a flag (`The --rm flag removes …`): a card only when it teaches a flag of a
   * known command not taught yet in this note; else the sentence stays its section's text.
   */
  inProse?: boolean;
}

type FlagFields = Extract<CardFields, { kind: 'flag' }>;

/**
 * Text that opens by defining a flag (a table row's description, a line's comment): `-a = all …`,
 * `-t name:tag, can repeat`. Only a flag its line uses, so a plain space can part it from its text.
 */
const DEFINES_FLAG = /^`?(-{1,2}[A-Za-z0-9][\w-]*)`?(?:\s*(?:=|[:：]|->|→)|\s[—–]\s|\s)\s*(\S.*)$/;

/** Names of one flag, then what defines it: `-f / --format: one field`, `-s, --size = …`. */
const DEFINES_FLAG_NAMES =
  /^`?(-{1,2}[A-Za-z0-9][\w-]*(?:`?\s*[,/|]\s*`?-{1,2}[A-Za-z0-9][\w-]*)+)`?\s*(?:=|[:：]|->|→|\s[—–]\s)\s*(\S.*)$/;

export const commandId = (path: string) => path.replace(/^docker\s+/, '').replace(/\s+/g, '-');

/**
 * Adds the card for a written flag; returns its kind ('flag' also when a card before it taught the
 * flag already and this one would only repeat it), or undefined when it made none.
 */
/** `-f` on \`docker logs\` keeps following…: text that names its flag's command before saying what it does. */
const OWN_COMMAND =
  /^(?:(?:on|for|of|in|with)\s+`((?:\$\s*)?docker\s[^`]+)`|`((?:\$\s*)?docker\s[^`]+)`\s*(?:에서|의|에))\s*[,:：–—-]?\s+(?=\S)/i;

/** The flag given to the command its text names first, and that text without the naming, if it names one. */
function ownCommand(flag: WrittenFlag, context: NoteContext): WrittenFlag | undefined {
  if (flag.command) return undefined;
  const named = OWN_COMMAND.exec(flag.description);
  const command = named && context.commandsIn(`\`${named[1] ?? named[2]}\``)[0];
  if (!command) return undefined;
  return { ...flag, command, description: flag.description.slice(named[0].length) };
}

/** The instruction a section's heading opens with (`## HEALTHCHECK`, `### 3. COPY --from`), if any. */
function instructionOf(section: Section): string | undefined {
  const first = /^[^\p{L}]*([A-Z]{2,11})(?![\p{L}\d_-])/u.exec(section.title)?.[1];
  return first && isInstruction(first) ? first : undefined;
}

export function addFlagCard(
  flag: WrittenFlag,
  section: Section,
  context: NoteContext,
): 'flag' | 'term' | undefined {
  // `EXPOSE만 있고 \`-p\`/\`-P\`가 없으면 접속되나?` asks about the flags; it says nothing they do.
  if (/[?？]\s*$/.test(flag.description)) return undefined;
  const own = ownCommand(flag, context);
  if (own) return addFlagCard(own, section, context);
  const { builder } = context;
  const inProse = flag.inProse || context.onlyNewFlags;
  const command = commandOf(flag, section, context) ?? noteCommandOf(flag.flags, context);
  const origin = { line: flag.line, endLine: flag.endLine, recognizer: flag.recognizer };
  const unknown = command ? flag.flags.filter((f) => !resolveFlag(context, command, f)) : undefined;
  if (command && unknown && unknown.length > 0 && !context.onlyNewFlags) {
    builder.diagnose(flag.line, `'${command}' has no flag '${unknown[0]}'`);
  }
  if (!command || !unknown || unknown.length > 0) {
    // Not taught as a flag: the note's text stays, as a term.
    if (flag.description === '' || inProse) return undefined;
    // `| -m, --memory | 하드 리밋 | -m 256m |` summing up flags a card of the note taught already (as a term, too).
    if (
      builder.user &&
      textWeight(flag.description) < SAYS_SOMETHING &&
      flag.flags.some((f) => isTaught(builder, `name ${f}`))
    )
      return 'term';
    // (With the value it was written with, a value of parts or digits: `-v pgdata:/data`, not
    // `--restart values: no, always, …`.)
    const shown = flag.value && /[:=/\d]/.test(flag.value) ? `${flag.term} ${flag.value}` : flag.term;
    // Under `## HEALTHCHECK` or `## COPY`, a flag of no command is the instruction's: its front says
    // so (`HEALTHCHECK` `--interval`). In users' notes: the built-in decks are written as cards.
    const instruction = builder.user ? instructionOf(section) : undefined;
    builder.add(
      {
        kind: 'term',
        front: instruction ? `\`${instruction}\` \`${shown}\`` : `\`${shown}\``,
        back: flag.description,
        term: flag.term,
      },
      { key: flag.term, scope: 'deck', alternatives: [[flag.term, section.title]], explicit: flag.anchor },
      origin,
    );
    remember(builder, flag.flags);
    return 'term';
  }
  const resolved = flag.flags.flatMap((f) => resolveFlag(context, command, f) ?? []);
  // `-f status=exited` is no `docker rm -f`: a switch takes no value, so the text is another command's.
  if (writtenValue(flag) && resolved.length === 1 && resolved[0]!.takesValue === false) return undefined;
  const longs = [...new Set(resolved.map((r) => r.long))];
  // `--limit-memory / --limit-cpu`: two flags that share a line, not two names of one; a card each
  // (not in the built-in decks, whose cards are written as cards).
  if (
    builder.user &&
    longs.length > 1 &&
    flag.flags.length === longs.length &&
    flag.flags.every((f) => f.startsWith('--'))
  ) {
    let made: 'flag' | 'term' | undefined;
    for (const one of flag.flags)
      made = addFlagCard({ ...flag, term: one, flags: [one], command }, section, context) ?? made;
    return made;
  }
  const known = () => isTaught(builder, `${command} ${longs.join(' ')}`);
  if (inProse && known()) return undefined;
  // `| --cpus | CPU 양 | --cpus 0.5 |` in a table that sums up flags the note explained above: a
  // second card of the flag, with a few words and no value of its own, repeats the first.
  // The flag is taught all the same: its line is not left to be read as a term.
  if (builder.user && !writtenValue(flag) && textWeight(flag.description) < SAYS_SOMETHING && known())
    return 'flag';
  const short = flag.flags.find((f) => !f.startsWith('--')) ?? resolved.find((r) => r.short)?.short;
  const names = (w: string) => w.replace(/=.*$/, '');
  const using = context
    .commandsOf(section)
    .filter((l: ResolvedLine) => l.path === command)
    .filter((l) => l.words.some((w) => flag.flags.includes(names(w)) || longs.includes(names(w))));
  const key = `${commandId(command)}-${longs.map((l) => l.replace(/^-+/, '')).join('-')}`;
  const back = [flag.description, fence(using.map((l) => l.text))].filter(Boolean).join('\n\n');
  // A card must have something on its back: a bare flag with no text and no example teaches nothing.
  if (back === '') {
    builder.diagnose(flag.line, `flag '${flag.term}' has no description and no example; no card`);
    return undefined;
  }
  // Built field by field, not with conditional spreads: this runs for every flag of every note.
  const fields = {
    kind: 'flag',
    front: `\`${command}\` \`${flag.flags.join(', ')}\``,
    back,
    command,
  } as FlagFields;
  fields.flag = longs.join(' ');
  if (short) fields.short = short;
  fields.term = flag.term;
  fields.examples = using.map((l) => l.text);
  builder.add(
    Object.assign(fields, tasksOf(using)),
    { key, scope: 'global', alternatives: [[key, section.title]], explicit: flag.anchor },
    origin,
    // The examples after the description hold no summary and no key terms.
    flag.description,
  );
  if (builder.user) showValues(builder, command, flag);
  remember(builder, [...flag.flags, ...longs], `${command} ${fields.flag}`);
  return 'flag';
}

/** Notes that a card of the note teaches these flag names (and, for a flag card, its command's flag). */
function remember(builder: CardBuilder, names: string[], commandFlag?: string): void {
  let taught = taughtFlags.get(builder);
  if (!taught) {
    taught = new Set();
    taughtFlags.set(builder, taught);
  }
  if (commandFlag) taught.add(commandFlag);
  for (const name of names) taught.add(`name ${name}`);
}

/** The flags a note has cards of, as `command long-names` and `name -m`: a lookup, not a scan of every card. */
const taughtFlags = new WeakMap<CardBuilder, Set<string>>();
const isTaught = (builder: CardBuilder, key: string) => taughtFlags.get(builder)?.has(key) === true;

/** `--rmi local` as a bullet's term: one flag and the value it is written with. */
const VALUED_TERM = /^-{1,2}[A-Za-z0-9][\w-]*[ =](\S.*)$/;

/** The value a flag line is about, if it names one. */
const writtenValue = (flag: WrittenFlag) =>
  flag.value ?? (flag.flags.length === 1 ? VALUED_TERM.exec(flag.term)?.[1] : undefined);

/** What a second card of a flag says at least to say more than its first (textWeight). */
const SAYS_SOMETHING = 20;

/** A note's flag cards by front, and the value each was written with: see showValues. */
const valuesByFront = new WeakMap<
  CardBuilder,
  Map<string, { card: Card; value?: string; shown?: string }[]>
>();

/**
 * `–log-driver json-file (기본값)`, `–log-driver none (…)`: cards of one flag, each about another
 * value, would share a front; each card of that front that has a value shows it
 * (`` `docker container run` `--log-driver none` ``). The card just made is the last.
 */
const FILTER_VALUE = /^["']?[\w.-]+=\S*$/;
/**
 * Values the text of a flag is about, not an example's name or a placeholder: `--cap-drop ALL`,
 * `--security-opt no-new-privileges`, `-u root`, `--restart on-failure[:5]`, `--network host`.
 */
const MEANT_VALUE =
  /^(?:ALL|root|host|none|always|no|on-failure(?:\[?:\d*\]?)?|unless-stopped|no-new-privileges(?::true)?|seccomp=unconfined|apparmor=unconfined|json-file|local|syslog|journald|private|shareable|plain|tty|auto)$/;
const VALUE_WORD =
  /(?<![\w-])(?:all|every|root|host|none|always|on-failure|unless-stopped|privileges?|unconfined|json-file|syslog|journald|plain)(?![\w-])|모든|모두|전부/gi;
/\b(?:all|every|root|host|none|always|on-failure|unless-stopped|privileges?|unconfined|json-file|syslog|journald|plain)\b|모든|모두|전부/gi;

/**
 * Whether a flag's text is about the value it is written with: the value is one of MEANT_VALUE and
 * the text says a word of it (`drop every capability` of `ALL`), but lists no others (`Values: no,
 * on-failure, always`, which is about the flag).
 */
function saysOfValue(value: string, text: string): boolean {
  if (!MEANT_VALUE.test(value)) return false;
  const said = new Set([...text.matchAll(VALUE_WORD)].map((m) => m[0].toLowerCase()));
  const own = (w: string) =>
    value.toLowerCase().includes(w.replace(/s$/, '')) ||
    (/^all$/i.test(value) && /^(?:every|모든|모두|전부)$/.test(w));
  return [...said].some(own) && [...said].filter((w) => !own(w)).length === 0;
}

function showValues(builder: CardBuilder, command: string, flag: WrittenFlag): void {
  const card = builder.cards.at(-1)!;
  const value = writtenValue(flag);
  let fronts = valuesByFront.get(builder);
  if (!fronts) {
    fronts = new Map();
    valuesByFront.set(builder, fronts);
  }
  const same = fronts.get(card.front) ?? [];
  if (same.length === 0) fronts.set(card.front, same);
  same.push(value ? { card, value, shown: `\`${command}\` \`${flag.flags[0]} ${value}\`` } : { card });
  // `--filter until=24h   only what is older than a day`: a filter's text is about the filter it is
  // given; `--cap-drop ALL : drop every capability` is about the value, which the front then shows.
  if (
    value &&
    card.kind === 'flag' &&
    ((card.flag === '--filter' && FILTER_VALUE.test(value)) || saysOfValue(value, flag.description))
  )
    card.front = same.at(-1)!.shown!;
  if (same.length < 2 || !same.some((s) => s.value)) return;
  // `-p` for what the flag does, `-p 8080:80` for one way to write it: each card with a value shows it.
  for (const s of same) if (s.shown) s.card.front = s.shown;
}

/** The flag's card for each of `commands`, or for the command its place gives when none are named; whether any was made. */
export function addFlagCards(
  flag: WrittenFlag,
  commands: readonly string[] | undefined,
  section: Section,
  context: NoteContext,
): boolean {
  if (!commands) return !!addFlagCard(flag, section, context);
  let made = false;
  for (const command of commands) made = !!addFlagCard({ ...flag, command }, section, context) || made;
  return made;
}

/**
 * The command a written flag belongs to: the one it was written beside; in a section of several
 * commands, the nearest (above it, else below) whose example uses the flag, else the command of the
 * flag before it, else the nearest that has all its flags; else the section's.
 */
function commandOf(flag: WrittenFlag, section: Section, context: NoteContext): string | undefined {
  if (flag.command) return flag.command;
  const named = context.leadIn(section, flag.line);
  if (named && flag.flags.every((f) => resolveFlag(context, named, f))) return named;
  const lines = context.commandsOf(section);
  if (lines.some((l) => l.path !== lines[0]!.path)) {
    const near = [
      ...lines.filter((l) => l.line < flag.line).reverse(),
      ...lines.filter((l) => l.line > flag.line),
    ];
    const has = (l: ResolvedLine) => flag.flags.every((f) => resolveFlag(context, l.path, f));
    const used = near.find((l) => has(l) && usesFlag(l, flag.flags));
    if (used) return used.path;
    // Flags listed together are one command's: the one the flag just before in the section went to.
    const before = previousFlagCommand(section, flag.line, context);
    if (before && flag.flags.every((f) => resolveFlag(context, before, f))) return before;
    const fits = near.find(has);
    if (fits) return fits.path;
  }
  return context.commandFor(section, flag.line) ?? tabledCommandOf(flag, section, context);
}

/**
 * `| docker run -d -p 5000:5000 … |` rows, then `Flags in those lines:` and a table of them: in a
 * section with no code, the command of its command cards above the flag (the nearest one that has
 * all its flags).
 */
function tabledCommandOf(flag: WrittenFlag, section: Section, context: NoteContext): string | undefined {
  const { builder } = context;
  let below: string | undefined;
  // The section's cards are among the last ones made: walk back from the newest to its first.
  for (let i = builder.cards.length - 1; i >= 0; i--) {
    const card = builder.cards[i]!;
    if (card.source.line < section.line) break;
    // (The last passes add cards of later sections too.)
    if (card.source.line > section.endLine || card.kind !== 'command') continue;
    if (!flag.flags.every((f) => resolveFlag(context, card.command, f))) continue;
    if (card.source.line < flag.line) return card.command;
    below = card.command;
  }
  return below;
}

/** The command of the last flag card made above `line` in this section, if any. */
function previousFlagCommand(section: Section, line: number, { builder }: NoteContext): string | undefined {
  for (let i = builder.cards.length - 1; i >= 0; i--) {
    const card = builder.cards[i]!;
    if (card.source.line < section.line) return undefined;
    if (card.kind === 'flag' && card.source.line < line) return card.command;
  }
  return undefined;
}

/**
 * A flag in a section that names no command, in a note whose code shows one command only: that
 * command's, when it has all the flags (else the flag stays a term, and nothing is wrong with it).
 */
function noteCommandOf(flags: readonly string[], context: NoteContext): string | undefined {
  const only = context.noteCommand();
  return only && flags.every((f) => resolveFlag(context, only, f)) ? only : undefined;
}

/**
 * Running text about long flags no command near it has (`` `--init`을 주면 … `` under `## --init 이
 * 필요한 이유`): the note's one command, else the one command of the note that has them all. Short
 * flags are left out: `-a` or `-p` belongs to too many commands to be told by the note alone.
 */
export function noteCommandWith(flags: readonly string[], context: NoteContext): string | undefined {
  if (context.noteCommand() || !flags.every((f) => f.startsWith('--'))) return noteCommandOf(flags, context);
  const fits = context.noteCommands().filter((path) => flags.every((f) => resolveFlag(context, path, f)));
  return fits.length === 1 ? fits[0] : undefined;
}

/** A flag as the grammar knows it; clusters like `-it` split into their letters; undefined if unknown. */
export function resolveFlag(context: NoteContext, command: string, flag: string) {
  const known = context.grammar.flag(command, flag);
  if (known) return [known];
  if (/^-[A-Za-z]{2,}$/.test(flag)) {
    const letters = [...flag.slice(1)].map((c) => context.grammar.flag(command, `-${c}`));
    if (letters.every(Boolean)) return letters as { long: string; short?: string; takesValue?: boolean }[];
  }
  return undefined;
}

/** A code line that writes one of these flags (`-e KEY=value` writes `-e`; its words are dash-normalized). */
export const usesFlag = (line: ResolvedLine, flags: readonly string[]) =>
  line.words.some((w) => flags.includes(w.replace(/=.*$/, '')));

export function tasksOf(lines: ResolvedLine[]): { tasks?: { prompt: string; command: string }[] } {
  const tasks = lines.filter((l) => l.description).map((l) => ({ prompt: l.description!, command: l.text }));
  return tasks.length > 0 ? { tasks } : NO_TASKS;
}

const NO_TASKS = Object.freeze({});

export function fence(lines: string[]): string {
  return lines.length > 0 ? `\`\`\`bash\n${lines.join('\n')}\n\`\`\`` : '';
}

/**
 * A command line's flag card when the text beside the line opens by defining one of its flags
 * (`| docker ps -a | -a = all … |`, `docker logs -f web  # -f = follow …`); its kind, or undefined.
 */
export function addDefinedFlag(
  text: string,
  line: { words: readonly string[]; path: string; line: number },
  recognizer: string,
  section: Section,
  context: NoteContext,
): 'flag' | 'term' | undefined {
  const normal = normalizeDashes(text);
  // `-f / --format: one field`: both names of the flag, when the line uses one of them.
  const named = DEFINES_FLAG_NAMES.exec(normal);
  const names = named && flagsOf(named[1]!);
  if (names && names.length > 1 && names.some((f) => line.words.includes(f))) {
    const flag = { term: named![1]!, flags: names, description: named![2]!.trim() };
    return addFlagCard(
      { ...flag, line: line.line, endLine: line.line, recognizer, command: line.path },
      section,
      context,
    );
  }
  const defined = DEFINES_FLAG.exec(normal);
  if (!defined || !line.words.includes(defined[1]!)) return undefined;
  const flag = { term: defined[1]!, flags: [defined[1]!], description: defined[2]!.trim() };
  return addFlagCard(
    { ...flag, line: line.line, endLine: line.line, recognizer, command: line.path },
    section,
    context,
  );
}

/**
 * `| -q | (swarm join-token) 토큰만 출력 |`, ``- `--password-stdin` (login): …``: a description that opens by
 * naming its command(s) in parentheses, `/` between alternatives (`(swarm init/join)`). The name goes
 * from the description.
 */
export function describedCommands(
  flag: { description: string; flags: string[] },
  section: Section,
  context: NoteContext,
): string[] | undefined {
  const named = /^\((?:docker\s+)?([a-z][a-z0-9 /-]*)\)\s*(?:[:：]\s*)?/.exec(flag.description);
  if (!named) return undefined;
  const [first = '', ...others] = named[1]!.trim().split(/\s*\/\s*/);
  const words = first.split(/\s+/);
  // `(pull)` in a note of `docker compose …`: the command of that word that has the flags.
  const has = (path: string | undefined) => !!path && flag.flags.every((f) => resolveFlag(context, path, f));
  const pathOf = (w: string[]) => {
    const path = context.grammar.commandPath(w);
    if (w.length > 1 || has(path)) return path;
    const near = context.subcommand(w[0]!, section);
    return has(near) ? near : path;
  };
  const paths = [words, ...others.map((o) => [...words.slice(0, -1), ...o.split(/\s+/)])].map(pathOf);
  if (paths.some((p) => p === undefined)) return undefined;
  flag.description = flag.description.slice(named[0].length);
  return [...new Set(paths as string[])];
}
