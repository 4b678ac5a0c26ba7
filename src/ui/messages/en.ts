// The English catalogue: every sentence the UI shows, a section for each screen (messages.ts says
// how a language's catalogue is found). Korean (ko.ts) must have every key this one has.
import type { CommandProblem } from '../../docker/types.js';
import type { ImportNotice } from '../../exchange/errors.js';
import { OVERRIDE_COMMAND } from './override.js';

// ---- the study session (issue 11): units of time, the grader's words. Kept apart from the
// sections other commands add, so that the catalogue merges cleanly. ----

/** Words a problem nested in another (the reason the expected command does not parse). */
type Say = (problem: CommandProblem) => string;
/** A sentence for each problem the docker parser and grader report, from its code and values. */
export type GraderWords = {
  [K in CommandProblem['code']]: (problem: Extract<CommandProblem, { code: K }>, say: Say) => string;
};

const plural = (n: number) => (n === 1 ? '' : 's');
const graderEn: GraderWords = {
  'wrong-command': (p) => `wrong command: expected ${p.expected}, got ${p.actual}`,
  'missing-flag': (p) => `missing ${p.label}${p.short ? ` (${p.short})` : ''}`,
  'extra-flag': (p) => `extra ${p.label}`,
  'wrong-value': (p) => `${p.what} should be ${p.expected}, not ${p.actual}`,
  'missing-argument': (p) => `missing ${p.name} ${p.value}`,
  'extra-argument': (p) => `extra ${p.name ?? 'argument'} ${p.value}`,
  'command-after': (p) =>
    (p.actual === undefined
      ? `the command after the ${p.target} should be '${p.expected}', but none was given`
      : p.expected === undefined
        ? `nothing should follow the ${p.target}, but got '${p.actual}'`
        : `the command after the ${p.target} should be '${p.expected}', not '${p.actual}'`) +
    (p.stray ? ` (${p.stray} after the ${p.target} goes to the container, not to docker)` : ''),
  redirect: (p) =>
    p.actual === undefined
      ? `missing the redirection '${p.expected}'`
      : p.expected === undefined
        ? `unexpected redirection '${p.actual}'`
        : `the redirection should be '${p.expected}', not '${p.actual}'`,
  'expected-unparsable': (p, say) => `the expected command does not parse: ${say(p.reason)}`,
  uncomparable: () => 'dockstudy could not compare these commands',
  'not-text': () => 'expected a line of text',
  empty: () => 'the answer is empty: type a docker command',
  'not-docker': (p) => `'${p.word}' is not a docker command; start the answer with 'docker'`,
  'no-command': () => "a command is missing after 'docker', e.g. docker run or docker ps",
  'one-command-only': (p) =>
    `only one docker command can be checked at a time; remove '${p.operator}' and what follows`,
  'redirect-no-file': (p) => `the redirection '${p.operator}' has no file after it`,
  'uncovered-command': (p) =>
    `${p.command} is a real docker command, but dockstudy does not know its options yet`,
  'needs-subcommand': (p) => `${p.group} needs a subcommand, such as ${p.examples.join(', ')}`,
  'unknown-command': (p) =>
    `unknown command '${p.command}'${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
  'too-few-arguments': (p) =>
    `${p.command} needs ${p.exactly ? 'exactly' : 'at least'} ${p.min} argument${plural(p.min)} (${p.usage}), but got ${p.got === 0 ? 'none' : p.got}`,
  'too-many-arguments': (p) =>
    `${p.command} takes at most ${p.max} argument${plural(p.max)} (${p.usage}), but got ${p.got}`,
  'no-arguments': (p) => `${p.command} takes no arguments, but got '${p.first}'`,
  'unknown-flag': (p) =>
    `unknown flag '${p.flag}'${p.within ? ` (in '${p.within}')` : ''} for ${p.command}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
  'flag-needs-value': (p) => `flag '${p.flag}' for ${p.command} needs a value`,
  'bad-flag': (p) => `'${p.word}' is not a valid flag`,
  'needs-boolean': (p) => `${p.flag} takes true or false, not '${p.value}'`,
  'needs-whole-number': (p) => `${p.flag} needs a whole number, not '${p.value}'`,
  'needs-number': (p) => `${p.flag} needs a number, not '${p.value}'`,
  'out-of-range': (p) => `${p.flag} is out of range: '${p.value}'`,
  'too-many-decimals': (p) => `${p.flag} takes at most 9 decimal places, not '${p.value}'`,
  unclosed: (p) =>
    ({
      backtick: 'unclosed backtick: add the closing `',
      substitution: 'unclosed $( … ): add the closing )',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: names the shell's ${…}, not a template.
      parameter: 'unclosed ${ … }: add the closing }',
      'single-quote': "unclosed single quote: add the closing '",
      'double-quote': 'unclosed double quote: add the closing "',
    })[p.what],
  'lone-backslash': () => 'the line ends with a lone backslash',
  unreadable: () => 'dockstudy could not read this command',
};

/** The argument a container's command follows, in Korean; other names stay as docker prints them. */

const sessionEn = {
  /** What the docker parser and grader say about a typed command (src/ui/grader-details.ts). */
  grader: graderEn,
  /** Units of time, for intervals ('10m', '8d') and durations ('3m 20s'). */
  units: {
    seconds: (n: number) => `${n}s`,
    minutes: (n: number) => `${n}m`,
    hours: (n: number) => `${n}h`,
    days: (n: number) => `${n}d`,
    months: (n: number) => `${n}mo`,
    years: (n: number) => `${n}y`,
  },
};

export type SessionWords = typeof sessionEn;

/** A card's kind as the review screen, the card view and lint show it. */
const CARD_KINDS: Record<string, string> = {
  command: 'command',
  flag: 'flag',
  instruction: 'instruction',
  term: 'term',
  concept: 'concept',
  qa: 'question',
  cloze: 'cloze',
};

export const en = {
  ...sessionEn,
  decks: {
    header: ['deck', 'title', 'cards', 'new', 'due'],
    builtinMissing: (path: string) => `built-in decks are missing (${path}); run 'npm run build'`,
  },
  cards: { header: ['id', 'kind', 'front'], none: 'No cards match.' },
  card: {
    reveal: 'Space/Enter: show the answer · q: quit',
    rateHint: '(press 1–4 to schedule it, any other key to leave)',
    rated: (interval: string) => `Recorded; it comes back in ${interval}.`,
    states: { new: 'new', learning: 'learning', review: 'review', relearning: 'relearning' } as Record<
      string,
      string
    >,
    due: (when: string) => `due ${when}`,
    interval: (span: string) => `interval ${span}`,
    lapses: (n: number) => `${n} lapse${n === 1 ? '' : 's'}`,
    reviews: (n: number) => `${n} review${n === 1 ? '' : 's'}`,
    buriedUntil: (when: string) => `buried until ${when}`,
  },
  unknown: {
    card: (id: string) => `unknown card '${id}'`,
    deck: (id: string) => `unknown deck '${id}'`,
    didYouMean: (ids: string[]) => `did you mean ${ids.map((i) => `'${i}'`).join(' or ')}?`,
    decksAvailable: (ids: string[]) => `decks: ${ids.join(', ')}`,
  },
  config: { fix: (setting: string) => `fix it with: dockstudy config set ${setting} <value>` },
  /** Any answer, in any command. */
  answer: {
    rebased: (id: string) =>
      `${id} was answered in another session meanwhile: this answer was scheduled from that one.`,
  },
  review: {
    grades: ['Again', 'Hard', 'Good', 'Easy'],
    done: 'done',
    learning: 'learning',
    due: 'due',
    new: 'new',
    reveal: 'Space/Enter: show answer · u: undo · q: quit',
    plainAsk: 'rating (1-4, again/hard/good/easy, u = undo, q = quit)',
    plainBad: (input: string) => `'${input}' is not a rating: type 1, 2, 3 or 4 (or again, hard, good, easy)`,
    nothing: 'Nothing to review now.',
    nextDue: 'next card due',
    summary: (done: number, again: number, minutes: string) =>
      `${done} card${done === 1 ? '' : 's'} reviewed, ${again} again (${done ? Math.round((again / done) * 100) : 0}%), ${minutes}`,
    undone: (id: string) => `undone: ${id}`,
    nothingToUndo: 'Nothing to undo.',
    undoRefused: (id: string) => `cannot undo ${id}: another session answered it after you`,
    undoGone: (id: string) => `cannot undo ${id}: that answer is no longer in the store`,
    kinds: CARD_KINDS,
    minutesLeft: (minutes: number) => (minutes < 1 ? '<1 min' : `~${minutes} min`),
    keysFront: (typeable: boolean) =>
      `Space/Enter: answer${typeable ? ' · t: type it' : ''} · ?: keys · q: quit`,
    keysBack: '1–4: rate · Space/Enter: Good · u: undo · ?: keys · q: quit',
    keysShort: '?: keys · q: quit',
    keysHelpClose: 'any key: back to the card (↑↓: scroll)',
    moreAbove: (lines: number) => `${lines} more above`,
    moreBelow: (lines: number) => `${lines} more below`,
    scrollHint: '↑↓ j k: scroll',
    helpTitle: 'Keys',
    help: [
      ['Space, Enter', 'show the answer; on the answer side: Good'],
      ['1 2 3 4', 'Again, Hard, Good, Easy (each with when the card comes back)'],
      ['t', 'type the command (command cards); the grader suggests a rating'],
      ['u', 'undo the last answer, suspend, bury or flag'],
      ['s', 'suspend the card: no more reviews until you lift it'],
      ['b', 'bury the card until tomorrow'],
      ['f', 'flag the card, or lift its flag'],
      ['e', 'edit the card in $VISUAL or $EDITOR (cards from your notes)'],
      ['↑↓ j k PgUp/Dn', 'scroll a tall card (Home, End: to its top, to its end)'],
      ['q, Esc, Ctrl-D', 'end the session'],
      ['Ctrl-C', 'end the session (exit status 130)'],
    ] as [string, string][],
    marks: { suspended: 'suspended', buried: 'buried until tomorrow', flagged: 'flagged', leech: 'leech' },
    marked: {
      suspend: (id: string) => `Suspended ${id}: it stays out of reviews (u undoes).`,
      bury: (id: string) => `Buried ${id} until tomorrow (u undoes).`,
      flag: (id: string) => `Flagged ${id}.`,
      unflag: (id: string) => `Flag lifted from ${id}.`,
    },
    unmarked: {
      suspend: (id: string) => `undone: suspend of ${id}`,
      bury: (id: string) => `undone: bury of ${id}`,
      flag: (id: string) => `undone: flag of ${id}`,
    },
    leech: (id: string, lapses: number) =>
      `${id} was forgotten ${lapses} times: tagged leech and suspended (dockstudy cards --state leech).`,
    suggested: (grade: string) => `suggested: ${grade} (Space/Enter takes it, 1–4 change it)`,
    typePrompt: 'type the command, Enter to check, Esc to go back',
    edit: {
      builtin: 'Built-in cards cannot be edited: write your own in a note and study it with --notes.',
      gone: 'That card is no longer in its note: it leaves this session.',
      edited: (id: string) => `Re-read ${id} from its note.`,
      noEditor: 'Set $VISUAL or $EDITOR to edit cards.',
      failed: (message: string) => `The editor did not run: ${message}`,
    },
    summaryHidden: (suspended: number, buried: number, leeches: number) =>
      [
        suspended ? `${suspended} suspended` : '',
        buried ? `${buried} buried` : '',
        leeches ? `${leeches} became leech${leeches === 1 ? '' : 'es'}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    stillDue: (count: number, command: string) => `${count} still due — ${command}`,
    newLeft: (count: number, command: string) =>
      `${count} new card${count === 1 ? '' : 's'} left today — ${command}`,
    newUsed: (perDay: number, byQuiz: number, byReview: number, command: string) =>
      `today's ${perDay} new cards were used${byQuiz && byReview ? ` (${byQuiz} by quizzes, ${byReview} in reviews)` : byQuiz ? ' by quizzes' : ''} — ${command}`,
    learnAhead: 'Learning cards due within 20 minutes are shown early.',
  },
  quiz: {
    right: 'correct',
    wrong: 'wrong, the answer is',
    score: 'Score',
    missed: 'Missed — study them with',
    keys: { navigate: '↑↓ navigate', select: '⏎ select' },
    stoppedScore: (right: number, answered: number, total: number) =>
      `${right} of ${answered} answered right (stopped after ${answered} of ${total})`,
    empty: '(no answer)',
    readAs: 'read as',
    short: (made: number, asked: number) =>
      `Only ${made} different questions can be made from these cards (${asked} asked for); asking those.`,
    overrideKey: 'r: I was right · any other key: next',
    overrideLine: `${OVERRIDE_COMMAND} on the next line: I was right`,
    overridden: 'recorded as right',
    nothingToOverride: `${OVERRIDE_COMMAND}: the last answer was not graded wrong; answer this question`,
  },
  doctor: {
    ok: (file: string) => `${file}: ok (integrity_check read every page and index)`,
    missing: (file: string) => `${file}: no store yet, nothing to check`,
    damaged: (file: string) => `${file}: damaged; nothing was changed`,
    unusable: 'the store cannot be used:',
    backup: (path: string) => `newest backup: ${path}`,
    restore: (file: string, backup: string) =>
      `to restore it: mv '${file}' '${file}.damaged' && cp '${backup}' '${file}'`,
    noBackup: 'no backup beside the store or in this folder (dockstudy-YYYY-MM-DD.db)',
  },
  stats: {
    title: 'Study statistics',
    allDecks: 'all decks',
    deck: (id: string, title: string) => (title && title !== id ? `deck ${id} (${title})` : `deck ${id}`),
    cards: 'Cards',
    new: 'new',
    learning: 'learning',
    review: 'review',
    relearning: 'relearning',
    reviewsToday: 'Reviews today',
    reviewsTotal: 'Reviews in total',
    retention: (days: number) => `Retention, ${days} days`,
    retentionDetail: (passed: number, answers: number) => `${passed} of ${answers} review answers recalled`,
    retentionNone: 'no review-state answers yet',
    streak: 'Streak',
    streakValue: (days: number) => (days === 1 ? '1 day' : `${days} days`),
    reviewsChart: (days: number) => `Reviews per day, last ${days} days`,
    dueChart: (days: number) => `Cards due per day, next ${days} days`,
    noReviews: "No reviews yet: answer some cards with 'dockstudy quiz' to start.",
    overrides: (n: number) => `Quiz answers you marked right after a wrong verdict: ${n}`,
  },
  // ---- around the edges (issue 12): remembered notes, data folders, output errors, help, commander ----
  notes: {
    added: (path: string) => `remembered: ${path}`,
    already: (path: string) => `already remembered: ${path}`,
    removed: (path: string) => `forgotten: ${path}`,
    notRemembered: (path: string) => `${path} is not a remembered note (see: dockstudy notes list)`,
    none: 'No notes remembered; add a file or folder with: dockstudy notes add PATH',
    missingMark: '(missing)',
    noSuchPath: (given: string) => `--notes ${given}: no such file or folder`,
    notFileOrFolder: (given: string) => `--notes ${given}: not a file or folder`,
    noMarkdown: (given: string) => `--notes ${given}: no .md files in this folder`,
    vanished: (path: string) =>
      `warning: remembered notes ${path} are gone, skipped (forget them with: dockstudy notes remove ${path})`,
  },
  paths: { store: 'store', cache: 'cache' },
  lint: {
    needPaths: 'lint: name the notes to check (a .md file or a folder)',
    summary: (cards: number, skipped: number, errors: number, warnings: number) =>
      `${cards} cards, ${skipped} skipped spans, ${errors} errors, ${warnings} warnings`,
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'} in the notes`,
    error: 'error: ',
    note: (file: string, deck: string, cards: number, skipped: number) =>
      `${file}: deck '${deck}', ${cards} card${cards === 1 ? '' : 's'}, ${skipped} skipped`,
    leftOut: '(left out)',
    skipped: 'skipped',
    /** The kind column: the kinds' own names (`qa`, as lint's readers grep for it). */
    kinds: { ...CARD_KINDS, qa: 'qa' } as Record<string, string>,
  },
  output: { failed: (code: string) => `cannot write the output (${code})` },
  unexpected: (message: string) => `unexpected error: ${message}`,
  badNow: (value: string) =>
    `DOCKSTUDY_NOW is not an ISO 8601 time: '${value}' (example: 2026-03-01T09:00:00Z)`,
  /** What commander prints: its headings and errors, then every command's and option's description. */
  commander: {
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Global Options:': 'Global Options:',
      'Commands:': 'Commands:',
    } as Record<string, string>,
    default: 'default',
    choices: 'choices',
    help: 'display help for command',
    version: 'print the version',
    helpAfterError: '(run dockstudy --help for usage)',
    unknownOption: (flag: string) => `error: unknown option '${flag}'`,
    unknownCommand: (name: string) => `error: unknown command '${name}'`,
    didYouMean: (names: string) => `(Did you mean ${names}?)`,
    missingArgument: (name: string) => `error: missing required argument '${name}'`,
    optionArgumentMissing: (flags: string) => `error: option '${flags}' argument missing`,
    tooManyArguments: (expected: string, got: string) =>
      `error: too many arguments: expected ${expected}, got ${got}`,
    invalidArgument: (flags: string, value: string) =>
      `error: option '${flags}' argument '${value}' is invalid`,
    invalidOperand: (value: string, name: string) => `error: '${value}' is not a valid ${name}`,
    allowed: (choices: string) => `(allowed: ${choices})`,
  },
  help: {
    program: 'Learn Docker from the terminal: decks of cards from markdown notes.',
    notes: 'add your own notes (a .md file or a folder), repeatable; adds to the remembered ones',
    builtin: 'leave the built-in decks out',
    lang: 'content and UI language, in any case (default: from the locale)',
    color: 'no colour (as NO_COLOR=1)',
    quiz: 'a quiz on one or more decks (or all), every answer checked',
    quizCount: 'how many questions',
    quizTypes: 'question types: choice,typed,cloze,scenario',
    quizSeed: 'the same seed gives the same quiz',
    quizPrint: 'print the quiz (a worksheet) instead of asking',
    quizJson: 'with --print: the questions as JSON',
    quizPlain: 'no prompts: questions printed, answers read one per line',
    quizRecord: 'practice only: answers are not recorded as reviews',
    review: 'spaced repetition: the cards whose time has come, graded Again/Hard/Good/Easy',
    reviewDue: 'only cards that are due (no new ones)',
    reviewDeck: 'only this deck',
    reviewNew: "new cards this session (instead of the day's allowance)",
    reviewLimit: 'stop after this many answers',
    reviewPlain: 'no key presses: each card printed, the rating read as a line',
    reviewJson: 'no session: print {"due", "new", "cards"} for prompts and status bars',
    stats: 'your progress: cards by state, reviews, retention, streak, reviews and due cards per day',
    statsDeck: 'only the cards of this deck',
    statsOverrides: 'list the quiz answers you marked right after a wrong verdict',
    json: 'print JSON',
    card: 'show one card: the front, then the answer on a key',
    cardReveal: 'print front and back without waiting',
    cards: 'list the cards of a deck (or all decks)',
    cardsJson: 'print the card records as JSON',
    cardsSearch: 'only cards containing every word of TEXT',
    cardsState:
      'only cards that are new, learning, review, relearning, suspended, buried, flagged, leech or due',
    decks: 'list the decks with their card counts',
    lint: 'check notes: every problem as file:line, which lines made which card, what was skipped',
    notesGroup: 'notes every command loads without --notes: add, list, remove',
    notesAdd: 'remember notes files or folders',
    notesList: 'print the remembered notes',
    notesRemove: 'forget remembered notes',
    config: 'show or change the study settings (retention, new-per-day); where dockstudy keeps its files',
    configGet: 'print one setting, or all of them',
    configSet:
      'change a setting: retention 0.7–0.99 (default 0.9), new-per-day 0–9999 (default 20), leech-threshold 1–99 (default 8), max-answer-seconds 10–3600 (default 60)',
    configSetJson: 'print the new value as JSON',
    configList: 'print every setting',
    configPath: 'print where the store and the cache are',
    completion: 'print a shell completion script: bash, zsh or fish',
    export: 'write cards with their states and history: a JSON backup, Anki text, an Anki package, CSV',
    exportFormat: 'json (backup), anki (text import), apkg (package), csv',
    exportDeck: 'only this deck, repeatable',
    exportOut: 'write to FILE instead of stdout (needed for apkg)',
    import: 'bring in a dockstudy backup, an Anki package (.apkg/.colpkg) or an Anki text export',
    backup: 'a consistent copy of your progress (default: dockstudy-backup-DATE.db here)',
    doctor: 'check the whole store (integrity_check) and point to the newest backup',
    doctorJson: 'print the findings as JSON',
    examples: `
Examples:
  $ dockstudy quiz dockerfile                a 10-question quiz on Dockerfile instructions
  $ dockstudy quiz container --types typed   type docker commands, graded by meaning
  $ dockstudy review --due                   today's due cards, scheduled by FSRS
  $ dockstudy review --due --json            {"due": N, "new": M, "cards": [...]} for a shell prompt
  $ dockstudy stats                          progress, retention, streak and two charts
  $ dockstudy config set new-per-day 30      study settings (retention, new-per-day)
  $ dockstudy decks                          the decks and how many cards each has
  $ dockstudy cards container                the cards of one deck
  $ dockstudy cards --search publish --json  search, as JSON
  $ dockstudy card container-run             one card: front, then the answer on a key
  $ dockstudy notes add ~/notes/docker       your own notes, loaded by every command from now on
  $ dockstudy --notes ~/notes/docker.md cards --no-builtin
                                             your own markdown notes as a deck, this once
  $ dockstudy --lang ko card dockerfile-cmd  Korean content
  $ dockstudy lint ~/notes                   what your notes become, and every problem with its line
  $ dockstudy export --format apkg --out my.apkg
                                             everything as an Anki package, with its schedule
  $ dockstudy import deck.apkg               an Anki deck and its history (or a backup, or Anki text)
  $ dockstudy backup                         a copy of your progress, named with the date
  $ dockstudy doctor                         check the whole store; the newest backup if it is damaged
  $ source <(dockstudy completion bash)      tab completion of commands, options, decks and cards

Environment:
  DOCKSTUDY_HOME     the folder of the store (default: the platform data folder)
  DOCKSTUDY_NOTES    notes to load, as --notes, paths joined by ':'
  DOCKSTUDY_NOW      the clock, an ISO 8601 time (for demos and tests)
  NO_COLOR           no colour when set; FORCE_COLOR colour even in a pipe (0: none)
  LANGUAGE, LC_ALL, LC_MESSAGES, LANG
                     the UI language when there is no --lang (ko* is Korean)
  XDG_CACHE_HOME     where the parsed-notes cache goes

Exit codes:
  0 done · 1 failed · 2 bad usage · 130 interrupted (Ctrl-C)
`,
  },
  exchange: {
    imported: (file: string, kind: string, c: ExchangeCounts) =>
      `${file} (${kind}): cards ${c.cards.added} added, ${c.cards.updated} updated, ${c.cards.skipped} skipped; ` +
      `reviews ${c.reviews.added} added, ${c.reviews.skipped} skipped`,
    exported: (file: string, cards: number) => `${file}: ${cards} card${cards === 1 ? '' : 's'} written`,
    backedUp: (file: string) => `backed up to ${file}`,
    apkgNeedsOut: '--format apkg writes a zip: name the file with --out FILE',
    exists: (file: string) => `${file} already exists; name another file`,
    noStore: (file: string) => `${file}: no store yet, nothing to back up`,
    unreadable: (file: string, code: string) => `${file}: cannot read it (${code})`,
    unwritable: (file: string, code: string) => `${file}: cannot write it (${code})`,
    /** What an import read, by ImportKind. */
    kinds: { backup: 'backup', 'anki package': 'anki package', 'anki text': 'anki text' } as Record<
      string,
      string
    >,
    notice: (file: string, n: ImportNotice) =>
      n.say === 'emptyFronts'
        ? `${file}: ${n.count} note${n.count === 1 ? '' : 's'} with an empty front left out`
        : n.say === 'emptyFrontAt'
          ? `${file}:${n.line}: a note with an empty front was left out`
          : `${file}:${n.line}: card '${n.id}' appears twice; the first is kept`,
  },
  // ---- a whole Korean UI (issue 12, edges): arguments and settings the user typed wrong ----
  args: {
    wholeNumber: (name: string, min: number, max: number | undefined, value: string) =>
      `${name} must be a whole number ${max === undefined ? `of ${min} or more` : `from ${min} to ${max}`}, not '${value}'`,
    reviewJsonOnly: (option: string) =>
      `review --json only counts (with --due, --deck); --${option} is for a session`,
    state: (states: string[], got: string) => `--state must be one of ${states.join(', ')} (got '${got}')`,
    types: (types: readonly string[], unknown: string) =>
      `--types takes ${types.join(',')}; unknown: '${unknown}'`,
    jsonNeedsPrint: '--json goes with --print (a quiz printed as JSON)',
    noQuestions: (types: string[], decks: string[]) =>
      `no ${types.join('/')} questions can be made from ${decks.join(', ') || 'these decks'}`,
  },
  settings: {
    unknownKey: (key: string, keys: string[]) => `unknown config key ${key}; keys: ${keys.join(', ')}`,
    badValue: (name: string, range: string, value: string) => `${name} must be ${range}, not ${value}`,
    range: (whole: boolean, min: number, max: number) =>
      `${whole ? 'a whole number' : 'a number'} from ${min} to ${max}`,
  },
};

/** What an import added, updated and skipped. */
interface ExchangeCounts {
  cards: { added: number; updated: number; skipped: number };
  reviews: { added: number; skipped: number };
}

export type Messages = typeof en;
