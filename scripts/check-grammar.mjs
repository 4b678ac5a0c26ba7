#!/usr/bin/env node
// Compares src/docker/grammar.ts with the docker client installed on this machine.
// Run by hand after editing the grammar:  node scripts/check-grammar.mjs
// No daemon is needed: --help output and argument errors come from the client alone.
// Exit code 0 = no differences, 1 = differences listed, 2 = could not run.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'check-grammar-'));
// Probes run in an empty directory with a throwaway config, so `logout` or `build`
// cannot touch anything real.
const sandbox = join(work, 'cwd');
const dockerConfig = join(work, 'docker-config');
mkdirSync(sandbox);
mkdirSync(dockerConfig);

/** Transpiles src/docker/*.ts into the work dir and imports the grammar from there. */
async function loadGrammar() {
  const sourceDir = join(root, 'src', 'docker');
  const outDir = join(work, 'docker');
  mkdirSync(outDir);
  for (const file of readdirSync(sourceDir).filter((name) => name.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(join(sourceDir, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(outDir, file.replace(/\.ts$/, '.js')), outputText);
  }
  return import(pathToFileURL(join(outDir, 'grammar.js')).href);
}

function docker(args) {
  const result = spawnSync('docker', args, {
    cwd: sandbox,
    env: { ...process.env, DOCKER_CONFIG: dockerConfig, COLUMNS: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.error) throw result.error;
  return `${result.stdout}\n${result.stderr}`;
}

// '  -p, --publish list     Publish …' → short, long, type word, first description line.
const FLAG_LINE = /^\s+(?:(-\w), )?(--[\w-]+)(?: (\S+))?(?:\s{2,}(.*))?$/;

/** Flags from one section of help output, with continuation lines joined to the description. */
function helpFlags(text, sectionTitle) {
  const flags = new Map();
  let inSection = false;
  let current;
  for (const line of text.split('\n')) {
    if (line.startsWith(sectionTitle)) {
      inSection = true;
      continue;
    }
    if (inSection && /^\S/.test(line)) inSection = false;
    if (!inSection || line.trim() === '') continue;
    const match = FLAG_LINE.exec(line);
    if (match) {
      const [, short, long, type = 'bool', description = ''] = match;
      current = { short, long, type, description };
      flags.set(long, current);
    } else if (current) {
      current.description += ` ${line.trim()}`;
    }
  }
  for (const flag of flags.values()) flag.defaultValue = defaultFrom(flag);
  return flags;
}

/** The default docker states at the end of a description; empty collections don't count. */
function defaultFrom({ type, description }) {
  const match = /\(default ([^()]*)\)\s*$/.exec(description.trim());
  if (!match) return undefined;
  const text = match[1];
  if (type === 'bool') return text === 'true' ? 'true' : undefined;
  if (text === '[]' || text === 'map[]') return undefined;
  return text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

function aliasesFrom(text) {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith('Aliases:'));
  if (at < 0) return [];
  return (lines[at + 1] ?? '')
    .split(',')
    .map((alias) => alias.trim().replace(/^docker /, ''))
    .filter(Boolean);
}

function usageFrom(text, path) {
  const line = text.split('\n').find((l) => l.startsWith('Usage:')) ?? '';
  return line
    .replace(/^Usage:\s+/, '')
    .replace(`docker ${path}`, '')
    .replace('[OPTIONS]', '')
    .trim();
}

const ARITY_ERROR = /'docker [^']+' (requires|accepts)|accepts \d+ arg\(s\), received/;

const differences = [];
const report = (where, what) => differences.push(`${where}: ${what}`);

function compareFlags(where, dataFlags, help, { ignoreDefault = () => false } = {}) {
  const data = new Map(dataFlags.map((flag) => [flag.long, flag]));
  for (const [long, seen] of help) {
    if (long === '--help') continue; // cobra adds it everywhere; the parser knows
    const mine = data.get(long);
    if (!mine) {
      report(where, `flag ${long} (${seen.type}) is missing from the grammar`);
      continue;
    }
    if ((mine.short ?? undefined) !== seen.short) {
      report(where, `${long} short should be ${seen.short ?? 'none'}, grammar has ${mine.short ?? 'none'}`);
    }
    const takesValue = seen.type !== 'bool';
    if (mine.takesValue !== takesValue) {
      report(where, `${long} ${takesValue ? 'takes a value' : 'is a switch'} but the grammar disagrees`);
    }
    if (mine.valueType !== seen.type)
      report(where, `${long} type is ${seen.type}, grammar has ${mine.valueType}`);
    if (mine.defaultValue !== seen.defaultValue && !ignoreDefault(seen)) {
      report(
        where,
        `${long} default is ${seen.defaultValue ?? 'none'}, grammar has ${mine.defaultValue ?? 'none'}`,
      );
    }
  }
  for (const mine of dataFlags) {
    if (!help.has(mine.long) && !mine.hidden)
      report(where, `grammar has ${mine.long}, which --help does not list`);
  }
}

/** Dummy arguments for a probe; 'x' never names anything real. */
const dummies = (count) => Array.from({ length: count }, () => 'x');

function checkArity(spec) {
  const where = `docker ${spec.path.join(' ')}`;
  const run = (count) => ARITY_ERROR.test(docker([...spec.path, ...dummies(count)]));
  if (spec.minArgs > 0 && !run(spec.minArgs - 1))
    report(where, `accepts ${spec.minArgs - 1} arguments, grammar says at least ${spec.minArgs}`);
  if (run(spec.minArgs)) report(where, `rejects ${spec.minArgs} arguments, grammar says they are enough`);
  if (spec.maxArgs !== undefined && !run(spec.maxArgs + 1))
    report(where, `accepts ${spec.maxArgs + 1} arguments, grammar says at most ${spec.maxArgs}`);
  if (spec.maxArgs === undefined && run(spec.minArgs + 2))
    report(where, 'limits its arguments, grammar says no limit');
}

/** A stray '-Z' after an argument is only an unknown flag if docker keeps reading flags there. */
function checkFlagsAfterArgs(spec) {
  if (spec.maxArgs === 0) return;
  const where = `docker ${spec.path.join(' ')}`;
  const count = Math.max(spec.minArgs, 1);
  const keepsReading = docker([...spec.path, ...dummies(count), '-Z']).includes(
    "unknown shorthand flag: 'Z'",
  );
  if (keepsReading === Boolean(spec.flagsStopAtFirstArg)) {
    report(
      where,
      `docker ${keepsReading ? 'reads' : 'does not read'} flags after the first argument; grammar disagrees`,
    );
  }
}

/** Hidden spellings cannot be seen in --help, so ask the client whether it accepts them. */
function checkHiddenFlags(spec) {
  const where = `docker ${spec.path.join(' ')}`;
  for (const flag of spec.flags) {
    const spellings = [...(flag.hiddenAliases ?? []), ...(flag.hidden ? [flag.long] : [])];
    for (const spelling of spellings) {
      const value = flag.takesValue ? ['x'] : [];
      const output = docker([...spec.path, spelling, ...value, ...dummies(spec.minArgs)]);
      if (/unknown (shorthand )?flag/.test(output))
        report(where, `docker does not accept hidden ${spelling}`);
    }
  }
}

function checkCoverage(commands, uncovered) {
  const known = new Set(
    commands.flatMap((spec) => [spec.path, ...spec.aliases].map((words) => words.join(' '))),
  );
  const isKnown = (name) =>
    known.has(name) || uncovered.includes(name) || uncovered.includes(name.split(' ')[0]);
  const listed = (text) => {
    const names = [];
    let inList = false;
    for (const line of text.split('\n')) {
      if (/^(?:[A-Z][\w ]* )?Commands:$/.test(line)) inList = true;
      else if (/^\S/.test(line) || line.trim() === '') inList = false;
      else if (inList) names.push(line.trim().split(/\s+/)[0]);
    }
    return names;
  };
  for (const name of listed(docker(['--help']))) {
    if (!isKnown(name) && !commands.some((spec) => spec.path[0] === name)) {
      report('docker --help', `command ${name} is neither in the grammar nor listed as uncovered`);
    }
  }
  const groups = new Set(commands.filter((spec) => spec.path.length === 2).map((spec) => spec.path[0]));
  for (const group of groups) {
    for (const sub of listed(docker([group, '--help']))) {
      if (!isKnown(`${group} ${sub}`))
        report(`docker ${group}`, `subcommand ${sub} is neither in the grammar nor listed as uncovered`);
    }
  }
}

async function main() {
  const version = docker(['--version']).trim();
  if (!version.startsWith('Docker version')) {
    console.error(`check-grammar: no docker client found (${version})`);
    return 2;
  }
  const { COMMANDS, GLOBAL_FLAGS, UNCOVERED_COMMANDS } = await loadGrammar();
  let flagCount = 0;

  compareFlags('docker (global options)', GLOBAL_FLAGS, helpFlags(docker(['--help']), 'Global Options:'), {
    // Paths such as "/root/.docker/ca.pem" depend on the machine.
    ignoreDefault: (seen) => (seen.defaultValue ?? '').includes('/'),
  });
  flagCount += GLOBAL_FLAGS.length;

  // Plugins this client lacks (compose here) are checked against their reference pages instead.
  const lacking = new Set(
    [...new Set(COMMANDS.map((spec) => spec.path[0]))].filter((word) =>
      // Asked for help on a command it lacks, the client prints its own top-level usage.
      /^Usage:\s+docker \[OPTIONS\] COMMAND/m.test(docker([word, '--help'])),
    ),
  );
  const skipped = COMMANDS.filter((spec) => lacking.has(spec.path[0]));
  const checked = COMMANDS.filter((spec) => !lacking.has(spec.path[0]));
  for (const spec of checked) {
    const path = spec.path.join(' ');
    const where = `docker ${path}`;
    const help = docker([...spec.path, '--help']);
    compareFlags(where, spec.flags, helpFlags(help, 'Options:'));
    flagCount += spec.flags.length;

    const usage = usageFrom(help, path);
    if (usage !== spec.args) report(where, `usage is '${usage}', grammar has '${spec.args}'`);
    const expectedAliases = aliasesFrom(help)
      .filter((alias) => alias !== path)
      .sort();
    const dataAliases = spec.aliases.map((words) => words.join(' ')).sort();
    if (expectedAliases.join(', ') !== dataAliases.join(', ')) {
      report(where, `aliases are [${expectedAliases.join(', ')}], grammar has [${dataAliases.join(', ')}]`);
    }
    checkArity(spec);
    checkFlagsAfterArgs(spec);
    checkHiddenFlags(spec);
  }
  checkCoverage(checked, UNCOVERED_COMMANDS);

  console.log(`${version}`);
  console.log(`checked ${checked.length} commands and ${flagCount} flags (${GLOBAL_FLAGS.length} global)`);
  if (skipped.length > 0) {
    const names = skipped.map((spec) => `docker ${spec.path.join(' ')}`).join(', ');
    console.log(`skipped ${skipped.length} commands this client lacks (check them by hand): ${names}`);
  }
  for (const line of differences) console.log(`  ${line}`);
  console.log(`${differences.length} difference${differences.length === 1 ? '' : 's'}`);
  return differences.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`check-grammar: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 2;
} finally {
  rmSync(work, { recursive: true, force: true });
}
