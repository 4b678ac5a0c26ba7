import type { FlagHit } from './flag-reader.js';
import type { FlagSpec, ParsedFlag, ParseError } from './types.js';

// Turns raw flag hits into what they mean to docker: one entry per value for
// repeatable flags, last-wins for the rest, switches reduced to on/off, and
// values checked the way docker checks them while parsing.

// Go's strconv.ParseBool, which docker uses for `--rm=…`.
const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

// Go integer syntax with base prefixes and '_' separators (strconv.ParseInt base 0).
const INTEGER = /^[+-]?(?:\d[\d_]*|0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+)$/;
const INTEGER_TYPES = new Set(['int', 'int64', 'uint', 'uint16', 'uint64']);

function parseBool(text: string): boolean | undefined {
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

/** pflag's comma-separated lists ('strings' type): a,b → [a, b]; quotes keep commas. */
function splitCommaList(value: string): string[] {
  if (value === '') return [];
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items;
}

function checkValue(spec: FlagSpec, value: string): ParseError | undefined {
  const type = spec.valueType ?? 'string';
  if (
    INTEGER_TYPES.has(type) &&
    (!INTEGER.test(value) || (type.startsWith('uint') && value.startsWith('-')))
  ) {
    return { error: `${spec.long} needs a whole number, not '${value}'` };
  }
  if (type === 'decimal' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
    return { error: `${spec.long} needs a number, not '${value}'` };
  }
  return undefined;
}

function withoutFlag(flags: ParsedFlag[], long: string): ParsedFlag[] {
  return flags.filter((entry) => entry.long !== long);
}

export function flagsFromHits(hits: FlagHit[]): ParsedFlag[] | ParseError {
  let flags: ParsedFlag[] = [];
  for (const { spec, value } of hits) {
    if (!spec.takesValue) {
      const on = value === undefined ? true : parseBool(value);
      if (on === undefined) return { error: `${spec.long} takes true or false, not '${value}'` };
      flags = withoutFlag(flags, spec.long);
      // Docker cannot tell `--detach=false` from no --detach at all.
      const onByDefault = spec.defaultValue === 'true';
      if (on !== onByDefault) flags.push(on ? { long: spec.long } : { long: spec.long, value: 'false' });
      continue;
    }
    const text = value ?? '';
    const invalid = checkValue(spec, text);
    if (invalid) return invalid;
    if (spec.repeatable) {
      const items = spec.valueType === 'strings' ? splitCommaList(text) : [text];
      for (const item of items) flags.push({ long: spec.long, value: item });
    } else {
      flags = withoutFlag(flags, spec.long);
      flags.push({ long: spec.long, value: text });
    }
  }
  return flags;
}
