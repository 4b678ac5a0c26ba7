#!/usr/bin/env node
// Runs every distinct `docker …` example of the built-in decks (content/<lang>/*.md, both languages)
// through the real docker client's argument parser and lists the ones it rejects.
// Run by hand after editing content:  node scripts/check-examples.mjs [--verbose]
// Not part of `npm test`: users may have no docker client.
//
// No daemon is needed. The client checks its flags, argument counts and many values (ports, sizes,
// image references, --rm with a restart policy) before it dials the daemon, so each command runs
// with DOCKER_HOST pointing at a socket that does not exist: "Cannot connect to the Docker daemon"
// means every argument was accepted; anything else is the client's objection.
// Exit code 0 = all accepted, 1 = rejects listed, 2 = could not run.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { marked } from 'marked';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const work = mkdtempSync(join(tmpdir(), 'check-examples-'));
// Every probe runs in an empty folder with a throwaway config and no way out: a dead daemon socket,
// and a proxy that refuses, for the few commands (manifest, login) that talk to a registry first.
const sandbox = join(work, 'cwd');
const dockerConfig = join(work, 'docker-config');
mkdirSync(sandbox);
mkdirSync(dockerConfig);
// `docker build` checks its context and Dockerfile before the daemon; give it one to find.
writeFileSync(join(sandbox, 'Dockerfile'), 'FROM scratch\n');
const env = {
  PATH: process.env.PATH,
  HOME: work,
  DOCKER_CONFIG: dockerConfig,
  DOCKER_HOST: `unix://${join(work, 'no-daemon.sock')}`,
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '',
  COLUMNS: '200',
};

// Arguments accepted: the client went on to the daemon, or to a file or registry the probe lacks.
const ACCEPTED = [
  /Cannot connect to the Docker daemon/,
  /Cannot perform an interactive login from a non TTY device/,
  /unable to prepare context/,
  /(open|lstat|stat) [^:]+: no such file or directory/,
  /the input device is not a TTY/,
  /WARNING! This will remove/,
  /proxyconnect tcp/,
  /error during connect/,
];
// Prose may name a command or a flag without its arguments (`docker stop`, `docker run -e`).
const INCOMPLETE =
  /requires (at least |exactly )?\d+ arguments?|requires at least \d+ and at most|flag needs an argument|^Usage:/m;

/** The notes parser (what the cards hold) and the docker word splitter, bundled from src/ for this run. */
async function loadStages() {
  const outfile = join(work, 'stages.mjs');
  await build({
    stdin: {
      contents: [
        "export { parseNote } from './src/notes/parse.ts';",
        "export { noteGrammar } from './src/cli/note-grammar.ts';",
        "export { tokenizeShell } from './src/docker/shell-words.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    // gray-matter and its YAML engine are CommonJS; give the ESM bundle a require.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'zsh', 'text']);

/** `docker …` lines of shell code blocks and `docker …` code spans in prose, with their lines. */
function scanMarkdown(markdown, file) {
  const found = [];
  const lineAt = (index) => markdown.slice(0, index).split('\n').length;
  // Top-level raws add up to the whole text; nested tokens are found inside their block.
  let blockStart = 0;
  const visit = (tokens) => {
    for (const token of tokens) {
      const at = Math.max(markdown.indexOf(token.raw, blockStart), blockStart);
      if (token.type === 'code' && SHELL_LANGS.has((token.lang ?? '').trim().toLowerCase())) {
        const first = lineAt(at) + (token.codeBlockStyle === 'indented' ? 0 : 1);
        token.text.split('\n').forEach((raw, i) => {
          const text = raw
            .trim()
            .replace(/^\$\s+/, '')
            .replace(/\s+\/\/.*$/, '');
          if (/^docker\s/.test(text)) found.push({ text, where: `${file}:${first + i}`, inline: false });
        });
      } else if (token.type === 'codespan' && /^docker\s/.test(token.text)) {
        const text = token.text
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        found.push({ text, where: `${file}:${lineAt(at)}`, inline: true });
      }
      for (const child of [token.tokens, token.items].filter(Boolean)) visit(child);
    }
  };
  for (const token of marked.lexer(markdown)) {
    visit([token]);
    blockStart += token.raw.length;
  }
  return found;
}

// Prose names commands with placeholders (`docker run IMAGE command`, `[OPTIONS]`, `…`): those are
// forms, not examples.
const PLACEHOLDER = /\[|…|\.\.\.|<[a-z]|\b[A-Z][A-Z_]{2,}\b(?![=:])/;

/** argv for one line: shell words up to the first operator; redirections and pipes stay out. */
function argvOf(line, tokenizeShell) {
  const tokens = tokenizeShell(line);
  if ('error' in tokens) return undefined;
  const words = [];
  for (const token of tokens) {
    if (token.kind === 'operator') break;
    words.push(token.text);
  }
  return words.slice(1);
}

function runDocker(args) {
  return new Promise((resolve) => {
    const child = spawn('docker', args, { cwd: sandbox, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// compose, buildx and scout are plugins: a client without them does not know the word at all
// (`docker compose --help` prints docker's own help, so ask with no arguments).
const lacking = new Map();
function lacks(word) {
  if (!lacking.has(word)) {
    lacking.set(
      word,
      runDocker([word]).then(({ output }) => /unknown command: docker /.test(output)),
    );
  }
  return lacking.get(word);
}

/** The client's one-line objection: its first line that is not a deprecation banner. */
function reason(output) {
  const lines = output.split('\n').map((l) => l.trim());
  const banner = lines.findIndex((l) => l.startsWith('DEPRECATED'));
  const rest = banner >= 0 ? lines.slice(banner + 3) : lines;
  return (rest.find(Boolean) ?? '(no output)').replace(/^docker: /, '');
}

async function main() {
  const probe = spawnSync('docker', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.error('check-examples: no docker client on PATH');
    process.exit(2);
  }
  console.log(probe.stdout.trim());
  const { parseNote, noteGrammar, tokenizeShell } = await loadStages();

  /** line text → { inline, where[] }: a command shown in a code block anywhere counts as an example. */
  const lines = new Map();
  const add = (text, where, inline) => {
    const entry = lines.get(text) ?? { inline: true, where: [] };
    entry.inline &&= inline;
    entry.where.push(where);
    lines.set(text, entry);
  };
  for (const lang of readdirSync(join(root, 'content'), { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const name of readdirSync(join(root, 'content', lang.name)).filter((n) => n.endsWith('.md'))) {
      const file = `content/${lang.name}/${name}`;
      const markdown = readFileSync(join(root, file), 'utf8');
      for (const found of scanMarkdown(markdown, file)) {
        if (found.inline && PLACEHOLDER.test(found.text)) continue;
        add(found.text, found.where, found.inline);
      }
      // What the cards carry (examples and typed tasks), in case the parser reads a line differently.
      for (const card of parseNote(markdown, { file, grammar: noteGrammar }).cards) {
        for (const text of [...(card.examples ?? []), ...(card.tasks ?? []).map((t) => t.command)]) {
          if (/^docker\s/.test(text)) add(text, `${file}:${card.source.line} (${card.id})`, false);
        }
      }
    }
  }

  const missing = new Set();
  const accepted = [];
  const rejected = [];
  const skipped = [];
  const queue = [...lines.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [text, entry] = next;
      const args = argvOf(text, tokenizeShell);
      if (!args) {
        rejected.push({ text, entry, why: 'cannot be split into words (unbalanced quotes?)' });
        continue;
      }
      const word = args.find((a) => !a.startsWith('-')) ?? '';
      if (await lacks(word)) {
        missing.add(word);
        skipped.push({ text, entry, why: `this client has no 'docker ${word}'` });
        continue;
      }
      const { code, output } = await runDocker(args);
      if (code === 0 || ACCEPTED.some((pattern) => pattern.test(output))) accepted.push({ text, entry });
      else if (!(entry.inline && INCOMPLETE.test(reason(output))))
        rejected.push({ text, entry, why: reason(output) });
    }
  };
  await Promise.all([worker(), worker()]);

  const examples = [...lines.values()].filter((e) => !e.inline).length;
  const byText = (a, b) => a.text.localeCompare(b.text);
  const show = (title, list) => {
    if (list.length === 0) return;
    console.log(`\n${title} (${list.length}):`);
    for (const { text, entry, why } of list.sort(byText)) {
      console.log(`  ${entry.where[0]}: ${text}${why ? `\n      ${why}` : ''}`);
    }
  };
  show(
    'Rejected examples',
    rejected.filter((r) => !r.entry.inline),
  );
  show(
    'Rejected inline mentions (prose, not counted as examples)',
    rejected.filter((r) => r.entry.inline),
  );
  show('Skipped: check these against the reference pages by hand', skipped);
  if (verbose) show('Accepted', accepted);
  const acceptedExamples = accepted.filter((a) => !a.entry.inline).length;
  const rejectedExamples = rejected.filter((r) => !r.entry.inline).length;
  console.log(
    `\n${lines.size} distinct docker lines (${examples} in code blocks or cards): ` +
      `${acceptedExamples} examples accepted, ${rejectedExamples} rejected, ${skipped.length} skipped` +
      (missing.size ? ` (client lacks: ${[...missing].sort().join(', ')})` : ''),
  );
  rmSync(work, { recursive: true, force: true });
  process.exit(rejectedExamples > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`check-examples: ${error.message}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(2);
});
