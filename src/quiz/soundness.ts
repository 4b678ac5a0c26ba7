import { parseCommandLine } from '../docker/index.js';
import type { Card } from '../notes/types.js';
import { likeShape, overlap } from './choice.js';
import { BLANK } from './cloze.js';
import { isPlaceholder, keyTermKind, mentions } from './key-terms.js';
import { isComplete } from './option-text.js';
import { phrases } from './phrases.js';
import { choicesOf, type Question, questionKey } from './question.js';
import { subjectsOf } from './subject.js';

// The mechanical rules a question must keep to be worth answering (issue 9). Pure, so the tests'
// quality gate and `dockstudy lint` (user cards with no sound question) share them.

export type Rule =
  | 'cloze-subject'
  | 'cloze-blank'
  | 'cloze-cuts-word'
  | 'cloze-not-key-term'
  | 'cloze-placeholder'
  | 'cloze-given-away'
  | 'cloze-incomplete'
  | 'options-count'
  | 'options-duplicate'
  | 'options-one-meaning'
  | 'option-incomplete'
  | 'option-shape'
  | 'option-also-true'
  | 'choice-given-away'
  | 'typed-unreadable'
  | 'typed-given-away'
  | 'duplicate-question';

export interface Defect {
  cardId: string;
  rule: Rule;
  detail: string;
}

const optionKey = (o: string) =>
  o
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.。]$/, '')
    .trim();

/** Flag names an option consists of: `-f, --filter` → [-f, --filter]; undefined for prose. */
const flagNames = (o: string) => (/^(?:--?[\w-]+)(?:,\s*--?[\w-]+)*$/.test(o) ? o.split(/,\s*/) : undefined);

/** Names (a flag, a command, an instruction) have no shape to compare; sentences do. */
const isName = (o: string) => flagNames(o) !== undefined || /^(?:docker(?: [a-z-]+)+|[A-Z]+|\S+)$/.test(o);

function clozeDefects(q: Extract<Question, { type: 'cloze' }>, card: Card): Array<[Rule, string]> {
  const found: Array<[Rule, string]> = [];
  const say = phrases(card.lang);
  if (!subjectsOf(card, say).includes(q.subject) || !q.prompt.includes(q.subject)) {
    found.push(['cloze-subject', `the prompt does not show the card's subject: ${q.prompt}`]);
  }
  const blanks = q.text.split(BLANK).length - 1;
  if (blanks !== 1 || !q.prompt.includes(q.text))
    found.push(['cloze-blank', `${blanks} blanks in: ${q.text}`]);
  const at = q.text.indexOf(BLANK);
  const before = q.text.slice(0, at);
  const after = q.text.slice(at + BLANK.length);
  if (/[A-Za-z0-9_-]$/.test(before) || /^(?:[A-Za-z0-9_]|-[A-Za-z])/.test(after)) {
    found.push(['cloze-cuts-word', `the blank is part of a word: ${q.text}`]);
  }
  if (!keyTermKind(q.answer, card)) {
    found.push([
      'cloze-not-key-term',
      `'${q.answer}' is not the card's command, a flag, an instruction or a term it defines`,
    ]);
  }
  if (isPlaceholder(q.answer))
    found.push(['cloze-placeholder', `'${q.answer}' is an example value or placeholder`]);
  if (mentions(q.prompt.replace(q.subject, ''), q.answer) || mentions(q.subject, q.answer)) {
    found.push(['cloze-given-away', `the prompt shows '${q.answer}' already`]);
  }
  if (q.caseSensitive !== q.answer.startsWith('-')) {
    found.push(['cloze-not-key-term', `case should matter exactly for flags ('${q.answer}')`]);
  }
  if (!isComplete(q.text)) found.push(['cloze-incomplete', `cut-off sentence: ${q.text}`]);
  return found;
}

function optionDefects(q: Question, choices: string[]): Array<[Rule, string]> {
  const found: Array<[Rule, string]> = [];
  // A question asked as written keeps its note's options (two for O/X); only one may be the answer.
  const written = q.type === 'choice' && q.labels !== undefined;
  if (choices.length < (written ? 2 : 4) || choices.filter((c) => c === q.answer).length !== 1) {
    found.push([
      'options-count',
      `${choices.length} options, the answer ${choices.filter((c) => c === q.answer).length} times`,
    ]);
  }
  const keys = choices.map(optionKey);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice !== undefined) found.push(['options-duplicate', `'${twice}' is offered twice`]);
  // Its author chose the options and their shapes: the rules for options we pick do not apply.
  if (written) return found;
  for (const [i, a] of choices.entries()) {
    if (!isComplete(a)) found.push(['option-incomplete', `cut-off option: ${a}`]);
    for (const b of choices.slice(i + 1)) {
      const fa = flagNames(a);
      const fb = flagNames(b);
      if (fa && fb && fa.some((f) => fb.includes(f)))
        found.push(['options-one-meaning', `'${a}' and '${b}' name one flag`]);
      if (overlap(a.replace(/`/g, ''), b.replace(/`/g, '')) && [a, b].includes(q.answer)) {
        found.push(['option-also-true', `'${a}' and '${b}': one does all the other does`]);
      }
    }
  }
  if (q.type === 'choice' && !isName(q.answer)) {
    for (const c of choices) {
      if (!likeShape(c, q.answer))
        found.push(['option-shape', `'${c}' is much shorter or longer than the answer`]);
    }
  }
  if (q.type === 'choice' && isName(q.answer) && mentions(q.prompt, q.answer)) {
    found.push(['choice-given-away', `the prompt names the answer '${q.answer}'`]);
  }
  return found;
}

/** What is wrong with one question of `card`; empty when it is sound. */
export function questionDefects(q: Question, card: Card): Defect[] {
  let found: Array<[Rule, string]> = [];
  if (q.type === 'cloze') found = clozeDefects(q, card);
  else if (q.type === 'typed') {
    if ('error' in parseCommandLine(q.answer))
      found.push(['typed-unreadable', `'${q.answer}' does not parse`]);
    if (q.prompt.includes(q.answer))
      found.push(['typed-given-away', `the task shows the command '${q.answer}'`]);
  } else found = optionDefects(q, choicesOf(q) ?? []);
  return found.map(([rule, detail]) => ({ cardId: card.id, rule, detail }));
}

/** Questions of one quiz that ask the same thing twice. */
export function duplicateDefects(questions: Question[]): Defect[] {
  const seen = new Set<string>();
  const found: Defect[] = [];
  for (const q of questions) {
    const key = questionKey(q);
    if (seen.has(key)) found.push({ cardId: q.cardId, rule: 'duplicate-question', detail: q.prompt });
    seen.add(key);
  }
  return found;
}
