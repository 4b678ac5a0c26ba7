import { normalizeLeadingDash } from '../text/dashes.js';
import { closestName } from '../text/suggest.js';
import type { FlagSpec, ParseError } from './types.js';

// Reads flags the way docker's flag library (spf13/pflag) does, so that what we
// accept matches what the real client accepts:
//   --name x, --name=x, --name= (empty value), -p 80:80, -p80:80, -p=80:80,
//   clusters of switches that may end in a value flag (-itp 80:80, -dp=80),
//   '--' ends the flags, a lone '-' is an argument, a value may start with '-'.

export interface FlagHit {
  spec: FlagSpec;
  /** Undefined when a switch was given without '=value'. */
  value?: string;
  /** The word as typed, for error messages. */
  written: string;
}

export interface FlagReading {
  hits: FlagHit[];
  args: string[];
}

export interface ReadOptions {
  /** Stop reading flags at the first argument; everything after it is an argument. */
  stopAtFirstArg: boolean;
  /** 'docker container run', used in error messages. */
  commandLabel: string;
}

function longNames(index: Map<string, FlagSpec>): string[] {
  return [...index.keys()].filter((name) => name.startsWith('--'));
}

function unknownFlag(
  written: string,
  inWord: string,
  index: Map<string, FlagSpec>,
  label: string,
): ParseError {
  let hint = closestName(written, longNames(index));
  // '-rm' is a common slip for '--rm', and '--it' (or a smart dash '–it') for '-it'.
  if (!written.startsWith('--') && index.has(`-${inWord}`)) hint = `-${inWord}`;
  const letters = written.startsWith('--') ? written.slice(2) : '';
  if (letters.length > 1 && [...letters].every((letter) => index.has(`-${letter}`))) hint = `-${letters}`;
  return {
    error: {
      code: 'unknown-flag',
      flag: written,
      ...(written === inWord ? {} : { within: inWord }),
      command: label,
      ...(hint ? { suggestion: hint } : {}),
    },
  };
}

function needsValue(name: string, label: string): ParseError {
  return { error: { code: 'flag-needs-value', flag: name, command: label } };
}

export function readFlags(
  words: string[],
  index: Map<string, FlagSpec>,
  options: ReadOptions,
): FlagReading | ParseError {
  const hits: FlagHit[] = [];
  const args: string[] = [];
  const label = options.commandLabel;
  let i = 0;
  while (i < words.length) {
    const raw = words[i] ?? '';
    const word = normalizeLeadingDash(raw);
    i++;
    if (word === '--') {
      args.push(...words.slice(i));
      break;
    }
    if (word.length < 2 || !word.startsWith('-')) {
      args.push(raw);
      if (options.stopAtFirstArg) {
        args.push(...words.slice(i));
        break;
      }
      continue;
    }
    if (word.startsWith('--')) {
      if (word[2] === '-' || word[2] === '=') return { error: { code: 'bad-flag', word: raw } };
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      const spec = index.get(name);
      if (!spec) return unknownFlag(name, name, index, label);
      if (eq >= 0) {
        hits.push({ spec, value: word.slice(eq + 1), written: raw });
      } else if (!spec.takesValue) {
        hits.push({ spec, written: raw });
      } else if (i < words.length) {
        hits.push({ spec, value: words[i] ?? '', written: raw });
        i++;
      } else {
        return needsValue(name, label);
      }
      continue;
    }
    // A cluster of one-letter flags: -it, -itp 80:80, -p80:80, -d=false.
    let letters = word.slice(1);
    while (letters.length > 0) {
      const name = `-${letters[0]}`;
      const spec = index.get(name);
      if (!spec) return unknownFlag(name, word, index, label);
      if (letters.length > 2 && letters[1] === '=') {
        hits.push({ spec, value: letters.slice(2), written: raw });
        letters = '';
      } else if (!spec.takesValue) {
        hits.push({ spec, written: raw });
        letters = letters.slice(1);
      } else if (letters.length > 1) {
        hits.push({ spec, value: letters.slice(1), written: raw });
        letters = '';
      } else if (i < words.length) {
        hits.push({ spec, value: words[i] ?? '', written: raw });
        i++;
        letters = '';
      } else {
        return needsValue(name, label);
      }
    }
  }
  return { hits, args };
}
