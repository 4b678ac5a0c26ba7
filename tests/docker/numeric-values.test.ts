import { describe, expect, it } from 'vitest';
import { valueMeaning } from '../../src/docker/flag-values.js';
import {
  formatGoDuration,
  parseGoDuration,
  parseGoInteger,
  parseGoRational,
  parseRamInBytes,
} from '../../src/docker/go-numbers.js';
import { COMMANDS, canonicalCommand, compareCommands, parseCommandLine } from '../../src/docker/index.js';
import { describeProblem } from '../../src/ui/grader-details.js';

// Values docker reads as numbers grade by the number, not by the spelling.
// The tables of docker's own readings were taken from the real client (28.2.2),
// which sends what it parsed to the daemon: `docker run -m 512mb alpine` → "Memory":536870912.

const SAME: Array<[string, string]> = [
  // bytes: units in any case, an optional b or ib, plain byte counts, fractions of a unit
  ['docker run -m 512m alpine', 'docker run -m 512M alpine'],
  ['docker run -m 512m alpine', 'docker run --memory 536870912 alpine'],
  ['docker run -m 512m alpine', 'docker run -m 512mb alpine'],
  ['docker run -m 512m alpine', 'docker run -m 512MiB alpine'],
  ['docker run -m 512m alpine', 'docker run -m 0.5g alpine'],
  ['docker run -m 512m alpine', "docker run -m '512 m' alpine"],
  ['docker run -m 1g alpine', 'docker run -m 1024m alpine'],
  ['docker run -m 1k alpine', 'docker run -m 1024b alpine'],
  ['docker run --memory-swap 1g x', 'docker run --memory-swap 1GB x'],
  ['docker run --memory-swap -1 x', 'docker run --memory-swap=-1 x'],
  ['docker run --shm-size 64m x', 'docker run --shm-size 67108864 x'],
  ['docker run --memory-reservation 256m x', 'docker run --memory-reservation 0.25G x'],
  ['docker run --kernel-memory 50m x', 'docker run --kernel-memory 50M x'],
  ['docker build -m 1g .', 'docker build --memory 1G .'],
  ['docker build --shm-size 2g .', 'docker build --shm-size 2048mb .'],
  ['docker volume create --limit-bytes 1t v', 'docker volume create --limit-bytes 1024g v'],
  // decimal (--cpus): any spelling of the same number of CPUs
  ['docker run --cpus 1 x', 'docker run --cpus 1.0 x'],
  ['docker run --cpus 1 x', 'docker run --cpus 1.00 x'],
  ['docker run --cpus 1.5 x', 'docker run --cpus 1.50 x'],
  ['docker run --cpus 0.5 x', 'docker run --cpus .5 x'],
  ['docker run --cpus 0.5 x', 'docker run --cpus 1/2 x'],
  ['docker run --cpus 2 x', 'docker run --cpus 02 x'],
  ['docker run --cpus 1.5 x', 'docker run --cpus 15e-1 x'],
  // integers: Go syntax, base prefixes, separators, a leading 0 is octal
  ['docker stop -t 10 web', 'docker stop -t +10 web'],
  ['docker stop -t 16 web', 'docker stop -t 0x10 web'],
  ['docker stop -t 8 web', 'docker stop -t 010 web'],
  ['docker stop -t 1000 web', 'docker stop -t 1_000 web'],
  ['docker run --stop-timeout 8 x', 'docker run --stop-timeout 0o10 x'],
  ['docker run --blkio-weight 1000 x', 'docker run --blkio-weight 0x3e8 x'],
  ['docker ps -n 3', 'docker ps -n 0b11'],
  ['docker ps', 'docker ps -n -01'],
  ['docker run x', 'docker run --memory-swappiness=-0x1 x'],
  // durations: time.ParseDuration
  ['docker run --health-interval 30s x', 'docker run --health-interval 30000ms x'],
  ['docker run --health-interval 90s x', 'docker run --health-interval 1m30s x'],
  ['docker run --health-interval 30s x', 'docker run --health-interval 0.5m x'],
  ['docker run --health-timeout 1h x', 'docker run --health-timeout 60m x'],
  ['docker run x', 'docker run --health-start-period 0 x'],
  // --tail is text to the client; the daemon reads it with strconv.Atoi (base 10)
  ['docker logs --tail 10 web', 'docker logs --tail 010 web'],
  ['docker logs -n 10 web', 'docker logs -n +10 web'],
];

const DIFFERENT: Array<[string, string]> = [
  ['docker run -m 512m alpine', 'docker run -m 512k alpine'],
  ['docker run -m 512m alpine', 'docker run -m 512 alpine'],
  ['docker run -m 1g alpine', 'docker run -m 1000m alpine'],
  ['docker run -m 1k alpine', 'docker run -m 1000 alpine'],
  // refused by docker, so left as typed: only the same text matches
  ['docker run -m 512x alpine', 'docker run -m 512X alpine'],
  ['docker run -m 512mbb alpine', 'docker run -m 512MBB alpine'],
  ['docker run --memory-swap -1 x', 'docker run --memory-swap -01 x'],
  ['docker run --cpus 1 x', 'docker run --cpus 1.000000001 x'],
  ['docker run --cpus 1.5 x', 'docker run --cpus 1.05 x'],
  ['docker stop -t 10 web', 'docker stop -t 010 web'],
  ['docker stop -t 10 web', 'docker stop -t 0x10 web'],
  ['docker run --health-interval 30s x', 'docker run --health-interval 30ms x'],
  ['docker run --health-interval 1m x', 'docker run --health-interval 1h x'],
  ['docker logs --tail 10 web', 'docker logs --tail 100 web'],
  ['docker logs --tail 10 web', 'docker logs --tail 0x0a web'],
];

describe('numeric flag values compare by meaning', () => {
  it.each(SAME)('%s  ≡  %s', (expected, actual) => {
    const forward = compareCommands(expected, actual);
    expect(forward.error).toBeUndefined();
    expect(forward.diffs).toEqual([]);
    expect(compareCommands(actual, expected).equal).toBe(true);
    expect(canonicalCommand(actual)).toBe(canonicalCommand(expected));
  });

  it.each(DIFFERENT)('%s  ≢  %s', (expected, actual) => {
    const forward = compareCommands(expected, actual);
    expect(forward.error).toBeUndefined();
    expect(forward.diffs.map((diff) => diff.kind)).toEqual(['flag-value']);
    expect(compareCommands(actual, expected).equal).toBe(false);
    expect(canonicalCommand(actual)).not.toBe(canonicalCommand(expected));
  });
});

describe('the one spelling of a number', () => {
  it.each([
    ['docker run -m 536870912 x', 'docker container run --memory 512m x'],
    ['docker run -m 1536 x', 'docker container run --memory 1536 x'],
    ['docker run -m 0 x', 'docker container run --memory 0 x'],
    ['docker run -m 1.5K x', 'docker container run --memory 1536 x'],
    ['docker run -m 10.9 x', 'docker container run --memory 10 x'],
    ['docker run -m 2048M x', 'docker container run --memory 2g x'],
    ['docker run --cpus 1.50 x', 'docker container run --cpus 1.5 x'],
    ['docker run --cpus -1/4 x', 'docker container run --cpus -0.25 x'],
    ['docker run --cpus 0.000000001 x', 'docker container run --cpus 0.000000001 x'],
    ['docker stop -t 0x1e web', 'docker container stop --timeout 30 web'],
    ['docker run --health-interval 90000ms x', 'docker container run --health-interval 1m30s x'],
    ['docker run --health-interval 1.5h x', 'docker container run --health-interval 1h30m0s x'],
    ['docker run --health-interval 1500us x', 'docker container run --health-interval 1.5ms x'],
    ['docker logs --tail 007 web', 'docker container logs --tail 7 web'],
  ])('%s → %s', (line, canonical) => {
    expect(canonicalCommand(line)).toBe(canonical);
  });

  it('says which value was wanted in its one spelling', () => {
    expect(compareCommands('docker run -m 512m x', 'docker run -m 256M x').diffs[0]?.problem).toMatchObject({
      what: '--memory',
      expected: '512m',
      actual: '256m',
    });
    expect(
      compareCommands('docker stop -t 10 web', 'docker stop -t 010 web').diffs[0]?.problem,
    ).toMatchObject({ what: '--timeout', expected: '10', actual: '8' });
  });

  it('keeps every numeric default in its one spelling, so a typed default still drops out', () => {
    const numeric = new Set(['int', 'int64', 'uint', 'uint16', 'uint64', 'bytes', 'decimal', 'duration']);
    let checked = 0;
    for (const command of COMMANDS) {
      for (const spec of command.flags) {
        if (spec.defaultValue === undefined || !numeric.has(spec.valueType ?? '')) continue;
        checked++;
        expect(valueMeaning(spec, spec.defaultValue), `${command.path.join(' ')} ${spec.long}`).toBe(
          spec.defaultValue,
        );
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('numbers docker refuses while parsing', () => {
  function errorOf(line: string): string | undefined {
    const result = parseCommandLine(line);
    return 'error' in result ? describeProblem(result.error, 'en') : undefined;
  }

  it.each([
    ['docker stop -t 09 web', "--timeout needs a whole number, not '09'"],
    ['docker stop -t 1__0 web', "--timeout needs a whole number, not '1__0'"],
    ['docker stop -t 5.0 web', "--timeout needs a whole number, not '5.0'"],
    ['docker run --blkio-weight +10 x', "--blkio-weight needs a whole number, not '+10'"],
    ['docker run --blkio-weight=-1 x', "--blkio-weight needs a whole number, not '-1'"],
    ['docker run --blkio-weight 65536 x', "--blkio-weight is out of range: '65536'"],
    ['docker stop -t 9223372036854775808 web', "--timeout is out of range: '9223372036854775808'"],
    ['docker run --cpus abc x', "--cpus needs a number, not 'abc'"],
    ['docker run --cpus 1/0 x', "--cpus needs a number, not '1/0'"],
    ['docker run --cpus 0.0000000001 x', "--cpus takes at most 9 decimal places, not '0.0000000001'"],
  ])('%s → %s', (line, message) => {
    expect(errorOf(line)).toBe(message);
  });

  it.each([
    'docker stop -t 9223372036854775807 web',
    'docker stop -t=-9223372036854775808 web',
    'docker run --blkio-weight 65535 x',
    'docker run --cpus 0x1.8p0 x',
    'docker run --cpus 010/1 x',
  ])('accepts %s, as docker does', (line) => {
    expect(errorOf(line)).toBeUndefined();
  });
});

// What the docker client sent to the daemon for each value, or undefined where it refused the value.
describe('Go readers match the docker client', () => {
  it.each<[string, bigint | undefined]>([
    ['512m', 536870912n],
    ['512M', 536870912n],
    ['512mb', 536870912n],
    ['512MB', 536870912n],
    ['512mB', 536870912n],
    ['512MiB', 536870912n],
    ['536870912b', 536870912n],
    ['0.5G', 536870912n],
    ['1.5k', 1536n],
    ['512 m', 536870912n],
    ['512 ', 512n],
    ['10.5', 10n],
    ['.5k', 512n],
    ['5.k', 5120n],
    ['+5m', 5242880n],
    ['1e3', 1000n],
    ['1e-1k', 102n],
    ['1_000', 1000n],
    ['0x1p4', 16n],
    ['0X1P4k', 16384n],
    ['1t', 1099511627776n],
    ['1p', 1125899906842624n],
    ['0.0000001k', 0n],
    ['512x', undefined],
    ['512mbb', undefined],
    ['512bb', undefined],
    ['1e', undefined],
    ['-1', undefined],
    ['0x10', undefined],
    [' 512m', undefined],
    ['512m ', undefined],
    ['512  m', undefined],
    ['1__000', undefined],
    ['1000_', undefined],
    ['1_.5', undefined],
    ['1..5k', undefined],
    ['9999999999p', undefined], // docker wraps this past int64; we keep it as typed
  ])('RAMInBytes(%j) = %s', (text, bytes) => {
    expect(parseRamInBytes(text)).toBe(bytes);
  });

  it.each<[string, bigint | undefined]>([
    ['1', 1_000_000_000n],
    ['1.', 1_000_000_000n],
    ['01', 1_000_000_000n],
    ['010', 10_000_000_000n],
    ['0010.5', 10_500_000_000n],
    ['+1.5', 1_500_000_000n],
    ['-1', -1_000_000_000n],
    ['1/2', 500_000_000n],
    ['-1/2', -500_000_000n],
    ['010/1', 8_000_000_000n],
    ['1/02', 500_000_000n],
    ['0x10/0x20', 500_000_000n],
    ['3/1_0', 300_000_000n],
    ['1E-1', 100_000_000n],
    ['1e+1', 10_000_000_000n],
    ['0x1', 1_000_000_000n],
    ['0x_1', 1_000_000_000n],
    ['0x1.8', 1_500_000_000n],
    ['0b1.1', 1_500_000_000n],
    ['0o7.4', 7_500_000_000n],
    ['0b1e1', 10_000_000_000n],
    ['1p1', 2_000_000_000n],
    ['1.5p1', 3_000_000_000n],
    ['1_0', 10_000_000_000n],
    ['0.000000001', 1n],
    ['1/-2', undefined],
    ['1.5/2', undefined],
    ['1/0', undefined],
    ['1_.5', undefined],
    ['1__0', undefined],
    ['1 ', undefined],
    ['inf', undefined],
    ['.', undefined],
    ['1e', undefined],
    ['', undefined],
  ])('Rat.SetString(%j) × 1e9 = %s', (text, nanos) => {
    const rational = parseGoRational(text);
    expect(rational && (rational.num * 1_000_000_000n) / rational.den).toBe(nanos);
  });

  it.each<[string, boolean, number, bigint | 'out of range' | undefined]>([
    ['010', true, 64, 8n],
    ['0x10', true, 64, 16n],
    ['0X10', true, 64, 16n],
    ['0o10', true, 64, 8n],
    ['0O7', true, 64, 7n],
    ['0b11', true, 64, 3n],
    ['0B1', true, 64, 1n],
    ['1_0', true, 64, 10n],
    ['0_7', true, 64, 7n],
    ['0x_1', true, 64, 1n],
    ['+5', true, 64, 5n],
    ['-010', true, 64, -8n],
    ['-0', true, 64, 0n],
    ['00', true, 64, 0n],
    ['9223372036854775807', true, 64, 9223372036854775807n],
    ['-9223372036854775808', true, 64, -9223372036854775808n],
    ['9223372036854775808', true, 64, 'out of range'],
    ['09', true, 64, undefined],
    ['08_0', true, 64, undefined],
    ['1__0', true, 64, undefined],
    ['_1', true, 64, undefined],
    ['1_', true, 64, undefined],
    ['0x', true, 64, undefined],
    ['0o', true, 64, undefined],
    [' 5', true, 64, undefined],
    ['5.0', true, 64, undefined],
    ['1e1', true, 64, undefined],
    ['0x3e8', false, 16, 1000n],
    ['65535', false, 16, 65535n],
    ['65536', false, 16, 'out of range'],
    ['+10', false, 16, undefined],
    ['-1', false, 64, undefined],
  ])('Parse%s(%j, base 0, %s bits)', (text, signed, bits, value) => {
    expect(parseGoInteger(text, signed, bits)).toBe(value);
  });

  it.each<[string, bigint | undefined]>([
    ['30s', 30_000_000_000n],
    ['30000ms', 30_000_000_000n],
    ['0.5m', 30_000_000_000n],
    ['1m30s', 90_000_000_000n],
    ['1.5h', 5_400_000_000_000n],
    ['5us', 5_000n],
    ['5\u00b5s', 5_000n],
    ['5\u03bcs', 5_000n],
    ['+1s', 1_000_000_000n],
    ['-1s', -1_000_000_000n],
    ['.5s', 500_000_000n],
    ['1.s', 1_000_000_000n],
    ['0', 0n],
    ['9223372036854775807ns', 9223372036854775807n],
    ['9223372036854775808ns', undefined],
    ['10', undefined],
    ['1H', undefined],
    ['1d', undefined],
    ['1_0s', undefined],
    ['1e1s', undefined],
    ['.s', undefined],
    ['', undefined],
  ])('ParseDuration(%j) = %s', (text, nanoseconds) => {
    expect(parseGoDuration(text)).toBe(nanoseconds);
  });

  it.each<[bigint, string]>([
    [0n, '0s'],
    [999n, '999ns'],
    [1_500n, '1.5\u00b5s'],
    [1_500_000n, '1.5ms'],
    [1_000_000_000n, '1s'],
    [90_000_000_000n, '1m30s'],
    [3_600_000_000_000n, '1h0m0s'],
    [3_661_500_000_000n, '1h1m1.5s'],
    [-30_000_000_000n, '-30s'],
  ])('Duration(%s).String() = %s', (nanoseconds, text) => {
    expect(formatGoDuration(nanoseconds)).toBe(text);
  });
});
