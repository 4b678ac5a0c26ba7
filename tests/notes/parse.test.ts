import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseNote } from '../../src/notes/parse.js';
import { stubGrammar } from './grammar-stub.js';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const parse = (name: string) => parseNote(fixture(name), { file: `fixtures/${name}`, grammar: stubGrammar });

describe('a messy Korean note', () => {
  const { deck, cards, diagnostics } = parse('quirks.ko.md');
  const byId = new Map(cards.map((c) => [c.id, c]));
  const summary = cards.map((c) => [c.id, c.kind, c.source.line]);

  it('names the deck after the file and detects Korean', () => {
    expect(deck).toMatchObject({ id: 'quirks-ko', title: '도커 메모', lang: 'ko' });
  });

  it('makes the expected cards with their source lines', () => {
    expect(summary).toEqual([
      ['quirks-ko-도커-메모', 'concept', 1],
      ['quirks-ko-이미지', 'concept', 5],
      ['image-pull', 'command', 9],
      ['image-build', 'command', 15],
      ['image-build-tag', 'flag', 17],
      ['image-build-pull', 'flag', 18],
      ['image-build-no-cache', 'flag', 19],
      ['container-run', 'command', 30],
      ['container-run-detach', 'flag', 32],
      ['container-run-rm', 'flag', 33],
      ['container-run-name', 'flag', 34],
      ['container-run-interactive-tty', 'flag', 35],
      ['quirks-ko-실행-run-포트-연결', 'qa', 38],
      // The plain bullet beside the instruction bullets is no term: it is the section's text.
      ['quirks-ko-인스트럭션', 'concept', 49],
      ['dockerfile-from', 'instruction', 51],
      ['dockerfile-env', 'instruction', 59],
      ['quirks-ko-레이어', 'term', 60],
    ]);
  });

  it('reads `#####받기` (no space after the hashes) as a heading', () => {
    expect(byId.get('image-pull')).toMatchObject({ front: '받기 (pull)', command: 'docker image pull' });
  });

  it('reads em and en dashes in flags as --', () => {
    expect(byId.get('image-build-pull')).toMatchObject({ flag: '--pull', term: '--pull' });
    expect(byId.get('container-run-rm')?.flag).toBe('--rm');
    expect(byId.get('container-run-name')?.flag).toBe('--name');
    expect(byId.get('image-build')?.examples).toEqual([
      'docker image build -t demo/app .',
      'docker image build --pull -t demo/app .',
    ]);
  });

  it('gives a flag its long name and keeps the short one the note used', () => {
    expect(byId.get('container-run-detach')).toMatchObject({
      command: 'docker container run',
      flag: '--detach',
      short: '-d',
      back: '뒤에서 실행\n\n```bash\ndocker run -d redis\n```',
    });
    expect(byId.get('container-run-interactive-tty')).toMatchObject({
      flag: '--interactive --tty',
      short: '-it',
    });
  });

  it('resolves `docker run` to the full path, drops `// comments`, pairs `# descriptions` with commands', () => {
    const run = byId.get('container-run')!;
    expect(run.examples).toEqual(['docker run -d redis', 'docker container run -p 8080:80 --name web nginx']);
    expect(run.tasks).toEqual([
      { prompt: 'redis를 뒤에서 실행', command: 'docker run -d redis' },
      { prompt: '웹 서버', command: 'docker container run -p 8080:80 --name web nginx' },
    ]);
    expect(run.back).toContain('__-d__ : 뒤에서 실행');
    expect(run.back).not.toContain('포트 연결 ?');
  });

  it('turns a question blockquote into a card', () => {
    expect(byId.get('quirks-ko-실행-run-포트-연결')).toMatchObject({
      front: '포트 연결 ?',
      back: '호스트 포트를 컨테이너 포트로 넘겨준다',
    });
  });

  it('keeps continuation text and code inside an instruction bullet', () => {
    const from = byId.get('dockerfile-from')!;
    expect(from.back).toContain('바탕이 되는 이미지');
    expect(from.back).toContain('어느 레지스트리든 된다');
    expect(from.examples).toEqual(['FROM alpine:3.20']);
  });

  it('reports the bare flag that teaches nothing and the unknown command with their lines, and goes on', () => {
    expect(diagnostics).toEqual([
      {
        file: 'fixtures/quirks.ko.md',
        line: 36,
        message: "flag '--filter' has no description and no example; no card",
        severity: 'warning',
      },
      {
        file: 'fixtures/quirks.ko.md',
        line: 46,
        message: "'docker warm' is not a docker command (did you mean 'docker swarm'?)",
        severity: 'warning',
      },
    ]);
  });
});

describe('front matter', () => {
  it('never runs ---js front matter', () => {
    const marker = join(tmpdir(), `dockstudy-pwned-${process.pid}`);
    process.env.DOCKSTUDY_PWNED_FILE = marker;
    rmSync(marker, { force: true });
    const result = parse('front-matter-js.md');
    expect(existsSync(marker)).toBe(false);
    expect(result.cards).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        file: 'fixtures/front-matter-js.md',
        line: 1,
        message: "front matter in 'js' is not allowed; only YAML front matter is read",
        severity: 'error',
      },
    ]);
    delete process.env.DOCKSTUDY_PWNED_FILE;
  });

  it('lets yaml print nothing itself: a `{{date}}` key is read without a warning on stderr', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const note = parseNote(
      '---\ntitle: Draft\ncreated: {{date}}\n---\n# Draft\n\nSome text about images.\n',
      {
        file: 'draft.md',
        grammar: stubGrammar,
      },
    );
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(note.deck.title).toBe('Draft');
    expect(note.diagnostics).toEqual([]);
  });

  it('reads YAML front matter and anchors, counting lines from the top of the file', () => {
    const { deck, cards } = parse('front-matter-yaml.md');
    expect(deck).toMatchObject({ id: 'my-deck', title: 'Custom title', lang: 'en' });
    expect(cards.map((c) => [c.id, c.source.line, c.tags])).toEqual([
      ['my-anchored-card', 9, ['practice']],
      ['my-deck-plain-concept', 13, ['practice']],
    ]);
  });

  it('refuses a YAML alias bomb', () => {
    const { cards, diagnostics } = parse('yaml-bomb.md');
    expect(cards).toEqual([]);
    expect(diagnostics[0]?.message).toMatch(/alias/i);
  });

  it('reports unclosed front matter instead of swallowing the note', () => {
    const { diagnostics } = parseNote('---\ndeck: x\n# Title\n\ntext\n', {
      file: 'x.md',
      grammar: stubGrammar,
    });
    expect(diagnostics[0]).toMatchObject({ line: 1, message: expect.stringMatching(/not closed/) });
  });
});

describe('concepts and questions', () => {
  it('keeps a concept card for a section that also holds a question', () => {
    const md = '## Ports\n\nA port maps host to container.\n\n> Why publish?\n>\n> To reach the app.\n';
    const { cards } = parseNote(md, { file: 'x.md', grammar: stubGrammar });
    expect(cards.map((c) => [c.id, c.kind, c.source.line])).toEqual([
      ['x-ports', 'concept', 1],
      ['x-ports-why-publish', 'qa', 5],
    ]);
    expect(cards[0]!.back).toBe('A port maps host to container.');
  });
});

describe('interview-question notes', () => {
  it('an `Answer:` heading answers the question heading above it, with the rest of the answer', () => {
    const md =
      '## 1. What is an image?\n\n### Answer:\n\nA read-only template.\n\n### Layers:\n\nStacked diffs.\n';
    const { cards } = parseNote(md, { file: 'q.md', grammar: stubGrammar });
    expect(cards.map((c) => [c.id, c.kind, c.front, c.back, c.source.line])).toEqual([
      [
        'q-what-is-an-image',
        'qa',
        'What is an image?',
        'A read-only template.\n\n**Layers:**\n\nStacked diffs.',
        1,
      ],
    ]);
  });
});

describe('docker commands the grammar does not cover', () => {
  it('are real commands: no card, and no warning either', () => {
    const md = '## Compose\n\nSeveral containers.\n\n```bash\ndocker compose up -d\n```\n';
    const { cards, diagnostics } = parseNote(md, { file: 'c.md', grammar: stubGrammar });
    expect(diagnostics).toEqual([]);
    expect(cards.map((c) => [c.id, c.kind])).toEqual([['c-compose', 'concept']]);
  });
});

describe('ids that would collide', () => {
  const md = [
    '# Linux',
    '',
    '## Install',
    '',
    'apt.',
    '',
    '# Windows',
    '',
    '## Install',
    '',
    'winget.',
    '',
    '## Ports',
    '',
    '```bash',
    'docker run -p 80:80 nginx',
    '```',
    '',
    '## Names',
    '',
    '```bash',
    'docker run --name web nginx',
    '```',
    '',
    '<!-- id: mine -->',
    '## One',
    '',
    'a',
    '',
    '<!-- id: mine -->',
    '## Two',
    '',
    'b',
    '',
  ].join('\n');
  const { cards, diagnostics } = parseNote(md, { file: 'my_notes.md', grammar: stubGrammar });

  it('makes a taken made-up id specific with the heading, without a warning', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'my-notes-install',
      'my-notes-windows-install',
      'container-run',
      'container-run-names',
      'mine',
      'mine-2',
    ]);
  });

  it('warns only when an id the note gave is taken', () => {
    expect(diagnostics).toEqual([
      {
        file: 'my_notes.md',
        line: 31,
        message: "card id 'mine' is used already (line 26); this one is 'mine-2'",
        severity: 'warning',
      },
    ]);
  });
});

describe('hostile text', () => {
  it('strips terminal control characters from cards', () => {
    const { cards } = parseNote('# Title \u001b]0;owned\u0007x\n\nbody \u001b[31mred\u009b\n', {
      file: 'x.md',
      grammar: stubGrammar,
    });
    expect(JSON.stringify(cards)).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it('does not treat `#` lines inside code as headings', () => {
    const { cards } = parseNote(
      '# Real\n\nA base image.\n\n```dockerfile\n# syntax=docker/dockerfile:1\nFROM x\n```\n',
      {
        file: 'x.md',
        grammar: stubGrammar,
      },
    );
    expect(cards.map((c) => c.front)).toEqual(['Real']);
  });
});
