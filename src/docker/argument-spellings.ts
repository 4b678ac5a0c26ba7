import type { CommandSpec } from './types.js';

// Arguments docker reads the same however they are written: image references as the reference
// grammar normalises them (nginx = nginx:latest = docker.io/library/nginx:latest) and the build
// context or a host path (./ = .).

const DEFAULT_DOMAINS = new Set(['docker.io', 'index.docker.io']);

/** distribution/reference's familiar form: no docker.io/, no library/, no :latest. */
export function imageReferenceSpelling(ref: string): string {
  const at = ref.indexOf('@');
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at) : '';
  const parts = name.split('/');
  if (parts.length > 1 && DEFAULT_DOMAINS.has(parts[0] ?? '')) parts.shift();
  // Official images live under library/ on Docker Hub: library/redis = redis.
  if (parts.length === 2 && parts[0] === 'library') parts.shift();
  let familiar = parts.join('/');
  const lastSlash = familiar.lastIndexOf('/');
  const colon = familiar.indexOf(':', lastSlash + 1);
  if (colon >= 0 && familiar.slice(colon + 1) === 'latest' && !digest) familiar = familiar.slice(0, colon);
  return familiar + digest;
}

/** `./` = `.`, `./app/` = `app`: a relative host path without the spelling that changes nothing. */
export function hostPathSpelling(path: string): string {
  if (path === '-' || path.includes('://') || /^[^/.]+:/.test(path)) return path; // stdin, URL, container:path
  let rest = path;
  while (rest.startsWith('./')) rest = rest.slice(2).replace(/^\/+/, '');
  if (rest.length > 1) rest = rest.replace(/\/+$/, '');
  return rest === '' ? '.' : rest;
}

/** Names for each argument slot, from the usage: 'IMAGE [COMMAND] [ARG...]' → IMAGE, COMMAND, ARG. */
export function argumentWords(spec: CommandSpec | undefined): string[] {
  if (!spec) return [];
  return spec.args
    .replace(/ \| /g, '|')
    .split(' ')
    .filter((word) => word !== '');
}

type Slot = 'image' | 'path' | 'other';

function slotOf(usageWord: string): Slot {
  // `docker manifest` reads MANIFEST and MANIFEST_LIST as image references too.
  if (/IMAGE|MANIFEST/.test(usageWord) || /^NAME\[:TAG/.test(usageWord)) return 'image';
  if (/PATH/.test(usageWord)) return 'path';
  return 'other';
}

/** Each argument in its one spelling, by the slot of the usage it fills. */
export function argumentSpellings(spec: CommandSpec | undefined, args: string[]): string[] {
  const words = argumentWords(spec);
  if (words.length === 0) return args;
  return args.map((arg, i) => {
    const slot = slotOf(words[Math.min(i, words.length - 1)] ?? '');
    if (slot === 'image') return imageReferenceSpelling(arg);
    if (slot === 'path') return hostPathSpelling(arg);
    return arg;
  });
}
