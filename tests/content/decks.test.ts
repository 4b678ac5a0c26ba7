import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/docker/index.js';
import type { Card } from '../../src/notes/types.js';
import { cardsOf, codeSpansOf, fencesOf, loadContent } from './content-files.js';

// The built-in decks, read by the same parser as users' notes.
const ko = loadContent('ko');
const en = loadContent('en');
const byId = new Map(cardsOf(en).map((c) => [c.id, c]));
const koById = new Map(cardsOf(ko).map((c) => [c.id, c]));

// This branch's decks, and the six that issue 10 adds beside them.
const CORE_DECKS = ['virtualization', 'dockerfile', 'image', 'container'];
const ALL_DECKS = [...CORE_DECKS, 'volume', 'network', 'compose', 'build', 'security', 'orchestration'];

/** Every docker command a card shows or asks for. */
const dockerExamples = (cards: Card[]) =>
  cards.flatMap((c) => [
    ...(c.kind === 'command' || c.kind === 'flag' ? (c.examples ?? []) : []),
    ...(c.tasks ?? []).map((t) => t.command),
  ]);

describe('built-in decks', () => {
  it('parse without a single diagnostic', () => {
    expect([...ko, ...en].flatMap((f) => f.note.diagnostics)).toEqual([]);
  });

  it('teach the same cards in Korean and English, in the same order', () => {
    expect(cardsOf(ko).map((c) => c.id)).toEqual(cardsOf(en).map((c) => c.id));
    expect(cardsOf(ko).map((c) => c.kind)).toEqual(cardsOf(en).map((c) => c.kind));
    expect(cardsOf(ko).every((c) => c.lang === 'ko')).toBe(true);
    expect(cardsOf(en).every((c) => c.lang === 'en')).toBe(true);
  });

  // Passes once the six decks of the other issue-10 branches are merged.
  it('are the ten decks of issue 10, with at least 300 cards and 150 distinct docker examples', () => {
    for (const files of [ko, en]) {
      expect(files.map((f) => f.note.deck.id).sort()).toEqual([...ALL_DECKS].sort());
      expect(cardsOf(files).length).toBeGreaterThanOrEqual(300);
    }
    expect(new Set(dockerExamples(cardsOf(en).concat(cardsOf(ko)))).size).toBeGreaterThanOrEqual(150);
  });

  it('include the four core decks, with at least 190 cards between them in each language', () => {
    for (const files of [ko, en]) {
      const decks = files.map((f) => f.note.deck.id);
      expect(CORE_DECKS.filter((d) => !decks.includes(d))).toEqual([]);
      const core = cardsOf(files).filter((c) => CORE_DECKS.includes(c.deck));
      expect(core.length).toBeGreaterThanOrEqual(190);
    }
  });

  it('give every deck at least 12 cards, and every card a deck, a kind and its source line', () => {
    for (const files of [ko, en]) {
      for (const { file, note } of files) {
        expect(note.cards.length, file).toBeGreaterThanOrEqual(12);
        for (const card of note.cards) {
          expect(card.deck, card.id).toBe(note.deck.id);
          expect(['concept', 'command', 'flag', 'instruction', 'term', 'cloze', 'qa']).toContain(card.kind);
          expect(card.source.file, card.id).toBe(file);
          expect(card.source.line, card.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('have the card ids the issues name', () => {
    const required = [
      ...['run', 'ls', 'stop', 'restart', 'rm', 'logs', 'exec', 'cp', 'prune', 'stats'].map(
        (c) => `container-${c}`,
      ),
      ...['create', 'start', 'pause', 'unpause', 'kill', 'wait', 'attach', 'rename', 'commit', 'diff'].map(
        (c) => `container-${c}`,
      ),
      ...['export', 'top', 'port', 'inspect', 'update'].map((c) => `container-${c}`),
      ...['pull', 'push', 'ls', 'build', 'prune', 'tag', 'rm', 'inspect', 'history', 'save', 'load'].map(
        (c) => `image-${c}`,
      ),
      'search',
      'system-prune',
      'system-df',
      'system-events',
      ...['from', 'run', 'copy', 'cmd', 'entrypoint', 'label', 'env', 'arg', 'add', 'expose', 'volume'].map(
        (i) => `dockerfile-${i}`,
      ),
      ...['workdir', 'user', 'healthcheck', 'shell', 'stopsignal', 'onbuild'].map((i) => `dockerfile-${i}`),
      ...['detach', 'publish', 'name', 'interactive-tty', 'volume', 'rm', 'memory', 'cpus', 'init'].map(
        (f) => `container-run-${f}`,
      ),
      'container-run-pids-limit',
      'container-run-restart',
      'container-run-log-opt',
      'container-exit-codes',
      'container-restart-policies',
      'container-logging-drivers',
      'container-oom',
      'virtualization-user-namespaces',
      'dockerfile-pid1-and-signals',
      'image-tags-and-digests',
      'image-manifests-multi-platform',
      'image-local-registry',
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('give every example command and typed task in a form the docker grammar accepts', () => {
    const commands = dockerExamples(cardsOf(en).concat(cardsOf(ko)));
    expect(new Set(commands).size).toBeGreaterThan(100);
    const rejected = commands.filter((line) => 'error' in parseCommandLine(line));
    expect(rejected).toEqual([]);
  });

  it('give every typed task a description and every card something to ask', () => {
    for (const card of cardsOf(en).concat(cardsOf(ko))) {
      expect(card.summary || card.keyTerms?.length, card.id).toBeTruthy();
      for (const task of card.tasks ?? []) expect(task.prompt.length, card.id).toBeGreaterThan(10);
    }
  });

  it('teach it right where the learner’s notes slip', () => {
    expect(byId.get('dockerfile-from')?.back).toMatch(/any registry/i);
    expect(byId.get('dockerfile-run')?.summary).toMatch(/built/i);
    expect(byId.get('dockerfile-env')?.back).toContain('KEY=value');
    expect(byId.get('container-run-rm')?.back).toMatch(/exits/);
  });

  it('teach what the reviewer of issue 10 found wrong, the right way', () => {
    const back = (id: string) => byId.get(id)?.back ?? '';
    expect(back('container-run-publish')).toContain('[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]');
    expect(back('container-run-publish')).toContain('-p 80');
    expect(back('container-run-rm')).toContain('--restart no');
    expect(back('container-start-interactive')).toMatch(/output/);
    expect(back('dockerfile-expose')).toContain('-p 8080:8080');
    expect(back('dockerfile-volume')).toMatch(/named volume/);
    expect(back('dockerfile-arg')).toContain('--mount=type=secret');
    expect(back('dockerfile-layer-cache')).toMatch(/ARG and ENV/);
    expect(back('dockerfile-cmd')).not.toContain('"go", "run"');
    expect(back('image-push')).toMatch(/Other registries/);
    expect(back('image-ls-all')).toMatch(/BuildKit/);
    expect(back('virtualization-namespaces')).toMatch(/Only that first process is PID 1/);
    expect(back('virtualization-advantages')).toMatch(/not identical by default/);
    expect(back('container-cleanup')).toMatch(/dangling images \(every unused image with `-a`\)/);
    const everything = cardsOf(en)
      .concat(cardsOf(ko))
      .map((c) => `${c.front}\n${c.back}`)
      .join('\n');
    expect(everything).not.toMatch(/docker warm/);
    expect(everything).not.toMatch(/only changed layers are rebuilt/);
  });

  it('say it in natural Korean, with the same words throughout', () => {
    const korean = cardsOf(ko)
      .map((c) => `${c.front}\n${c.back}`)
      .join('\n');
    for (const slip of ['짧은 형태', '가상 터미널', '신호', '별 개수', '공격 면', '차분 빌드']) {
      expect(korean, slip).not.toContain(slip);
    }
    expect(koById.get('container-run-interactive-tty')?.back).toContain('의사 터미널(pseudo-TTY)');
    expect(koById.get('virtualization-advantages')?.back).toContain('증분 빌드');
    expect(koById.get('container-run')?.back).toContain('줄여서 `docker run`으로 쓴다');
  });

  it('keep placeholders in English inside Korean code', () => {
    const hangul = /[\uac00-\ud7a3]/;
    for (const file of ko) {
      const spans = codeSpansOf(file).filter((span) => hangul.test(span));
      expect(spans, file.file).toEqual([]);
      const codeLines = fencesOf(file)
        .flatMap((fence) => fence.text.split('\n'))
        .filter((line) => !line.trim().startsWith('#') && hangul.test(line));
      expect(codeLines, file.file).toEqual([]);
    }
  });
});
