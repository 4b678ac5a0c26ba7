import { commandForPath } from '../docker/index.js';
import type { Card, WrittenChoices } from '../notes/types.js';
import { mentions } from './key-terms.js';
import { optionUnit } from './option-text.js';
import type { Phrases } from './phrases.js';
import type { ChoiceQuestion } from './question.js';
import { type Rng, shuffle } from './rng.js';

/** One way to ask a card as a choice: the right option and every wrong option that may stand beside it. */
export interface ChoicePlan {
  cardId: string;
  prompt: string;
  answer: string;
  /** Wrong options, nearest in length to the answer first. */
  wrong: string[];
}

// A command that does all another does, so the other is no wrong option beside it (and back).
const COVERS: Array<[RegExp, RegExp]> = [
  [/^docker system prune$/, /^docker \w+ prune$/],
  [/^docker container restart$/, /^docker container start$/], // restarting a stopped container starts it
  [/^ADD$/, /^COPY$/], // ADD copies from the context as COPY does
];

export function overlap(a: string, b: string): boolean {
  return COVERS.some(
    ([wide, narrow]) => (wide.test(a) && narrow.test(b)) || (wide.test(b) && narrow.test(a)),
  );
}

const longsOf = (card: Card) => (card.flag ?? '').split(' ').filter(Boolean);

/** Names the learner may know the asked thing by: its flag forms, command aliases, instruction. */
function namesOf(card: Card): string[] {
  if (card.kind === 'flag') return [...longsOf(card), ...(card.short ? [card.short] : [])];
  if (card.kind === 'command' && card.command) {
    const spec = commandForPath(card.command);
    return [card.command, ...(spec?.aliases.map((a) => `docker ${a.join(' ')}`) ?? [])];
  }
  if (card.term) return [card.term];
  return [];
}

const isConcept = (c: Card) => c.kind === 'concept' || c.kind === 'qa';

/**
 * Cards a wrong option may come from: the same deck and kind (terms of a deck with fewer than three
 * others: the same kind from any deck). Concepts (and questions) are the
 * exception: one deck's concepts tell one overlapping story ("Why use Docker", "Advantages of
 * containers"), so another topic's explanation is easily true of this one too. They take wrong
 * options from the other decks in the quiz, and from their own deck only when it is alone.
 */
function siblingsOf(card: Card, pool: Card[]): Card[] {
  const sameKind = pool.filter(
    (c) =>
      c.id !== card.id && c.lang === card.lang && (isConcept(card) ? isConcept(c) : c.kind === card.kind),
  );
  if (!isConcept(card)) {
    // A deck with few terms (compose has three) borrows the other decks' terms: still wrong, same kind.
    const sameDeck = sameKind.filter((c) => c.deck === card.deck);
    return card.kind === 'term' && sameDeck.length < 3 ? sameKind : sameDeck;
  }
  const otherDecks = sameKind.filter((c) => c.deck !== card.deck);
  return otherDecks.length >= 6 ? otherDecks : sameKind;
}

/** Unique options (by their text, ignoring case and spacing), nearest in length to the answer first. */
function arrange(answer: string, options: string[]): string[] {
  const seen = new Set([arrangeKey(answer)]);
  const unique = options.filter((o) => {
    const key = arrangeKey(o);
    return !seen.has(key) && seen.add(key);
  });
  return unique.sort((a, b) => Math.abs(a.length - answer.length) - Math.abs(b.length - answer.length));
}

/** An option as options are told apart: case, spacing and a final full stop aside (once per text). */
function arrangeKey(option: string): string {
  let key = arrangeKeys.get(option);
  if (key === undefined) {
    const spaced = option.toLowerCase().replace(/\s+/g, ' ');
    key = spaced.endsWith('.') || spaced.endsWith('。') ? spaced.slice(0, -1) : spaced;
    arrangeKeys.set(option, key);
  }
  return key;
}
const arrangeKeys = new Map<string, string>();

/** Whether a description option is of like shape: length within half to double the answer's. */
export function likeShape(option: string, answer: string): boolean {
  const ratio = option.length / Math.max(answer.length, 1);
  return ratio >= 0.5 && ratio <= 2;
}

/** The whole answer of an O/X or true/false statement: `X`, `F. False`, `True`. */
const MARK_ONLY = /^(?:[OXTF]\.?\s*)?(?:True|False|O|X)\.?$/i;

/** "Which flag / instruction / command / term: <description>" with names as options. */
function nameFromDescription(card: Card, pool: Card[], say: Phrases): ChoicePlan | undefined {
  const description = optionUnit(card.summary);
  if (!description || namesOf(card).some((n) => mentions(description, n))) return undefined;
  let answer: string | undefined;
  let wrong: string[] = [];
  let prompt: string;
  if (card.kind === 'flag') {
    // A cluster like -it has no one name to pick.
    const longs = longsOf(card);
    const spec = card.command ? commandForPath(card.command) : undefined;
    if (longs.length !== 1 || !spec) return undefined;
    answer = longs[0]!;
    wrong = spec.flags
      .filter((f) => !f.hidden && f.long !== '--help' && f.long !== answer)
      .map((f) => f.long);
    prompt = say.whichFlag(card.command!, description);
  } else if (card.kind === 'command' && card.command) {
    answer = card.command;
    wrong = siblingsOf(card, pool)
      .map((c) => c.command ?? '')
      .filter((c) => c && !overlap(c, answer!));
    prompt = say.whichCommand(description);
  } else if ((card.kind === 'instruction' || card.kind === 'term') && card.term) {
    answer = card.term;
    wrong = siblingsOf(card, pool)
      .flatMap((c) => c.term ?? [])
      .filter((t) => !overlap(t, answer!) && likeShape(t, answer!));
    prompt = card.kind === 'instruction' ? say.whichInstruction(description) : say.whichTerm(description);
  } else return undefined;
  // A name the description mentions would be a second right-looking option.
  wrong = wrong.filter((w) => !mentions(description, w));
  return { cardId: card.id, prompt, answer, wrong: arrange(answer, wrong) };
}

/** "What does X do?" / "Which explanation fits X?" with descriptions as options. */
function descriptionFromName(card: Card, pool: Card[], say: Phrases): ChoicePlan | undefined {
  const answer = optionUnit(card.summary);
  if (!answer) return undefined;
  const names = namesOf(card);
  if (names.some((n) => mentions(answer, n))) return undefined;
  let siblings = siblingsOf(card, pool);
  let prompt: string;
  if (card.kind === 'flag') {
    // A flag of the same name elsewhere (--force, --all) means much the same: never a wrong option.
    const longs = new Set(longsOf(card));
    siblings = siblings.filter((c) => !longsOf(c).some((l) => longs.has(l)));
    const sameCommand = siblings.filter((c) => c.command === card.command);
    if (sameCommand.length >= 3) siblings = sameCommand;
    prompt = say.whatDoes(`\`${card.command} ${card.short ?? card.flag}\``);
  } else if (card.kind === 'command') {
    siblings = siblings.filter((c) => !overlap(c.command ?? '', card.command ?? ''));
    // A summary that is what the note said of one written line (`docker rm -f web`: 실행 중이어도
    // 강제로 삭제) is true of that line: the question shows it, not the command its flags change.
    const [task, ...more] = card.tasks ?? [];
    const line = task && more.length === 0 && task.prompt === card.summary ? task.command : undefined;
    // `` `profiles` marks services that … `` over `docker compose --profile debug up`, `` `--user` … ``:
    // text that opens by naming something else says what that is, not what the command does.
    const opening = /^\s*[`*_]+([^`*_]+)[`*_]+/.exec(card.back)?.[1]?.trim().toLowerCase();
    const words = (card.command ?? '').toLowerCase().split(/\s+/);
    if (!line && opening && !opening.startsWith('docker') && !words.includes(opening.split(/\s+/).at(-1)!))
      return undefined;
    prompt = say.whatDoes(`\`${line && line.length <= 60 ? line : card.command}\``);
  } else if (card.kind === 'instruction' || card.kind === 'term') {
    siblings = siblings.filter((c) => !overlap(c.term ?? '', card.term ?? ''));
    // An instruction does something; a term names something.
    prompt = card.kind === 'term' ? say.whatIs(`\`${card.term}\``) : say.whatDoes(`\`${card.term}\``);
  } else {
    // Another topic's explanation that speaks of this topic may be true of it as well.
    // Words most of the deck uses ("container") tell nothing; rarer ones ("hypervisor") do.
    // Markup goes, but not the blank of a question to fill (`` `______` 옵션을 쓰면 … ``) nor the
    // underscore of a name (`depends_on`, `/_data`): only `_` that emphasizes whole words.
    const topic = card.front
      .split(/_{3,}/)
      .map((part) =>
        part.replace(/[`*]/g, '').replace(/(^|\s)__?(\S(?:.*?\S)?)__?(?=\s|[.,:;!?)]|$)/g, '$1$2'),
      )
      .join('_____')
      .trim();
    const says = (c: Card, w: string) => lowerText(c).summary.includes(w);
    const words = topicWords(topic).filter(
      (w) => siblings.filter((c) => says(c, w)).length <= siblings.length / 4,
    );
    siblings = siblings.filter((c) => !words.some((w) => says(c, w)) && !sharesRareWords(card, c, pool));
    prompt = card.kind === 'qa' ? say.whichAnswers(topic) : say.whichExplains(topic);
  }
  const seenFlags = new Set<string>();
  const wrong = siblings
    .filter((c) => {
      // Two cards of one flag name (-f, --filter and --filter) would give two options of one meaning.
      const long = longsOf(c).join(' ');
      if (card.kind === 'flag' && long) {
        if (seenFlags.has(long)) return false;
        seenFlags.add(long);
      }
      return true;
    })
    .flatMap((c) => optionUnit(c.summary) ?? [])
    .filter((o) => likeShape(o, answer) && !names.some((n) => mentions(o, n)))
    // `T. True` or `X` answers an O/X statement: an option only for another such statement.
    .filter((o) => !MARK_ONLY.test(o) || MARK_ONLY.test(answer));
  return { cardId: card.id, prompt, answer, wrong: arrange(answer, wrong) };
}

// Text of ASCII, Hangul syllables and punctuation only (most notes): letters and digits are then
// [a-z0-9가-힣] once lowercased, and this split gives what the \p{L}\p{N} one does without compiling
// Unicode's letter tables (milliseconds before a quiz's first question).
const SIMPLE_TEXT =
  /^[\x00-\x7f\u00b7\u00d7\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u3000-\u3003\uac00-\ud7a3]*$/;
const SIMPLE_SEPARATORS = /[^a-z0-9\uac00-\ud7a3]+/;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The words of a lowercased text: runs of letters and digits. */
export function splitWords(lower: string): string[] {
  return lower.split(SIMPLE_TEXT.test(lower) ? SIMPLE_SEPARATORS : SEPARATORS);
}

const isHangul = (char: string | undefined) => char !== undefined && char >= '가' && char <= '힣';
const WORD_PARTICLE = /(?:이란|란|는|은|이|가|을|를|의|와|과|로|으로|에|에서|도|만)$/u;

/** Lowercase words of a text, Korean particles cut off: the unit two explanations are compared in. */
function wordsOf(text: string): Set<string> {
  return new Set(
    splitWords(text.toLowerCase())
      // Only a word ending in a syllable can end in a particle.
      .map((w) => (isHangul(w.at(-1)) ? w.replace(WORD_PARTICLE, '') : w))
      .filter((w) => (/[가-힣]/.test(w) ? w.length >= 2 : w.length >= 4)),
  );
}

/** Per pool and language: how many concept texts contain a word (a quiz asks this for every pair). */
const conceptUses = new WeakMap<Card[], Map<string, number>>();

function conceptsUsing(word: string, lang: string, pool: Card[]): number {
  let counts = conceptUses.get(pool);
  if (!counts) {
    counts = new Map();
    conceptUses.set(pool, counts);
  }
  const key = `${lang}\u0000${word}`;
  let count = counts.get(key);
  if (count === undefined) {
    count = pool.filter((c) => c.lang === lang && isConcept(c) && lowerText(c).back.includes(word)).length;
    counts.set(key, count);
  }
  return count;
}

/** A card's back and summary lowercased, once (asked for every word of every pair of cards). */
const lowered = new WeakMap<Card, { back: string; summary: string }>();
function lowerText(card: Card): { back: string; summary: string } {
  let lower = lowered.get(card);
  if (!lower) {
    lower = { back: card.back.toLowerCase(), summary: card.summary.toLowerCase() };
    lowered.set(card, lower);
  }
  return lower;
}

// Each text's words, once: the asked card's whole back, the other cards' summaries.
const backWords = new WeakMap<Card, Set<string>>();
const summaryWords = new WeakMap<Card, Set<string>>();
function wordsIn(cache: WeakMap<Card, Set<string>>, card: Card, text: string): Set<string> {
  let words = cache.get(card);
  if (!words) {
    words = wordsOf(text);
    cache.set(card, words);
  }
  return words;
}

/**
 * Another topic's explanation that shares two rare words with this card's whole text ("guest",
 * "kernel") most likely says something true of this topic too.
 */
function sharesRareWords(card: Card, other: Card, pool: Card[]): boolean {
  const mine = wordsIn(backWords, card, card.back);
  let shared = 0;
  for (const word of wordsIn(summaryWords, other, other.summary)) {
    if (mine.has(word) && conceptsUsing(word, card.lang, pool) <= 3) shared++;
  }
  return shared >= 2;
}

const STOP_WORDS = new Set([
  'what',
  'which',
  'the',
  'and',
  'for',
  'with',
  'how',
  'why',
  'does',
  'from',
  'into',
]);

/** The words that name a topic: "Hypervisors: type 1 vs type 2" → hypervisor, type. */
function topicWords(topic: string): string[] {
  return splitWords(topic.toLowerCase())
    .map((w) => w.replace(/(?:s|es|이란|란|는|은|이|가|을|를|의|와|과)$/u, ''))
    .filter((w) => (/[가-힣]/.test(w) ? w.length >= 2 : w.length >= 4) && !STOP_WORDS.has(w));
}

/** Every way the card can be asked as a choice, with all the wrong options each may use. */
export function choicePlans(card: Card, pool: Card[], say: Phrases): ChoicePlan[] {
  return [nameFromDescription(card, pool, say), descriptionFromName(card, pool, say)].filter(
    (p): p is ChoicePlan => p !== undefined && p.wrong.length >= 3,
  );
}

/** A plan made a question: three of the nearest-shaped wrong options, shuffled with the answer. */
export function choiceFromPlan(plan: ChoicePlan, rng: Rng): ChoiceQuestion {
  const wrong = shuffle(rng, plan.wrong.slice(0, 6)).slice(0, 3);
  return {
    cardId: plan.cardId,
    type: 'choice',
    prompt: plan.prompt,
    choices: shuffle(rng, [plan.answer, ...wrong]),
    answer: plan.answer,
  };
}

export function choiceQuestions(card: Card, pool: Card[], rng: Rng, say: Phrases): ChoiceQuestion[] {
  // The note's own options: its author chose them (and may write `both A and C`), in that order.
  if (card.choices) return [writtenQuestion(card, card.choices)];
  return shuffle(rng, choicePlans(card, pool, say)).map((plan) => choiceFromPlan(plan, rng));
}

/** A question written with its options, asked with those. */
export function writtenQuestion(card: Card, written: WrittenChoices): ChoiceQuestion {
  return {
    cardId: card.id,
    type: 'choice',
    prompt: written.stem,
    choices: written.options,
    answer: written.options[written.answer]!,
    labels: written.labels,
  };
}
