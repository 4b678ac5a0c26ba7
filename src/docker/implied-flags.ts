import type { ParsedFlag } from './types.js';

// Flags one option turns on by itself, so typing them too changes nothing:
// - `docker ps --filter status=…` lists stopped containers as well: a status filter implies --all;
// - `docker start -i` attaches the output as well as STDIN (`docker start --help`: -i attaches STDIN,
//   and the client attaches STDOUT/STDERR whenever it attaches at all): -i implies --attach.
const RULES: Array<{ path: string; when: (flags: ParsedFlag[]) => boolean; implies: string }> = [
  {
    path: 'docker container ls',
    when: (flags) => flags.some((f) => f.long === '--filter' && f.value?.startsWith('status=')),
    implies: '--all',
  },
  {
    path: 'docker container start',
    when: (flags) => flags.some((f) => f.long === '--interactive'),
    implies: '--attach',
  },
];

/** The flags with every implied switch present (once). */
export function withImpliedFlags(path: string, flags: ParsedFlag[]): ParsedFlag[] {
  let result = flags;
  for (const rule of RULES) {
    if (rule.path !== path || !rule.when(result)) continue;
    result = [...result.filter((f) => f.long !== rule.implies), { long: rule.implies }];
  }
  return result;
}
