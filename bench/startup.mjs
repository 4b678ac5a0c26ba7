#!/usr/bin/env node
// Start-up benchmark: cold wall time of dockstudy commands against `node -e 0` (the floor), measured
// in one interleaved run so that both see the same machine load. Prints medians and ratios.
//   npm run bench [-- --rounds 40]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 30;
const home = mkdtempSync(join(tmpdir(), 'dockstudy-bench-'));
const env = { ...process.env, DOCKSTUDY_HOME: home, NO_COLOR: '1', LANG: 'en_US.UTF-8' };

const cases = [
  ['node -e 0 (floor)', ['-e', '0']],
  ['card container-run', [cli, 'card', 'container-run']],
  ['cards --json', [cli, 'cards', '--json']],
  ['decks', [cli, 'decks']],
  ['--help', [cli, '--help']],
];
const extra = process.env.BENCH_EXTRA_CASES ? JSON.parse(process.env.BENCH_EXTRA_CASES) : [];
cases.push(...extra.map(([name, args]) => [name, [cli, ...args]]));

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

// Warm the file cache once, then alternate the cases round by round.
for (const [, args] of cases) time(args);
const samples = cases.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [i, [, args]] of cases.entries()) samples[i].push(time(args));
}
rmSync(home, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const floor = median(samples[0]);
console.log(`node ${process.version}, ${rounds} interleaved rounds\n`);
console.log('case'.padEnd(28) + 'median ms'.padStart(10) + 'ratio'.padStart(8));
cases.forEach(([name], i) => {
  const m = median(samples[i]);
  console.log(name.padEnd(28) + m.toFixed(1).padStart(10) + `${(m / floor).toFixed(2)}×`.padStart(8));
});
