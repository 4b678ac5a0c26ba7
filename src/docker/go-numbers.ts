// Our readers for the number syntaxes the docker client accepts in flag values (it parses them
// with Go's libraries, listed below), checked against the real client, so that a value means here
// exactly what it means to docker:
//   strconv.ParseInt / ParseUint, base 0   pflag's int and uint types (--stop-timeout, -t)
//   go-units RAMInBytes                    'bytes' (-m 512m, --shm-size 1g)
//   math/big Rat.SetString                 'decimal' (--cpus 1.5)
//   time.ParseDuration / Duration.String   'duration' (--health-interval 30s)
// Each reader returns undefined where Go reports an error.

export const INT64_MAX = (1n << 63n) - 1n;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function digitValue(c: string): number {
  const at = DIGITS.indexOf(c.toLowerCase());
  return at < 0 ? 99 : at;
}

/** strconv's underscoreOK: each '_' must sit between digits (a base prefix counts as a digit). */
function underscoreOK(text: string): boolean {
  let s = text;
  let saw = '^';
  let i = 0;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  const prefix = s[1]?.toLowerCase();
  const hex = s[0] === '0' && prefix === 'x';
  if (s.length >= 2 && s[0] === '0' && (prefix === 'b' || prefix === 'o' || prefix === 'x')) {
    i = 2;
    saw = '0';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && /^[a-fA-F]$/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseUint(s, 0, …) without the range check: 0x1f, 0o17, 0b11, 017 (octal), 1_000. */
function parseUnsignedLiteral(text: string): bigint | undefined {
  if (text === '') return undefined;
  let base = 10;
  let digits = text;
  if (text[0] === '0') {
    const prefix = text[1]?.toLowerCase() ?? '';
    const prefixed = text.length >= 3 ? ({ b: 2, o: 8, x: 16 } as Record<string, number>)[prefix] : undefined;
    base = prefixed ?? 8;
    digits = text.slice(prefixed ? 2 : 1);
  }
  let n = 0n;
  let underscores = false;
  for (const c of digits) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
  }
  if (underscores && !underscoreOK(text)) return undefined;
  return n;
}

/**
 * strconv.ParseInt(s, 0, bits), or ParseUint when unsigned (which takes no sign at all).
 * 'out of range' is strconv's range error: right syntax, too big for the type.
 */
export function parseGoInteger(
  text: string,
  signed: boolean,
  bits: number,
): bigint | 'out of range' | undefined {
  const sign = signed && (text[0] === '-' || text[0] === '+') ? (text[0] ?? '') : '';
  const n = parseUnsignedLiteral(text.slice(sign.length));
  if (n === undefined) return undefined;
  const limit = 1n << BigInt(signed ? bits - 1 : bits);
  if (sign === '-') return n <= limit ? -n : 'out of range';
  return n < limit ? n : 'out of range';
}

const DECIMAL_FLOAT = /^[+-]?(?:[\d_]+\.?[\d_]*|\.[\d_]+)(?:[eE][+-]?[\d_]+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]([\da-fA-F_]*)(?:\.([\da-fA-F_]*))?[pP]([+-]?[\d_]+)$/;

/** strconv.ParseFloat(s, 64) for finite numbers: 1.5, .5, 1e3, 1_000, 0x1p4. */
export function parseGoFloat(text: string): number | undefined {
  if (!underscoreOK(text)) return undefined;
  const plain = text.replaceAll('_', '');
  if (DECIMAL_FLOAT.test(text)) {
    if (!/\d/.test(plain.split(/[eE]/)[0] ?? '')) return undefined;
    const value = Number(plain);
    return Number.isFinite(value) ? value : undefined;
  }
  const hex = HEX_FLOAT.exec(plain);
  if (!hex) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = hex;
  if (whole === '' && fraction === '') return undefined;
  const mantissa = BigInt(`0x${whole}${fraction}`);
  const power = Number(exponent) - 4 * fraction.length;
  if (!Number.isSafeInteger(power)) return undefined;
  const value = Number(mantissa) * 2 ** power;
  if (!Number.isFinite(value)) return undefined;
  return sign === '-' ? -value : value;
}

const SIZE_UNITS: Record<string, number> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/**
 * go-units RAMInBytes: a number, an optional single space, then an optional unit
 * b, k, m, g, t or p (1024 steps, any case) that may end in 'b' or 'ib': 512m = 512MB = 512MiB.
 * Sizes beyond int64 come back undefined too (docker wraps them around).
 */
export function parseRamInBytes(text: string): bigint | undefined {
  let sep = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(text[i] ?? '')) {
      sep = i;
      break;
    }
  }
  if (sep < 0) return undefined;
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  const suffix = text.slice(sep + 1).toLowerCase();
  let size = parseGoFloat(num);
  // Go reads -0 as a size of 0; anything below it is refused.
  if (size === undefined || size < 0) return undefined;
  if (suffix !== '' && suffix[0] !== 'b') {
    const multiplier = SIZE_UNITS[suffix[0] ?? ''];
    if (multiplier === undefined) return undefined;
    if (suffix.length > 3 || (suffix.length === 2 && suffix !== `${suffix[0]}b`)) return undefined;
    if (suffix.length === 3 && suffix.slice(1) !== 'ib') return undefined;
    size *= multiplier;
  } else if (suffix.length > 1) {
    return undefined;
  }
  if (!Number.isFinite(size)) return undefined;
  const bytes = BigInt(Math.trunc(size));
  return bytes <= INT64_MAX ? bytes : undefined;
}

export interface Rational {
  num: bigint;
  den: bigint;
}

interface Scanned {
  mantissa: bigint;
  base: number;
  /** Digits after the radix point. */
  fraction: number;
  rest: string;
}

/** math/big's nat.scan with base 0: reads digits after an optional prefix; stops at the first other character. */
function scanNat(text: string, fractionOk: boolean): Scanned | undefined {
  let base = 10;
  let i = 0;
  let prev = '.';
  let count = 0;
  let octalZero = false;
  if (text[0] === '0') {
    prev = '0';
    count = 1;
    i = 1;
    const prefix = text[1]?.toLowerCase();
    if (prefix === 'b' || prefix === 'o' || prefix === 'x') {
      base = prefix === 'b' ? 2 : prefix === 'o' ? 8 : 16;
      count = 0;
      i = 2;
    } else if (!fractionOk && text.length > 1) {
      base = 8;
      count = 0;
      octalZero = true;
    }
  }
  let mantissa = 0n;
  let invalidSeparator = false;
  let point = -1;
  for (; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '.' && fractionOk && point < 0) {
      if (prev === '_') invalidSeparator = true;
      point = count;
      prev = '.';
    } else if (c === '_') {
      if (prev !== '0') invalidSeparator = true;
      prev = '_';
    } else {
      const d = digitValue(c);
      if (d >= base) break;
      prev = '0';
      count++;
      mantissa = mantissa * BigInt(base) + BigInt(d);
    }
  }
  if (invalidSeparator || prev === '_') return undefined;
  // A lone '0' (or '0' before a non-octal digit) is a decimal zero.
  if (count === 0 && !octalZero) return undefined;
  return { mantissa, base, fraction: point < 0 ? 0 : count - point, rest: text.slice(i) };
}

/** Int.SetString(s, 0): sign, then an integer that uses the whole text. */
function parseBigInt(text: string): bigint | undefined {
  const sign = text[0] === '-' || text[0] === '+' ? (text[0] ?? '') : '';
  const scanned = scanNat(text.slice(sign.length), false);
  if (scanned?.rest !== '') return undefined;
  return sign === '-' ? -scanned.mantissa : scanned.mantissa;
}

const EXPONENT = /^([eEpP])([+-]?)([\d_]+)$/;
/** Go refuses exponents past about a million; this port stops earlier, where no --cpus value is sane. */
const MAX_EXPONENT = 10_000;

function pow(base: bigint, exponent: number): bigint {
  return base ** BigInt(exponent);
}

/** math/big Rat.SetString: 1.5, .5, 1e-1, 0x1.8p0, 0b1.1, 3/4, 010/1 (octal in fractions). */
export function parseGoRational(text: string): Rational | undefined {
  const slash = text.indexOf('/');
  if (slash >= 0) {
    const num = parseBigInt(text.slice(0, slash));
    const den = scanNat(text.slice(slash + 1), false);
    if (num === undefined || !den || den.rest !== '' || den.mantissa === 0n) return undefined;
    return { num, den: den.mantissa };
  }
  const sign = text[0] === '-' || text[0] === '+' ? (text[0] ?? '') : '';
  const scanned = scanNat(text.slice(sign.length), true);
  if (!scanned) return undefined;
  let exponent = 0;
  let exponentBase = 10;
  if (scanned.rest !== '') {
    const match = EXPONENT.exec(scanned.rest);
    if (!match || !underscoreOK(match[3] ?? '')) return undefined;
    exponentBase = match[1]?.toLowerCase() === 'p' ? 2 : 10;
    exponent = Number(`${match[2]}${match[3]?.replaceAll('_', '')}`);
  }
  // Go returns a zero mantissa before it looks at the exponent's size.
  if (scanned.mantissa === 0n) return { num: 0n, den: 1n };
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const bitsPerDigit: Record<number, number> = { 2: 1, 8: 3, 16: 4 };
  let num = sign === '-' ? -scanned.mantissa : scanned.mantissa;
  let den = 1n;
  // The radix point divides by base^fraction; the exponent multiplies by 10^e or 2^e.
  if (scanned.base === 10) den *= pow(10n, scanned.fraction);
  else den *= pow(2n, scanned.fraction * (bitsPerDigit[scanned.base] ?? 0));
  const factor = pow(BigInt(exponentBase), Math.abs(exponent));
  if (exponent >= 0) num *= factor;
  else den *= factor;
  return { num, den };
}

const NANOSECOND_UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  '\u00b5s': 1_000n, // µ, micro sign
  '\u03bcs': 1_000n, // μ, Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const LIMIT = 1n << 63n;

/** time.ParseDuration: '300ms', '1.5h', '2h45m'; a unit is required except for '0'. Nanoseconds. */
export function parseGoDuration(text: string): bigint | undefined {
  let s = text;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  while (s !== '') {
    if (!/^[\d.]/.test(s)) return undefined;
    const whole = /^\d*/.exec(s)?.[0] ?? '';
    s = s.slice(whole.length);
    let value = 0n;
    for (const c of whole) {
      value = value * 10n + BigInt(c);
      if (value > LIMIT) return undefined;
    }
    let fraction = 0n;
    let scale = 1;
    let sawFraction = false;
    if (s[0] === '.') {
      const digits = /^\d*/.exec(s.slice(1))?.[0] ?? '';
      s = s.slice(1 + digits.length);
      sawFraction = digits.length > 0;
      // Go keeps the digits that fit in an int64 and drops the rest.
      for (const c of digits) {
        const next = fraction * 10n + BigInt(c);
        if (fraction > (LIMIT - 1n) / 10n || next > LIMIT) break;
        fraction = next;
        scale *= 10;
      }
    }
    if (whole === '' && !sawFraction) return undefined;
    const unitText = /^[^\d.]*/.exec(s)?.[0] ?? '';
    if (unitText === '') return undefined;
    s = s.slice(unitText.length);
    const unit = NANOSECOND_UNITS[unitText];
    if (unit === undefined || value > LIMIT / unit) return undefined;
    value *= unit;
    if (fraction > 0n) {
      value += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)));
      if (value > LIMIT) return undefined;
    }
    total += value;
    if (total > LIMIT) return undefined;
  }
  if (negative) return -total;
  return total <= INT64_MAX ? total : undefined;
}

/** Digits after the point with trailing zeros dropped: fraction(1500, 3) → '.5'. */
function fractionText(value: bigint, digits: number): string {
  const text = value.toString().padStart(digits, '0').replace(/0+$/, '');
  return text === '' ? '' : `.${text}`;
}

/** time.Duration.String: 0s, 1.5s, 1m30s, 1h0m0s, 300ms, 5µs. */
export function formatGoDuration(nanoseconds: bigint): string {
  const sign = nanoseconds < 0n ? '-' : '';
  const u = nanoseconds < 0n ? -nanoseconds : nanoseconds;
  if (u === 0n) return '0s';
  if (u < 1_000n) return `${sign}${u}ns`;
  if (u < 1_000_000n) return `${sign}${u / 1_000n}${fractionText(u % 1_000n, 3)}\u00b5s`;
  if (u < 1_000_000_000n) return `${sign}${u / 1_000_000n}${fractionText(u % 1_000_000n, 6)}ms`;
  const seconds = `${(u / 1_000_000_000n) % 60n}${fractionText(u % 1_000_000_000n, 9)}s`;
  const minutes = u / 60_000_000_000n;
  if (minutes === 0n) return `${sign}${seconds}`;
  const hours = minutes / 60n;
  if (hours === 0n) return `${sign}${minutes}m${seconds}`;
  return `${sign}${hours}h${minutes % 60n}m${seconds}`;
}
