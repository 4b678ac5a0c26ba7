#!/usr/bin/env node
// Start-up benchmark (issue 13's table): each figure against its floor, all cases interleaved round by
// round in one run so that every one sees the same machine load. Prints medians, ratios and targets.
//   npm run bench [-- --rounds 10]
// Cases, each a fresh process of the built dist/cli.js:
//   card container-run (cold)                      vs node -e 0                     target ≤ 1.3×
//   2,000 notes / 10,000 cards, first parse        vs reading them + marked's lexer  target ≤ 1.5×
//   the same notes, unchanged (parse cache)         vs node -e 0                     target ≤ 1.5×
//   review --due --json, 10,000 cards, 1M log rows  vs node -e 0                     target ≤ 1.5×
//   quiz dockerfile: first question on screen      vs node -e 0                     target ≤ 2×
//   peak memory (max RSS) of the first parse                                         target ≤ 150 MB
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleStages } from '../scripts/bundle-stages.mjs';
import { fillStore } from './store-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    notes: { type: 'string', default: '2000' },
    reviews: { type: 'string', default: '1000000' },
  },
});
const ROUNDS = Number(args.rounds);
const NOTES = Number(args.notes);
const NOW = '2026-03-01T10:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'dockstudy-bench-'));
const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', DOCKSTUDY_NOW: NOW };
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();

// --- the corpus: NOTES notes of five cards each (a command, two flags, a question, a concept) ---
const corpus = join(work, 'notes');
mkdirSync(corpus);
for (let n = 0; n < NOTES; n++) {
  const text = [
    `# Note ${n}`,
    '',
    `What note ${n} is about: running containers, and what their flags do.`,
    '',
    `## Running ${n}`,
    '',
    '```bash',
    `docker run -d --name app${n} nginx`,
    '```',
    '',
    `- \`-d\` : runs container ${n} in the background`,
    `- \`--name\` : names container ${n}`,
    '',
    `## Q1. Why does note ${n} publish a port?`,
    '',
    '### Answer',
    '',
    `So that port ${n} on the host reaches the container.`,
    '',
  ].join('\n');
  writeFileSync(join(corpus, `note-${String(n).padStart(4, '0')}.md`), text);
}

// The floor of the first parse: the same files read, and marked's lexer run on each.
const lexFloor = join(work, 'lex-floor.mjs');
writeFileSync(
  lexFloor,
  `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from ${JSON.stringify(pathToFileURL(join(root, 'node_modules', 'marked', 'lib', 'marked.esm.js')).href)};
const dir = process.argv[2];
let tokens = 0;
for (const f of readdirSync(dir).sort()) tokens += marked.lexer(readFileSync(join(dir, f), 'utf8')).length;
process.stdout.write(String(tokens));
`,
);

// Peak memory of a child: its max RSS, written at exit by a preloaded hook.
const rssFile = join(work, 'rss');
const rssHook = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`,
)}`;

function timeSync(argv, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, {
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout.toString() };
}

/** Milliseconds until `text` shows on stdout (the child is then stopped). */
function timeUntil(argv, text, options = {}) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, {
      env: { ...env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes(text)) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        child.kill();
        done({ ms });
      }
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => {
      if (!out.includes(text)) fail(new Error(`${argv.join(' ')} exited ${code} before '${text}': ${err}`));
    });
  });
}

// --- homes: one with the notes parsed (the cache) and a store of every card with 1M log rows ---
const warm = join(work, 'warm');
mkdirSync(warm);
const notesArgs = ['--notes', corpus, '--no-builtin'];
const ids = JSON.parse(
  timeSync([cli, ...notesArgs, 'cards', '--json'], { env: { DOCKSTUDY_HOME: warm } }).stdout,
).map((c) => c.id);
const stages = await import(await bundleStages(work, ['store']));
const store = stages.openStore(join(warm, 'dockstudy.db'));
fillStore(store, ids, Number(args.reviews), Date.parse(NOW));
stages.closeStore(store);
const plain = join(work, 'plain');
mkdirSync(plain);

let fresh = 0;
const freshHome = () => {
  const home = join(work, `fresh-${fresh++}`);
  mkdirSync(home);
  return home;
};

const cases = [
  { name: 'node -e 0', run: () => timeSync(['-e', '0']) },
  {
    name: 'card container-run',
    run: () => timeSync([cli, 'card', 'container-run'], { env: { DOCKSTUDY_HOME: plain } }),
  },
  { name: 'read + marked lexer', run: () => timeSync([lexFloor, corpus]) },
  {
    name: 'notes: first parse',
    run: () => {
      const home = freshHome();
      const result = timeSync(['--import', rssHook, cli, ...notesArgs, 'decks'], {
        env: { DOCKSTUDY_HOME: home },
      });
      rmSync(home, { recursive: true, force: true });
      return { ...result, rssKB: Number(readFileSync(rssFile, 'utf8')) };
    },
  },
  {
    name: 'notes: unchanged (cache)',
    run: () => timeSync(['--import', rssHook, cli, ...notesArgs, 'decks'], { env: { DOCKSTUDY_HOME: warm } }),
  },
  {
    name: 'review --due --json (1M)',
    run: () => timeSync([cli, ...notesArgs, 'review', '--due', '--json'], { env: { DOCKSTUDY_HOME: warm } }),
  },
  {
    name: 'quiz dockerfile: 1st question',
    run: () =>
      timeUntil([cli, 'quiz', 'dockerfile', '--plain', '--seed', '1', '--no-record'], '> ', {
        env: { DOCKSTUDY_HOME: plain },
      }),
  },
];

// Warm the file cache once, then alternate the cases round by round.
for (const c of cases) await c.run();
const samples = cases.map(() => []);
const rss = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const [i, c] of cases.entries()) {
    const result = await c.run();
    samples[i].push(result.ms);
    if (result.rssKB) rss.push(result.rssKB);
  }
}
rmSync(work, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = Object.fromEntries(cases.map((c, i) => [c.name, median(samples[i])]));
console.log(
  `node ${process.version}, ${ROUNDS} interleaved rounds, ${NOTES} notes / ${ids.length} cards, load average ${loadBefore} → ${load()}\n`,
);
console.log('case'.padEnd(32) + 'median ms'.padStart(10));
for (const c of cases) console.log(c.name.padEnd(32) + ms[c.name].toFixed(1).padStart(10));
console.log(`\n${'figure'.padEnd(46)}${'ratio'.padStart(8)}${'target'.padStart(9)}`);
const figure = (name, value, target, unit = '×') =>
  console.log(
    `${name.padEnd(46)}${`${value.toFixed(unit === '×' ? 2 : 0)}${unit}`.padStart(8)}${`≤ ${target}${unit}`.padStart(9)}${value <= target ? '' : '  over'}`,
  );
const floor = ms['node -e 0'];
figure('card container-run / node -e 0', ms['card container-run'] / floor, 1.3);
figure('first parse / (read + marked lexer)', ms['notes: first parse'] / ms['read + marked lexer'], 1.5);
figure('notes unchanged / node -e 0', ms['notes: unchanged (cache)'] / floor, 1.5);
figure('review --due --json / node -e 0', ms['review --due --json (1M)'] / floor, 1.5);
figure('quiz first question / node -e 0', ms['quiz dockerfile: 1st question'] / floor, 2);
figure('peak memory, first parse (MB)', Math.max(...rss) / 1024, 150, ' MB');
