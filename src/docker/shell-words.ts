import type { ParseError } from './types.js';

// Splits a typed command line into words like a POSIX shell would, without
// expanding anything: quotes are removed, backslashes escape, and $(…), `…` and
// ${…} are kept verbatim as part of their word (so `rm $(docker ps -aq)` stays one
// argument). Unquoted shell operators become separate operator tokens.

export type ShellToken = { kind: 'word'; text: string } | { kind: 'operator'; text: string };

// Longest first, so '&&' wins over '&'.
const OPERATORS = ['&&', '||', ';;', '>>', '>&', '<&', '&>', '>|', '<<', '|', '&', ';', '<', '>', '(', ')'];
const OPERATOR_START = new Set(['|', '&', ';', '<', '>', '(', ')']);
// Inside double quotes a backslash only escapes these.
const DOUBLE_QUOTE_ESCAPABLE = new Set(['$', '`', '"', '\\', '\n']);

/** Index of the ')' closing a '$(' whose body starts at `start`, or -1. */
function closingParen(line: string, start: number): number {
  let depth = 1;
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the backtick closing one at `open`, or -1. */
function closingBacktick(line: string, open: number): number {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '`') return i;
  }
  return -1;
}

/** Copies $(…), ${…} or `…` starting at `i` verbatim; returns its end index or an error. */
function verbatimEnd(line: string, i: number): number | ParseError {
  if (line[i] === '`') {
    const end = closingBacktick(line, i);
    return end < 0 ? { error: { code: 'unclosed', what: 'backtick' } } : end;
  }
  if (line[i + 1] === '(') {
    const end = closingParen(line, i + 2);
    return end < 0 ? { error: { code: 'unclosed', what: 'substitution' } } : end;
  }
  const end = line.indexOf('}', i + 2);
  return end < 0 ? { error: { code: 'unclosed', what: 'parameter' } } : end;
}

function startsVerbatim(line: string, i: number): boolean {
  return line[i] === '`' || (line[i] === '$' && (line[i + 1] === '(' || line[i + 1] === '{'));
}

export function tokenizeShell(line: string): ShellToken[] | ParseError {
  const tokens: ShellToken[] = [];
  let word = '';
  let inWord = false;
  let wordHasQuotes = false;
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', text: word });
    word = '';
    inWord = false;
    wordHasQuotes = false;
  };

  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
    } else if (c === '\n') {
      // A newline ends a command, like ';'.
      endWord();
      tokens.push({ kind: 'operator', text: ';' });
      i++;
    } else if (c === '#' && !inWord) {
      const newline = line.indexOf('\n', i);
      i = newline < 0 ? line.length : newline;
    } else if (c === '\\') {
      const next = line[i + 1];
      if (next === undefined) return { error: { code: 'lone-backslash' } };
      if (next === '\n') {
        i += 2; // line continuation
        continue;
      }
      if (next === '\r' && line[i + 2] === '\n') {
        i += 3;
        continue;
      }
      word += next;
      inWord = true;
      wordHasQuotes = true;
      i += 2;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { error: { code: 'unclosed', what: 'single-quote' } };
      word += line.slice(i + 1, end);
      inWord = true;
      wordHasQuotes = true;
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      for (;;) {
        const d = line[j];
        if (d === undefined) return { error: { code: 'unclosed', what: 'double-quote' } };
        if (d === '"') break;
        if (d === '\\' && line[j + 1] !== undefined && DOUBLE_QUOTE_ESCAPABLE.has(line[j + 1] ?? '')) {
          if (line[j + 1] !== '\n') word += line[j + 1];
          j += 2;
        } else if (startsVerbatim(line, j)) {
          const end = verbatimEnd(line, j);
          if (typeof end !== 'number') return end;
          word += line.slice(j, end + 1);
          j = end + 1;
        } else {
          word += d;
          j++;
        }
      }
      inWord = true;
      wordHasQuotes = true;
      i = j + 1;
    } else if (startsVerbatim(line, i)) {
      const end = verbatimEnd(line, i);
      if (typeof end !== 'number') return end;
      word += line.slice(i, end + 1);
      inWord = true;
      i = end + 1;
    } else if (OPERATOR_START.has(c)) {
      const op = OPERATORS.find((candidate) => line.startsWith(candidate, i)) ?? c;
      // '2>' and '2>&1': a bare file-descriptor number belongs to the redirection.
      const fd = (c === '<' || c === '>') && inWord && !wordHasQuotes && /^\d+$/.test(word) ? word : '';
      if (fd) {
        word = '';
        inWord = false;
      }
      endWord();
      tokens.push({ kind: 'operator', text: fd + op });
      i += op.length;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endWord();
  return tokens;
}

/** POSIX-ish word splitting; operators such as '|' come back as their own words. */
export function splitShellWords(line: string): string[] | ParseError {
  if (typeof line !== 'string') return { error: { code: 'not-text' } };
  const tokens = tokenizeShell(line);
  return 'error' in tokens ? tokens : tokens.map((token) => token.text);
}
