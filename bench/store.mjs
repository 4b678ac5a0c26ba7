// Store benchmark: 10,000 card states and 1,000,000 review_log rows, then the times of
// what the CLI does with them. Runs the real src/store, src/srs and src/stats code,
// bundled on the fly with esbuild (Node 20 cannot run TypeScript), so the schema and
// queries are never copied here.
//
//   node bench/store.mjs [--cards N] [--reviews N] [--keep]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleStages } from '../scripts/bundle-stages.mjs';
import { fillStore } from './store-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    cards: { type: 'string', default: '10000' },
    reviews: { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
  },
});
const CARDS = Number(args.cards);
const REVIEWS = Number(args.reviews);

const NOW = new Date('2026-03-01T10:00:00Z'); // fixed, so runs compare
const TZ = 0;

const work = mkdtempSync(join(tmpdir(), 'dockstudy-bench-'));
const bundle = await bundleStages(work, ['store', 'srs', 'stats']);
const ds = await import(bundle);

function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function median(runs, fn) {
  const times = Array.from({ length: runs }, () => time(fn).ms).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const results = [];
const row = (what, ms, note = '') => results.push({ what, ms: ms.toFixed(2), note });

const file = join(work, 'dockstudy.db');
const store = ds.openStore(file);
const cardIds = Array.from({ length: CARDS }, (_, i) => `bench/card-${String(i).padStart(5, '0')}`);

// --- generation: straight SQL into the real schema, one transaction ---
const generation = time(() => fillStore(store, cardIds, REVIEWS, NOW.getTime()));
row(`generate ${CARDS} cards + ${REVIEWS} reviews`, generation.ms, 'one transaction');

// --- review --due --json: due count, new count, ids ---
const config = ds.getConfig(store);
const dueQuery = () => {
  const dayEnd = ds.dayEnd(NOW, TZ).getTime();
  const states = ds.loadStatesDueBefore(store, dayEnd);
  const known = ds.loadKnownCardIds(store);
  const newSeenToday = ds.countNewIntroducedSince(store, ds.dayStart(NOW, TZ).getTime());
  const queue = ds.buildQueue({
    cardIds,
    states,
    known,
    now: NOW,
    config,
    newSeenToday,
    utcOffsetMinutes: TZ,
  });
  return queue;
};
const due = dueQuery();
row(
  'due/new query (indexed)',
  median(50, dueQuery),
  `${due.learning.length + due.review.length} due, ${due.new.length} new`,
);
const dayEndMs = ds.dayEnd(NOW, TZ).getTime();
row(
  '  loadStatesDueBefore',
  median(50, () => ds.loadStatesDueBefore(store, dayEndMs)),
  'range on card_state_by_due',
);
row(
  '  loadKnownCardIds',
  median(50, () => ds.loadKnownCardIds(store)),
  'primary key only',
);
row(
  '  countNewIntroducedSince',
  median(50, () => ds.countNewIntroducedSince(store, ds.dayStart(NOW, TZ).getTime())),
  'covering index',
);
row(
  'due/new via loadStates (all rows)',
  median(20, () =>
    ds.buildQueue({
      cardIds,
      states: ds.loadStates(store),
      now: NOW,
      config,
      newSeenToday: 0,
      utcOffsetMinutes: TZ,
    }),
  ),
  'full-table alternative',
);

// --- answering: preview + commit, each a separate transaction ---
const answerIds = cardIds.slice(0, 200);
const states = ds.loadStates(store);
const previews = answerIds.map((id, i) =>
  ds.previewAnswers(states.get(id), new Date(NOW.getTime() + i), config),
);
row(
  'previewAnswers (4 grades)',
  median(200, () => ds.previewAnswers(states.get(answerIds[0]), NOW, config)),
  'pure, no I/O',
);
const logIds = [];
const commitTimes = answerIds
  .map(
    (cardId, i) =>
      time(() => {
        const { logId } = ds.recordAnswer(store, {
          cardId,
          // Compared with the stored state inside the transaction (compare-before-commit).
          from: states.get(cardId),
          answer: previews[i][ds.Rating.Good],
          rebase: (stored) => ds.previewAnswers(stored, NOW, config)[ds.Rating.Good],
          durationMs: 5000,
          source: 'review',
          now: NOW,
        });
        logIds.push(logId);
      }).ms,
  )
  .sort((a, b) => a - b);
row('recordAnswer commit (median of 200)', commitTimes[100], `p95 ${commitTimes[190].toFixed(2)} ms`);
// Takes back the answers just committed, newest first, as a session does (by log id).
row(
  'undoAnswer',
  median(50, () => ds.undoAnswer(store, logIds.pop())),
  'one transaction',
);

// --- stats ---
const query = ds.statsHistoryQuery(NOW, TZ);
row(
  'loadReviewHistory',
  median(20, () => ds.loadReviewHistory(store, query)),
  'count + 30 days + study days',
);
row(
  'loadStates',
  median(20, () => ds.loadStates(store)),
  `${CARDS * 0.9} rows`,
);
const history = ds.loadReviewHistory(store, query);
row(
  'computeStats',
  median(20, () => ds.computeStats({ cardIds, states, history }, NOW, TZ)),
  'pure',
);

ds.closeStore(store);

// --- the built CLI end to end: the same cards as a notes folder, the same store ---
// Cold wall time of `review --due --json` and `stats --json` against `node -e 0`, interleaved.
const cli = join(root, 'dist', 'cli.js');
if (existsSync(cli)) {
  const notes = join(work, 'notes');
  mkdirSync(notes);
  const perFile = 1000;
  for (let f = 0; f * perFile < CARDS; f++) {
    const sections = cardIds
      .slice(f * perFile, (f + 1) * perFile)
      .map(
        (id, i) => `<!-- id: ${id} -->\n## Topic ${f}-${i}\n\nWhat **card ${id}** teaches, in a sentence.\n`,
      );
    writeFileSync(
      join(notes, `deck-${String(f).padStart(2, '0')}.md`),
      `---\ndeck: bench-${f}\n---\n\n${sections.join('\n')}`,
    );
  }
  const env = {
    ...process.env,
    DOCKSTUDY_HOME: work,
    DOCKSTUDY_NOW: NOW.toISOString(),
    NO_COLOR: '1',
    TZ: 'UTC',
  };
  const cases = [
    ['node -e 0 (floor)', ['-e', '0']],
    ['review --due --json', [cli, '--notes', notes, '--no-builtin', 'review', '--due', '--json']],
    ['stats --json', [cli, '--notes', notes, '--no-builtin', 'stats', '--json']],
  ];
  const spawnMs = (argv) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, argv, { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${argv.slice(1).join(' ')}: ${result.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const first = spawnMs(cases[1][1]); // parses the notes and fills the parse cache
  const samples = cases.map(() => []);
  for (let round = 0; round < 15; round++)
    for (const [i, [, argv]] of cases.entries()) samples[i].push(spawnMs(argv));
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const floor = mid(samples[0]);
  row('CLI: first run, parsing the notes', first, `${CARDS} cards in ${Math.ceil(CARDS / perFile)} notes`);
  for (const [i, [name]] of cases.entries())
    row(`CLI: ${name}`, mid(samples[i]), `${(mid(samples[i]) / floor).toFixed(2)}× node -e 0`);
}
if (!args.keep) rmSync(work, { recursive: true, force: true });

const width = Math.max(...results.map((r) => r.what.length));
console.log(`${'step'.padEnd(width)}  ${'ms'.padStart(9)}  note`);
for (const r of results) console.log(`${r.what.padEnd(width)}  ${r.ms.padStart(9)}  ${r.note}`);
if (args.keep) console.log(`kept ${work}`);
