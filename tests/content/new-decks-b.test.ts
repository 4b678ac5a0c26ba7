import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseCommandLine } from '../../src/docker/index.js';
import { parseNote } from '../../src/notes/parse.js';
import type { Card } from '../../src/notes/types.js';

// The build, security and orchestration decks, read by the same parser as users' notes.
const root = join(__dirname, '..', '..', 'content');
const DECKS = ['build', 'security', 'orchestration'] as const;
const LANGS = ['ko', 'en'] as const;

const sourceOf = (lang: string, deck: string) => readFileSync(join(root, lang, `${deck}.md`), 'utf8');
const noteOf = (lang: string, name: string) =>
  parseNote(readFileSync(join(root, lang, name), 'utf8'), {
    file: `content/${lang}/${name}`,
    grammar: noteGrammar,
  });

const notes = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries(DECKS.map((deck) => [deck, noteOf(lang, `${deck}.md`)]))]),
) as Record<(typeof LANGS)[number], Record<(typeof DECKS)[number], ReturnType<typeof noteOf>>>;

/** Fenced code blocks of a note, by language. */
function codeBlocks(markdown: string, lang: string): string[] {
  const blocks: string[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'code' && (token as Tokens.Code).lang === lang)
      blocks.push((token as Tokens.Code).text);
  });
  return blocks;
}

const commandsOf = (cards: Card[]) =>
  cards.flatMap((c) => [
    ...(c.kind === 'command' || c.kind === 'flag' ? (c.examples ?? []) : []),
    ...(c.tasks ?? []).map((t) => t.command),
  ]);

// Instructions a Dockerfile may hold, and the flags each takes (Dockerfile reference, frontend 1.x).
const INSTRUCTION_FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude'],
  ARG: [],
  ENV: [],
  WORKDIR: [],
  USER: [],
  ENTRYPOINT: [],
  CMD: [],
  EXPOSE: [],
  LABEL: [],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  VOLUME: [],
  STOPSIGNAL: [],
  SHELL: [],
  ONBUILD: [],
};

/** What is wrong with a Dockerfile example, judged by a real Dockerfile parser; [] when nothing. */
function dockerfileProblems(text: string): string[] {
  const dockerfile = DockerfileParser.parse(text);
  const problems: string[] = [];
  const instructions = dockerfile.getInstructions();
  if (instructions[0]?.getKeyword() !== 'FROM' && instructions[0]?.getKeyword() !== 'ARG')
    problems.push('does not start with FROM (or ARG)');
  for (const instruction of instructions) {
    const keyword = instruction.getKeyword();
    const allowed = INSTRUCTION_FLAGS[keyword];
    if (!allowed) {
      problems.push(`unknown instruction ${keyword}`);
      continue;
    }
    if (instruction.getArguments().length === 0) problems.push(`${keyword} has no arguments`);
    const flags =
      'getFlags' in instruction ? (instruction as { getFlags(): { getName(): string }[] }).getFlags() : [];
    for (const flag of flags) {
      if (!allowed.includes(flag.getName())) problems.push(`${keyword} has no flag --${flag.getName()}`);
    }
  }
  for (const directive of dockerfile.getDirectives()) {
    if (directive.getName() === 'syntax' && directive.getValue() !== 'docker/dockerfile:1')
      problems.push(`unexpected syntax directive ${directive.getValue()}`);
  }
  return problems;
}

// Keys of the Compose specification this deck may use (top level, and a service's own).
const COMPOSE_TOP_LEVEL = new Set(['services', 'networks', 'volumes', 'configs', 'secrets', 'name']);
const COMPOSE_SERVICE_KEYS = new Set([
  ...['image', 'build', 'command', 'entrypoint', 'environment', 'env_file', 'ports', 'expose', 'volumes'],
  ...[
    'networks',
    'depends_on',
    'deploy',
    'healthcheck',
    'restart',
    'secrets',
    'configs',
    'user',
    'read_only',
  ],
  ...['cap_add', 'cap_drop', 'security_opt', 'tmpfs', 'labels', 'working_dir', 'init', 'profiles'],
]);

describe('build, security and orchestration decks', () => {
  it('parse without a single diagnostic', () => {
    const all = LANGS.flatMap((lang) => DECKS.map((deck) => notes[lang][deck]));
    expect(all.flatMap((n) => n.diagnostics)).toEqual([]);
  });

  it.each(DECKS)('%s teaches the same cards in Korean and English, in the same order', (deck) => {
    const ko = notes.ko[deck];
    const en = notes.en[deck];
    expect(ko.cards.map((c) => c.id)).toEqual(en.cards.map((c) => c.id));
    expect(ko.cards.map((c) => c.kind)).toEqual(en.cards.map((c) => c.kind));
    expect(ko.deck.id).toBe(deck);
    expect(en.deck.id).toBe(deck);
    expect(ko.cards.every((c) => c.lang === 'ko' && c.deck === deck)).toBe(true);
    expect(en.cards.every((c) => c.lang === 'en' && c.deck === deck)).toBe(true);
  });

  it.each(DECKS)('%s has at least 20 cards of at least four kinds, and typed tasks', (deck) => {
    const { cards } = notes.en[deck];
    expect(cards.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cards.map((c) => c.kind)).size).toBeGreaterThanOrEqual(4);
    expect(cards.flatMap((c) => c.tasks ?? []).length).toBeGreaterThanOrEqual(8);
  });

  it.each(DECKS)('%s names its cards by command path, flag or deck prefix', (deck) => {
    for (const card of notes.en[deck].cards) {
      if (card.kind === 'concept' || card.kind === 'term' || card.kind === 'qa')
        expect(card.id, card.front).toMatch(new RegExp(`^${deck}-[a-z0-9-]+$`));
      else if (card.kind === 'flag')
        expect(card.id.startsWith(card.command!.replace(/^docker /, '').replaceAll(' ', '-'))).toBe(true);
      else expect(card.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('take no card id another built-in deck already uses', () => {
    const others = readdirSync(join(root, 'en'))
      .filter((name) => name.endsWith('.md') && !DECKS.some((deck) => name === `${deck}.md`))
      .flatMap((name) => noteOf('en', name).cards.map((c) => c.id));
    const mine = DECKS.flatMap((deck) => notes.en[deck].cards.map((c) => c.id));
    expect(new Set(mine).size).toBe(mine.length);
    expect(mine.filter((id) => others.includes(id))).toEqual([]);
  });

  it('give every example command and typed task in a form the docker grammar accepts', () => {
    const commands = LANGS.flatMap((lang) => DECKS.flatMap((deck) => commandsOf(notes[lang][deck].cards)));
    expect(commands.length).toBeGreaterThan(100);
    const rejected = commands.filter((line) => 'error' in parseCommandLine(line));
    expect(rejected).toEqual([]);
  });

  it('give the same example commands in Korean and English', () => {
    for (const deck of DECKS) {
      expect(commandsOf(notes.ko[deck].cards)).toEqual(commandsOf(notes.en[deck].cards));
    }
  });

  it('give every typed task a description', () => {
    for (const lang of LANGS) {
      for (const deck of DECKS) {
        for (const task of notes[lang][deck].cards.flatMap((c) => c.tasks ?? [])) {
          expect(task.prompt.length, task.command).toBeGreaterThan(lang === 'ko' ? 5 : 10);
        }
      }
    }
  });

  it('hold only Dockerfile examples a Dockerfile parser accepts, the same in both languages', () => {
    for (const deck of DECKS) {
      const en = codeBlocks(sourceOf('en', deck), 'dockerfile');
      expect(codeBlocks(sourceOf('ko', deck), 'dockerfile')).toEqual(en);
      for (const text of en) expect(dockerfileProblems(text), text).toEqual([]);
    }
    expect(DECKS.flatMap((deck) => codeBlocks(sourceOf('en', deck), 'dockerfile')).length).toBeGreaterThan(5);
  });

  it('hold only YAML examples that parse, with keys Compose or Kubernetes know, the same in both languages', () => {
    const yaml = DECKS.flatMap((deck) => {
      const en = codeBlocks(sourceOf('en', deck), 'yaml');
      expect(codeBlocks(sourceOf('ko', deck), 'yaml')).toEqual(en);
      return en.map((text) => parseYaml(text) as Record<string, unknown>);
    });
    const compose = yaml.filter((doc) => 'services' in doc);
    const kubernetes = yaml.filter((doc) => 'apiVersion' in doc);
    expect(compose.length + kubernetes.length).toBe(yaml.length);
    expect(compose.length).toBeGreaterThan(0);
    for (const doc of compose) {
      expect(Object.keys(doc).filter((key) => !COMPOSE_TOP_LEVEL.has(key))).toEqual([]);
      for (const service of Object.values(doc.services as Record<string, Record<string, unknown>>)) {
        expect(Object.keys(service).filter((key) => !COMPOSE_SERVICE_KEYS.has(key))).toEqual([]);
      }
    }
    for (const doc of kubernetes) {
      expect(['Deployment', 'Service', 'Pod', 'Namespace']).toContain(doc.kind);
      expect(
        Object.keys(doc).filter((key) => !['apiVersion', 'kind', 'metadata', 'spec'].includes(key)),
      ).toEqual([]);
    }
  });

  it('catches a Dockerfile mistake (the checker can fail)', () => {
    expect(
      dockerfileProblems('FROM alpine\nRUN --mount=type=cache,target=/x echo\nCOPY --form=a b c\n'),
    ).toEqual(['COPY has no flag --form']);
    expect(dockerfileProblems('FORM alpine\n')).not.toEqual([]);
  });
});
