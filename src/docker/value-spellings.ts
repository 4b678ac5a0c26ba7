import { formatGoDuration, parseGoDuration } from './go-numbers.js';

// Values docker reads the same however they are written: signals (HUP = SIGHUP = 1), relative
// times (600s = 10m), published ports (80/tcp = 80). One spelling each, so the grader compares meaning.

// Linux signal numbers, as moby's signal package maps them (ParseSignal accepts a number or a name).
const SIGNAL_NAMES = [
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'IO',
  'PWR',
  'SYS',
];
const SIGNAL_ALIASES: Record<string, string> = { CLD: 'CHLD', IOT: 'ABRT', POLL: 'IO' };

/** ParseSignal: case and a `SIG` prefix do not matter, and a number names its signal: `-s 1` = SIGHUP. */
export function signalSpelling(value: string): string {
  const bare = value.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(bare)) {
    const name = SIGNAL_NAMES[Number(bare) - 1];
    return name ? `SIG${name}` : String(Number(bare));
  }
  const name = SIGNAL_ALIASES[bare] ?? bare;
  return SIGNAL_NAMES.includes(name) ? `SIG${name}` : value;
}

/** A relative time (`--since 600s`, `until=1440m`) as Go prints the duration; timestamps stay. */
export function relativeTimeSpelling(value: string): string {
  const nanoseconds = parseGoDuration(value);
  return nanoseconds === undefined ? value : formatGoDuration(nanoseconds);
}

/** `-p 3000:3000/tcp` = `-p 3000:3000`: TCP is the default protocol. */
export function portSpelling(value: string): string {
  return value.replace(/\/tcp$/i, '');
}

/** Filters that hold a time: `until=1440m` = `until=24h`. */
export function filterSpelling(value: string): string {
  const match = /^(until|since)=(.*)$/.exec(value);
  return match ? `${match[1]}=${relativeTimeSpelling(match[2] ?? '')}` : value;
}

/** A Go template reads `{{ .Os }}` as `{{.Os}}`: spaces just inside the braces are trimmed away. */
export function templateSpelling(value: string): string {
  return value.replace(/\{\{(?!-)\s+/g, '{{').replace(/\s+(?<!-)\}\}/g, '}}');
}

/** Capability names as the daemon normalises them: any case, `CAP_` optional (`all` = `ALL`). */
export function capabilitySpelling(value: string): string {
  const upper = value.toUpperCase();
  return upper === 'ALL' ? upper : upper.replace(/^CAP_/, '');
}

/** `no-new-privileges` is a boolean option: bare, `:true` and `=true` all turn it on. */
export function securityOptSpelling(value: string): string {
  return /^no-new-privileges(?:[:=]true)?$/.test(value) ? 'no-new-privileges' : value;
}

const BY_FLAG: Record<string, (value: string) => string> = {
  '--cap-add': capabilitySpelling,
  '--cap-drop': capabilitySpelling,
  '--security-opt': securityOptSpelling,
  '--format': templateSpelling,
  '--signal': signalSpelling,
  '--stop-signal': signalSpelling,
  '--since': relativeTimeSpelling,
  '--until': relativeTimeSpelling,
  '--publish': portSpelling,
  '--expose': portSpelling,
  '--filter': filterSpelling,
};

/** The one spelling of a flag's value, for flags whose values docker reads loosely. */
export function spellingOf(long: string, value: string): string {
  return BY_FLAG[long]?.(value) ?? value;
}
