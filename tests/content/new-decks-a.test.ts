import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseCommandLine } from '../../src/docker/index.js';
import { lex } from '../../src/notes/markdown.js';
import { parseNote } from '../../src/notes/parse.js';

// The volume, network and compose decks: parsed like every built-in deck, and held to what their
// examples must be (docker commands our grammar reads, compose files with keys Compose knows).
const root = join(__dirname, '..', '..', 'content');
const DECKS = ['volume', 'network', 'compose'] as const;
const LANGS = ['ko', 'en'] as const;

const source = (lang: string, deck: string) => readFileSync(join(root, lang, `${deck}.md`), 'utf8');
const note = (lang: string, deck: string) =>
  parseNote(source(lang, deck), { file: `content/${lang}/${deck}.md`, grammar: noteGrammar });

/** Every fenced code block of a file, with its language. */
function codeBlocks(markdown: string): { lang: string; text: string }[] {
  const blocks: { lang: string; text: string }[] = [];
  const walk = (tokens: unknown[]) => {
    for (const token of tokens as Tokens.Generic[]) {
      if (token.type === 'code') blocks.push({ lang: (token as Tokens.Code).lang ?? '', text: token.text });
      if (Array.isArray(token.tokens)) walk(token.tokens);
      if (token.type === 'list') walk((token as Tokens.List).items);
    }
  };
  walk(lex(markdown));
  return blocks;
}

const dockerLinesOf = (markdown: string) =>
  codeBlocks(markdown)
    .filter((b) => ['bash', 'sh', ''].includes(b.lang))
    .flatMap((b) => b.text.split('\n'))
    .map((l) => l.trim())
    .filter((l) => /^docker\s/.test(l));

// `docker compose`'s own options come before the subcommand; the grammar reads what follows them.
const COMPOSE_PROJECT_OPTION =
  /^docker compose((?:\s+(?:-p|-f|--profile|--env-file|--project-name)\s+\S+)+)\s/;

// Keys of the Compose Specification (compose-spec/compose-spec, schema/compose-spec.json), top level and
// per service; `version` is left out on purpose, as Compose ignores it.
const TOP_LEVEL = new Set([
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
  'models',
]);
const SERVICE_KEYS = new Set(
  `annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs container_name
  cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec
  depends_on deploy develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint
  env_file environment expose extends external_links extra_hosts gpus group_add healthcheck hostname image init
  ipc isolation labels label_file links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit
  models network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop
  privileged profiles provider pull_policy pull_refresh_after read_only restart runtime scale secrets security_opt shm_size
  stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket user userns_mode
  uts volumes volumes_from working_dir`.split(/\s+/),
);
const HEALTHCHECK_KEYS = new Set([
  'test',
  'interval',
  'timeout',
  'retries',
  'start_period',
  'start_interval',
  'disable',
]);
const DEPENDS_ON_KEYS = new Set(['condition', 'restart', 'required']);
const CONDITIONS = new Set(['service_started', 'service_healthy', 'service_completed_successfully']);

const notes = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries(DECKS.map((deck) => [deck, note(lang, deck)]))]),
) as Record<(typeof LANGS)[number], Record<(typeof DECKS)[number], ReturnType<typeof note>>>;

describe.each(DECKS)('the %s deck', (deck) => {
  const ko = notes.ko[deck];
  const en = notes.en[deck];

  it('parses without a diagnostic in either language', () => {
    expect([...ko.diagnostics, ...en.diagnostics]).toEqual([]);
    expect([ko.deck.id, en.deck.id, ko.deck.lang, en.deck.lang]).toEqual([deck, deck, 'ko', 'en']);
  });

  it('has at least 20 cards, the same ids in the same order in Korean and English', () => {
    expect(en.cards.length).toBeGreaterThanOrEqual(20);
    expect(ko.cards.map((c) => [c.id, c.kind])).toEqual(en.cards.map((c) => [c.id, c.kind]));
    expect(new Set(en.cards.map((c) => c.kind)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives every card something to ask and every task a description', () => {
    for (const card of [...ko.cards, ...en.cards]) {
      expect(card.summary, card.id).not.toBe('');
      for (const task of card.tasks ?? []) expect(task.prompt.length, card.id).toBeGreaterThan(10);
    }
    const tasks = (n: typeof en) => n.cards.flatMap((c) => c.tasks ?? []).map((t) => t.command);
    expect(tasks(ko)).toEqual(tasks(en));
    expect(tasks(en).length).toBeGreaterThanOrEqual(10);
  });

  it('has only docker lines our grammar reads, compose project options aside', () => {
    for (const lang of LANGS) {
      const lines = dockerLinesOf(source(lang, deck));
      expect(lines.length).toBeGreaterThan(0);
      const rejected = lines
        .map((line) => line.replace(COMPOSE_PROJECT_OPTION, 'docker compose '))
        .filter((line) => 'error' in parseCommandLine(line));
      expect(rejected, lang).toEqual([]);
    }
    expect(dockerLinesOf(source('ko', deck))).toEqual(dockerLinesOf(source('en', deck)));
  });
});

describe('the new decks among the others', () => {
  it('use no card id another built-in deck uses', () => {
    const others = readdirSync(join(root, 'en'))
      .filter((name) => name.endsWith('.md') && !DECKS.some((d) => name === `${d}.md`))
      .flatMap((name) => note('en', name.replace(/\.md$/, '')).cards.map((c) => c.id));
    const mine = DECKS.flatMap((deck) => notes.en[deck].cards.map((c) => c.id));
    expect(new Set(mine).size).toBe(mine.length);
    expect(mine.filter((id) => others.includes(id))).toEqual([]);
    expect(mine.every((id) => DECKS.some((deck) => id.startsWith(`${deck}-`)))).toBe(true);
  });
});

describe('compose files in the compose deck', () => {
  const files = LANGS.map((lang) =>
    codeBlocks(source(lang, 'compose'))
      .filter((b) => b.lang === 'yaml')
      .map((b) => b.text),
  );

  it('are the same files in both languages', () => {
    expect(files[0]!.length).toBeGreaterThanOrEqual(3);
    expect(files[0]).toEqual(files[1]);
  });

  it.each(files[1]!.map((text, i) => [i, text]))('file %i is YAML with keys Compose knows', (_i, text) => {
    const doc = parseYaml(text as string) as Record<string, unknown>;
    expect(Object.keys(doc).filter((key) => !TOP_LEVEL.has(key))).toEqual([]);
    for (const [name, service] of Object.entries((doc.services ?? {}) as Record<string, object>)) {
      expect(
        Object.keys(service).filter((key) => !SERVICE_KEYS.has(key)),
        name,
      ).toEqual([]);
      const s = service as Record<string, unknown>;
      if (s.healthcheck) {
        expect(
          Object.keys(s.healthcheck).filter((k) => !HEALTHCHECK_KEYS.has(k)),
          name,
        ).toEqual([]);
      }
      if (s.depends_on && !Array.isArray(s.depends_on)) {
        for (const dep of Object.values(s.depends_on as Record<string, Record<string, unknown>>)) {
          expect(
            Object.keys(dep).filter((k) => !DEPENDS_ON_KEYS.has(k)),
            name,
          ).toEqual([]);
          expect(CONDITIONS.has(dep.condition as string), name).toBe(true);
        }
      }
    }
  });
});
