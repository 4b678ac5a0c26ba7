#!/usr/bin/env node
// Notes benchmark: the first parse of a 10,000-card corpus against marked's lexer over the same
// files. The corpus is generated here (every note shape the recognizers read, in Korean and
// English); each measurement runs in a fresh process (a first parse: no warm JIT, no cache), the two
// interleaved round by round so that both see the same machine load. Prints medians and the ratio.
//
//   node bench/notes-parse.mjs [--rounds 7] [--cards 10000]     (BENCH_KEEP=1 keeps the corpus, to profile)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, cards: { type: 'string', default: '10000' } },
});
const ROUNDS = Number(args.rounds);
const CARDS = Number(args.cards);

const work = mkdtempSync(join(tmpdir(), 'dockstudy-notes-bench-'));
const notes = join(work, 'notes');
mkdirSync(notes);

// One note of about a hundred cards, in the shapes real notes use; `n` makes each note its own.
function note(n) {
  const out = [`# 도커 노트 ${n}`, '', `Notes number ${n}: commands, flags and questions.`, ''];
  const commands = ['run', 'ps', 'logs', 'exec', 'stop', 'rm', 'pull', 'push', 'build', 'images'];
  for (const [i, cmd] of commands.entries()) {
    out.push(`## ${cmd} ${n}-${i}`, '', `\`docker ${cmd}\` 명령을 정리한다 (${i}).`, '');
    out.push('```bash', `# ${cmd} 예시 ${i}`, `docker ${cmd} -d example/app${i}`, '```', '');
    if (cmd === 'run')
      out.push('- `-d` : 백그라운드', '- __-p__ : 포트 연결', '- —rm : 끝나면 삭제', '- -it : 터미널', '');
  }
  out.push('## 옵션 표', '', '```bash', 'docker run -d nginx', '```', '', '| 옵션 | 설명 |', '| --- | --- |');
  for (const flag of ['-d', '-p', '--name', '-e', '-v', '--rm', '-w', '-m'])
    out.push(`| \`${flag}\` | ${flag} 설명 ${n} |`);
  out.push('', '## 명령어 표', '', '| 명령어 | 설명 |', '|---|---|');
  for (const [i, cmd] of commands.entries())
    out.push(`| \`docker ${cmd} x${i}\` | ${cmd} 표 설명 ${n}-${i} |`);
  out.push('');
  for (let q = 0; q < 15; q++) {
    out.push(
      `## Q${q + 1}. What does question ${n}-${q} ask?`,
      '',
      '### Answer',
      '',
      `It asks about thing ${q} of note ${n}.`,
      '',
    );
  }
  out.push('## 카드 모음', '');
  for (let q = 0; q < 15; q++) out.push(`용어 ${n}-${q}::설명 ${q}`);
  out.push('', `Layers are ==shared== between images ${n}.`, '');
  for (let q = 0; q < 10; q++) {
    out.push(
      '<details>',
      `<summary>${q + 1}. 질문 ${n}-${q}?</summary>`,
      '',
      `답변 ${q}: 컨테이너는 프로세스다.`,
      '',
      '</details>',
      '',
    );
  }
  for (let c = 0; c < 10; c++) {
    out.push(
      `## Concept ${n}-${c}`,
      '',
      `A concept paragraph with **bold** words and \`code\` number ${c}.`,
      '',
    );
    out.push('- a point', '- another point', '');
  }
  out.push('## 참고', '', '- [docs](https://docs.docker.com)', '');
  return out.join('\n');
}

// The bundle of the real parser (src/notes with src/docker's grammar).
const bundle = join(work, 'parser.mjs');
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
await build({
  stdin: {
    contents:
      // The CLI's V8 tiering first (src/cli/tiering.ts), set as startParse sets it before a parse: the
      // parse is measured as it runs. (Importing the module alone sets nothing.)
      "import { tierForParsing } from './src/cli/tiering.ts'; tierForParsing(); export { parseNote } from './src/notes/parse.ts'; export { noteGrammar } from './src/cli/note-grammar.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: bundle,
  logLevel: 'warning',
});

const child = join(work, 'child.mjs');
writeFileSync(
  child,
  `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const [mode, dir] = process.argv.slice(2);
const files = readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
let count = 0;
let run;
if (mode.startsWith('lex')) {
  // lex-tuned: the lexer under the CLI's tiering too (the bundle sets it as it loads).
  if (mode === 'lex-tuned') await import(${JSON.stringify(pathToFileURL(bundle).href)});
  const { marked } = await import('marked');
  run = () => { for (const [, text] of files) count += marked.lexer(text).length; };
} else {
  const { parseNote, noteGrammar } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
  run = () => { for (const [f, text] of files) count += parseNote(text, { file: f, grammar: noteGrammar, user: true }).cards.length; };
}
const start = process.hrtime.bigint();
const cpu = process.cpuUsage();
run();
const used = process.cpuUsage(cpu);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(JSON.stringify({ ms, cpu: (used.user + used.system) / 1000, count }));
`,
);

function measure(mode) {
  const result = spawnSync(process.execPath, [child, mode, notes], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

// Write notes until the corpus holds CARDS cards (counted by the parser itself).
let total = 0;
for (let n = 0; total < CARDS; n++) {
  writeFileSync(join(notes, `note-${String(n).padStart(4, '0')}.md`), note(n));
  if (n % 20 === 19 || n === 0) total = measure('parse').count;
}
total = measure('parse').count;

const lex = [];
const lexTuned = [];
const parse = [];
for (let round = 0; round < ROUNDS; round++) {
  lex.push(measure('lex'));
  lexTuned.push(measure('lex-tuned'));
  parse.push(measure('parse'));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const files = spawnSync('ls', [notes], { encoding: 'utf8' }).stdout.trim().split('\n').length;
const line = (name, runs) =>
  `${name}: ${median(runs.map((r) => r.cpu)).toFixed(0)} ms CPU, ${median(runs.map((r) => r.ms)).toFixed(0)} ms wall`;
console.log(`corpus: ${files} notes, ${total} cards; medians of ${ROUNDS} fresh processes each, interleaved`);
console.log(line('marked lexer', lex));
console.log(line("  the same, under the CLI's tiering", lexTuned));
console.log(line("parseNote (the CLI's tiering)", parse));
// CPU time: on a shared machine the wall clock mostly measures the neighbours.
const cpu = (runs) => median(runs.map((r) => r.cpu));
console.log(`ratio (CPU)  : ${(cpu(parse) / cpu(lex)).toFixed(2)}x (target: within 2x)`);
console.log(`against the lexer under the same tiering: ${(cpu(parse) / cpu(lexTuned)).toFixed(2)}x`);
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
else console.log(work);
