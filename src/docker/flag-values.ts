import type { FlagHit } from './flag-reader.js';
import {
  formatGoDuration,
  INT64_MAX,
  parseGoDuration,
  parseGoInteger,
  parseGoRational,
  parseRamInBytes,
} from './go-numbers.js';
import type { FlagSpec, ParsedFlag, ParseError } from './types.js';
import { spellingOf } from './value-spellings.js';

// Turns raw flag hits into what they mean to docker: one entry per value for
// repeatable flags, last-wins for the rest, switches reduced to on/off, values
// checked the way docker checks them while parsing, and numbers written one way
// (-m 512M = -m 536870912 → 512m, --cpus 1.0 → 1, -t 010 → 8, octal as in Go).

// Go's strconv.ParseBool, which docker uses for `--rm=…`.
const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

// pflag's integer types, read with strconv.ParseInt/ParseUint base 0 (0x10, 0o17, 010 = 8, 1_000).
const INTEGER_TYPES: Record<string, { signed: boolean; bits: number }> = {
  int: { signed: true, bits: 64 },
  int64: { signed: true, bits: 64 },
  uint: { signed: false, bits: 64 },
  uint16: { signed: false, bits: 16 },
  uint64: { signed: false, bits: 64 },
};

// String flags the daemon reads with strconv.Atoi (base 10, so --tail 010 = --tail 10).
const DAEMON_COUNTS = new Set(['--tail']);

const BYTE_UNITS: Array<[string, bigint]> = [
  ['p', 1024n ** 5n],
  ['t', 1024n ** 4n],
  ['g', 1024n ** 3n],
  ['m', 1024n ** 2n],
  ['k', 1024n],
];
const NANOS_PER_CPU = 1_000_000_000n;

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

/**
 * pflag's stringToString (`--docker host=…,ca=…`): one key=value pair is taken whole, commas and
 * all; two or more are read as a comma-separated list.
 */
function stringMapPairs(value: string): string[] {
  const equals = value.split('=').length - 1;
  return equals <= 1 ? [value.replace(/^"+|"+$/g, '')] : splitCommaList(value);
}

/** The key of a key=value pair; a pair without '=' (which docker refuses) is its own key. */
function pairKey(pair: string): string {
  const eq = pair.indexOf('=');
  return eq < 0 ? pair : pair.slice(0, eq);
}

/** A size in bytes in its largest whole unit: 536870912 → 512m, 1536 → 1536. */
function formatBytes(bytes: bigint): string {
  for (const [letter, size] of BYTE_UNITS) {
    if (bytes !== 0n && bytes % size === 0n) return `${bytes / size}${letter}`;
  }
  return bytes.toString();
}

/** docker's NanoCPUs: --cpus as billionths of a CPU, or why docker refuses it. */
function cpuNanos(value: string): bigint | 'not a number' | 'too precise' {
  const rational = parseGoRational(value);
  if (!rational) return 'not a number';
  const scaled = rational.num * NANOS_PER_CPU;
  return scaled % rational.den === 0n ? scaled / rational.den : 'too precise';
}

/** Billionths written as a plain decimal: 1500000000 → 1.5. */
function formatNanos(nanos: bigint): string {
  const sign = nanos < 0n ? '-' : '';
  const size = nanos < 0n ? -nanos : nanos;
  const fraction = (size % NANOS_PER_CPU).toString().padStart(9, '0').replace(/0+$/, '');
  return `${sign}${size / NANOS_PER_CPU}${fraction ? `.${fraction}` : ''}`;
}

function checkValue(spec: FlagSpec, value: string): ParseError | undefined {
  const type = spec.valueType ?? 'string';
  const integer = INTEGER_TYPES[type];
  if (integer) {
    const n = parseGoInteger(value, integer.signed, integer.bits);
    if (n === undefined) return { error: { code: 'needs-whole-number', flag: spec.long, value } };
    if (n === 'out of range') return { error: { code: 'out-of-range', flag: spec.long, value } };
  }
  if (type === 'decimal') {
    const nanos = cpuNanos(value);
    if (nanos === 'not a number') return { error: { code: 'needs-number', flag: spec.long, value } };
    if (nanos === 'too precise') return { error: { code: 'too-many-decimals', flag: spec.long, value } };
  }
  return undefined;
}

/**
 * One spelling per number docker reads: sizes in their largest whole unit (512m),
 * integers and CPU counts in plain decimal, durations as Go prints them (1m30s).
 * Values docker would refuse, or read in a way we do not copy, stay as typed.
 */
export function valueMeaning(spec: FlagSpec, value: string): string {
  const type = spec.valueType ?? 'string';
  const integer = INTEGER_TYPES[type];
  if (integer) {
    const n = parseGoInteger(value, integer.signed, integer.bits);
    return typeof n === 'bigint' ? n.toString() : value;
  }
  if (type === 'bytes') {
    // --memory-swap takes exactly '-1' for unlimited swap; other sizes read as usual.
    if (spec.long === '--memory-swap' && value === '-1') return value;
    const bytes = parseRamInBytes(value);
    return bytes === undefined ? value : formatBytes(bytes);
  }
  if (type === 'decimal') {
    const nanos = cpuNanos(value);
    // Past int64 docker wraps the number around; leave such values alone.
    return typeof nanos === 'bigint' && nanos <= INT64_MAX && -nanos <= INT64_MAX
      ? formatNanos(nanos)
      : value;
  }
  if (type === 'duration') {
    const nanoseconds = parseGoDuration(value);
    return nanoseconds === undefined ? value : formatGoDuration(nanoseconds);
  }
  if (DAEMON_COUNTS.has(spec.long) && /^\+?\d+$/.test(value)) {
    const count = BigInt(value);
    return count <= INT64_MAX ? count.toString() : value;
  }
  return spellingOf(spec.long, value);
}

function withoutFlag(flags: ParsedFlag[], long: string): ParsedFlag[] {
  return flags.filter((entry) => entry.long !== long);
}

export function flagsFromHits(hits: FlagHit[]): ParsedFlag[] | ParseError {
  let flags: ParsedFlag[] = [];
  for (const { spec, value } of hits) {
    if (!spec.takesValue) {
      const on = value === undefined ? true : parseBool(value);
      if (on === undefined) return { error: { code: 'needs-boolean', flag: spec.long, value: value ?? '' } };
      flags = withoutFlag(flags, spec.long);
      // Docker cannot tell `--detach=false` from no --detach at all.
      const onByDefault = spec.defaultValue === 'true';
      if (on !== onByDefault) flags.push(on ? { long: spec.long } : { long: spec.long, value: 'false' });
      continue;
    }
    const typed = value ?? '';
    const invalid = checkValue(spec, typed);
    if (invalid) return invalid;
    const text = valueMeaning(spec, typed);
    if (spec.valueType === 'stringToString') {
      // Each occurrence adds to one map, so a later value for a key replaces the earlier one.
      for (const pair of stringMapPairs(text)) {
        const key = pairKey(pair);
        flags = flags.filter((entry) => entry.long !== spec.long || pairKey(entry.value ?? '') !== key);
        flags.push({ long: spec.long, value: pair });
      }
    } else if (spec.repeatable) {
      const items = spec.valueType === 'strings' ? splitCommaList(text) : [text];
      for (const item of items) flags.push({ long: spec.long, value: item });
    } else {
      flags = withoutFlag(flags, spec.long);
      flags.push({ long: spec.long, value: text });
    }
  }
  return flags;
}
