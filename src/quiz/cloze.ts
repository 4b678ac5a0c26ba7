import { commandForPath, lookupFlag } from '../docker/index.js';
import type { Card } from '../notes/types.js';
import { normalizeDashes } from '../text/dashes.js';
import { keyTermKind, mentions, wholeWordAt } from './key-terms.js';
import { isComplete } from './option-text.js';
import type { Phrases } from './phrases.js';
import type { ClozeQuestion } from './question.js';
import { subjectsOf } from './subject.js';

export const BLANK = '_____';

/**
 * Every cloze the card can give: one key term blanked where it stands as a whole word, once, in a
 * complete sentence, under a subject that does not give the term away.
 */
export function clozeQuestions(card: Card, say: Phrases): ClozeQuestion[] {
  const questions: ClozeQuestion[] = [];
  const seen = new Set<string>();
  for (const { term, sentence } of card.keyTerms ?? []) {
    const kind = keyTermKind(term, card);
    if (!kind || !isComplete(sentence) || seen.has(`${term}\n${sentence}`)) continue;
    const caseSensitive = kind === 'flag';
    const at = wholeWordAt(sentence, term);
    const again = caseSensitive ? at : wholeWordAt(sentence.toLowerCase(), term.toLowerCase());
    if (at.length !== 1 || again.length !== 1) continue;
    const text = sentence.slice(0, at[0]) + BLANK + sentence.slice(at[0]! + term.length);
    // The rest of the sentence has to say something: three words besides the blank.
    if (
      text
        .replace(BLANK, ' ')
        .split(/\s+/)
        .filter((w) => /[\p{L}]{2,}/u.test(w)).length < 3
    )
      continue;
    if (isListItem(card, term, sentence)) continue;
    const subject = subjectsOf(card, say).find((s) => !mentions(s, term));
    if (!subject) continue;
    seen.add(`${term}\n${sentence}`);
    // A sentence about the names themselves ("docker ps is the short form") wants the one it names.
    const spellings =
      kind === 'command' ? commandSpellings(term) : kind === 'flag' ? flagSpellings(card, term) : [term];
    const aboutNames = spellings.some((s) => s !== term && (mentions(sentence, s) || mentions(subject, s)));
    questions.push({
      cardId: card.id,
      type: 'cloze',
      prompt: say.fillBlank(subject, text),
      answer: term,
      subject,
      text,
      caseSensitive,
      alsoRight: aboutNames
        ? []
        : [...spellings, ...(kind === 'command' ? soleFlagSpellings(term) : [])].filter((s) => s !== term),
    });
  }
  return questions;
}

/**
 * Every way to write a command term: its aliases (`docker history` = `docker image history`), the
 * generic `docker inspect` for a specific inspect, `docker buildx build` for a build; flags kept.
 */
export function commandSpellings(term: string): string[] {
  const dash = term.indexOf(' -');
  const path = dash < 0 ? term : term.slice(0, dash);
  const flags = dash < 0 ? '' : term.slice(dash);
  const spec = commandForPath(path);
  if (!spec) return [term];
  const names = [spec.path, ...spec.aliases].map((words) => `docker ${words.join(' ')}`);
  if (/^(container|image|network|volume)$/.test(spec.path[0] ?? '') && spec.path[1] === 'inspect')
    names.push('docker inspect');
  if (spec.path.join(' ') === 'image build') names.push('docker buildx build');
  return [term, ...names.map((name) => `${name}${flags}`).filter((s) => s !== term)];
}

/**
 * `docker run --entrypoint` blanked: the flag is the part to know, so `--entrypoint` (or its other
 * form) is right too. Only for a command and one flag with no value, where nothing else is asked.
 */
function soleFlagSpellings(term: string): string[] {
  const match = /^(docker(?:\s+[a-z][\w-]*)+)\s+(-{1,2}[A-Za-z][\w-]*)$/.exec(term);
  const spec = match && commandForPath(match[1]!);
  const flag = spec && lookupFlag(`docker ${spec.path.join(' ')}`, match![2]!);
  return flag ? [flag.long, ...(flag.short ? [flag.short] : [])] : [];
}

/** A flag's short and long form (`-p` and `--password`), as the card's command knows them. */
function flagSpellings(card: Card, term: string): string[] {
  const spec = card.command ? lookupFlag(card.command, term) : undefined;
  return spec
    ? [term, ...[spec.long, spec.short].filter((f): f is string => f !== undefined && f !== term)]
    : [term];
}

// Between two items of one list: `--interval, --timeout (both 30s) and`, `docker push와`.
const SEPARATOR = /^\s*(?:\([^)]*\))?\s*(?:,|,?\s*and|,?\s*or|및|와|과|이나|나)\s*(?:\([^)]*\))?\s*$/;

const family = (term: string) =>
  term.startsWith('-')
    ? 'flag'
    : term.startsWith('docker ')
      ? 'command'
      : /^[A-Z]+$/.test(term)
        ? 'instruction'
        : 'word';

/**
 * A term in a list of its kind ("Other options are --interval, --timeout and --start-period") has
 * no one answer: any other item would fit the blank. A flag's short and long form side by side
 * (`-f, --format`) are one flag, not a list.
 */
function isListItem(card: Card, term: string, sentence: string): boolean {
  const longOf = (flag: string) => (card.command ? lookupFlag(card.command, flag)?.long : undefined);
  return (card.keyTerms ?? []).some(({ term: other, sentence: s }) => {
    if (s !== sentence || other === term || family(other) !== family(term)) return false;
    if (family(term) === 'flag' && longOf(term) !== undefined && longOf(term) === longOf(other)) return false;
    const a = sentence.indexOf(term);
    const b = sentence.indexOf(other);
    const between = a < b ? sentence.slice(a + term.length, b) : sentence.slice(b + other.length, a);
    return a >= 0 && b >= 0 && SEPARATOR.test(between);
  });
}

/** Spacing, quotes and dash style never matter in a cloze answer; case matters only for flags. */
export function normalizeTerm(text: string, caseSensitive = false): string {
  const normalized = normalizeDashes(text.normalize('NFKC'))
    .replace(/[`'"“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return caseSensitive ? normalized : normalized.toLowerCase();
}
