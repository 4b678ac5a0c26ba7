import { commandForPath } from '../docker/index.js';
import type { Card } from '../notes/types.js';

// Which of a card's emphasized words are worth a blank: the card's command, a flag, a Dockerfile
// instruction or a term the card defines in bold. Example values and placeholders are not: a
// learner who writes `1h` where the note wrote `10m` is not wrong.

const INSTRUCTIONS = new Set(
  'FROM RUN CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL MAINTAINER'.split(
    ' ',
  ),
);

export type KeyTermKind = 'flag' | 'command' | 'instruction' | 'defined';

const FLAG = /^--?[A-Za-z][A-Za-z0-9-]*$/;
const COMMAND = /^docker(?: [a-z][a-z-]*)+(?: --?[a-z][a-z-]*)*$/;

/** Example values and placeholders: `HOST_PORT:CONTAINER_PORT`, `on-failure[:max-retries]`, `10m`, `.env`. */
export function isPlaceholder(term: string): boolean {
  return (
    /[[\]<>|{}=:@$"/\\]/.test(term) || // templates, key=value, name:tag, digests, paths
    /\b[A-Z]+_[A-Z_]+\b/.test(term) || // HOST_PORT
    /^\d/.test(term) || // 10m, 3000, 1.0
    /^\.?[\w-]*\.[a-z]{1,5}$/i.test(term) || // .env, compose.yaml, Dockerfile.dev
    /^AS\s/i.test(term) || // AS name
    /[가-힣]+:[가-힣]+/.test(term) // 호스트포트:컨테이너포트
  );
}

function isDockerCommand(term: string): boolean {
  if (!COMMAND.test(term)) return false;
  const path = term.split(' --')[0]!.split(' -')[0]!;
  return commandForPath(path) !== undefined;
}

function isBoldIn(term: string, card: Card): boolean {
  if (card.term === term) return true;
  // A term the back does not hold is not bold in it: no expression to compile for it.
  if (!card.back.includes(term)) return false;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(\\*\\*|__)\\s*${escaped}\\s*\\1`).test(card.back);
}

/** What kind of key term `term` is on this card, or undefined when it is no key term. */
export function keyTermKind(term: string, card: Card): KeyTermKind | undefined {
  if (FLAG.test(term)) return 'flag';
  if (isDockerCommand(term)) return 'command';
  if (INSTRUCTIONS.has(term)) return 'instruction';
  if (!isPlaceholder(term) && /^[\p{L}][\p{L}\p{N} -]*$/u.test(term) && isBoldIn(term, card))
    return 'defined';
  return undefined;
}

const WORD_BEFORE = /[\p{L}\p{N}_-]$/u;
// After a term a Korean particle may follow (`ENV는`), but not more of a Latin word or a longer flag.
const WORD_AFTER = /^(?:[A-Za-z0-9_]|-[A-Za-z0-9])/;

/** Where `term` stands as a whole word in `text` (not inside `appended` or `--password-stdin`). */
export function wholeWordAt(text: string, term: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + term.length);
    const latinStart = /^[A-Za-z0-9_-]/.test(term);
    if (latinStart && WORD_BEFORE.test(before) && !/[가-힣]$/.test(before)) continue;
    if (WORD_AFTER.test(after)) continue;
    found.push(at);
  }
  return found;
}

/** Whether `text` mentions `term` as a word; case matters for flags (`-p` is not `-P`) and instructions (`USER` is not "user"). */
export function mentions(text: string, term: string): boolean {
  if (term === '') return false;
  if (FLAG.test(term) || INSTRUCTIONS.has(term)) return wholeWordAt(text, term).length > 0;
  return wholeWordAt(text.toLowerCase(), term.toLowerCase()).length > 0;
}
