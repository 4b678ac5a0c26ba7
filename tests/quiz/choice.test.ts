import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/notes/types.js';
import { choicePlans, splitWords } from '../../src/quiz/choice.js';
import { optionUnit } from '../../src/quiz/option-text.js';
import { phrases } from '../../src/quiz/phrases.js';
import { card } from './cards.js';

const en = phrases('en');
const flag = (
  command: string,
  long: string,
  short: string | undefined,
  summary: string,
  deck = 'test',
): Card =>
  card({
    id: `${command.split(' ').slice(1).join('-')}-${long.slice(2)}`,
    kind: 'flag',
    deck,
    command,
    flag: long,
    ...(short ? { short } : {}),
    summary,
  });

describe('option units', () => {
  it.each([
    ['send a different first signal (e.g. SIGQUIT)', 'send a different first signal (e.g. SIGQUIT)'],
    [
      'keep only the containers that match, e.g. status=exited. More text.',
      'keep only the containers that match, e.g. status=exited',
    ],
    [
      'run in the background and print the ID; without it you stay attached',
      'run in the background and print the ID',
    ],
    ['No. Containers share the host kernel.', 'No. Containers share the host kernel'],
    ['Deletes images (all of them; really).', 'Deletes images (all of them; really)'],
    [
      'It takes its value from docker build --build-arg V=1 .',
      'It takes its value from docker build --build-arg V=1 .',
    ],
    // The letter of an exam's chosen option would mark it apart from the note's other answers.
    ['C. RUN', 'RUN'],
    ['③ ENV는 메타데이터만 바꿈', 'ENV는 메타데이터만 바꿈'],
  ])('%j → %j', (summary, unit) => {
    expect(optionUnit(summary)).toBe(unit);
  });

  it('gives nothing rather than a cut-off option', () => {
    expect(optionUnit('choose the platform (e.g.')).toBeUndefined();
  });
});

describe('choice plans', () => {
  const ls = [
    flag('docker container ls', '--filter', '-f', 'keep only containers matching a condition'),
    flag('docker container ls', '--all', '-a', 'show all containers, including stopped ones'),
    flag('docker container ls', '--quiet', '-q', 'print only container IDs, one a line'),
    flag('docker container ls', '--last', '-n', 'show the n containers created last'),
    flag('docker image ls', '--filter', '-f', 'keep only images matching a condition'),
    flag('docker search', '--filter', undefined, 'keep only results matching a condition'),
  ];

  it('names flags one way, from the grammar of the same command', () => {
    const [byName] = choicePlans(ls[1]!, ls, en);
    expect(byName!.prompt).toBe(
      'Which flag of `docker container ls`: show all containers, including stopped ones',
    );
    expect(byName!.answer).toBe('--all');
    expect(byName!.wrong.every((w) => /^--[a-z-]+$/.test(w) && w !== '--all')).toBe(true);
  });

  it('never offers a flag of the same name from another command as a wrong description', () => {
    const plans = choicePlans(ls[0]!, ls, en);
    const byDescription = plans.find((p) => p.prompt.startsWith('What does'))!;
    expect(byDescription.wrong).not.toContain('keep only images matching a condition');
    expect(byDescription.wrong).not.toContain('keep only results matching a condition');
  });

  it('draws wrong options from the same deck only', () => {
    const other = ['--a1', '--b2', '--c3'].map((l) =>
      flag('docker container ls', l, undefined, `something else ${l} does`, 'other'),
    );
    const plan = choicePlans(ls[1]!, [...ls, ...other], en).find((p) => p.prompt.startsWith('What does'))!;
    expect(plan.wrong.some((w) => w.includes('something else'))).toBe(false);
  });

  it("offers an O/X statement's mark as a wrong option only to another statement", () => {
    const qa = (id: string, summary: string) => card({ id, kind: 'qa', front: `${id}?`, summary });
    const pool = [
      qa('which-lists-all-containers', 'docker ps -a'),
      qa('which-stops-a-container', 'docker stop'),
      qa('which-removes-an-image', 'docker rmi'),
      qa('which-shows-the-logs', 'docker logs'),
      qa('which-runs-a-shell', 'docker exec'),
      qa('a-container-has-its-own-kernel', 'F. False'),
      qa('expose-only-documents', 'T. True'),
      qa('layers-are-shared', 'T. True'),
      qa('env-adds-a-layer', 'F. False'),
    ];
    const plans = pool.flatMap((c) => choicePlans(c, pool, en));
    const asked = plans.find((p) => p.answer === 'docker ps -a')!;
    expect(asked.wrong.length).toBeGreaterThanOrEqual(3);
    expect(asked.wrong.some((w) => /True|False/.test(w))).toBe(false);
  });

  it('leaves out a command that does all the asked one does', () => {
    const prune = (path: string, summary: string) =>
      card({ id: path.split(' ').slice(1).join('-'), kind: 'command', command: path, summary });
    const pool = [
      prune('docker container prune', 'Deletes every stopped container'),
      prune('docker system prune', 'Deletes stopped containers, unused networks and dangling images'),
      prune('docker container ls', 'Lists the containers there are'),
      prune('docker container rm', 'Deletes the containers you name'),
      prune('docker container logs', 'Shows what a container printed'),
    ];
    for (const plan of choicePlans(pool[0]!, pool, en)) {
      expect(plan.wrong.join('\n')).not.toMatch(/system prune|unused networks/);
    }
  });

  it('asks what a card of one written line does by that line, flags and all', () => {
    const command = (path: string, summary: string, examples: string[]) =>
      card({
        id: path.split(' ').slice(1).join('-'),
        kind: 'command',
        command: path,
        summary,
        examples,
        tasks: examples.map((e, i) => ({ prompt: i === 0 ? summary : `${summary} (${i})`, command: e })),
      });
    const pool = [
      command('docker container rm', '실행 중이어도 강제로 삭제', ['docker rm -f web']),
      command('docker container ls', '실행 중인 컨테이너 목록', ['docker ps', 'docker ps -a']),
      command('docker container logs', '로그를 계속 따라가며 보기', ['docker logs -f web']),
      command('docker image ls', '내려받은 이미지 목록', ['docker images']),
      command('docker container stop', '컨테이너 정지', ['docker stop web']),
    ];
    const ask = (c: Card) => choicePlans(c, pool, en).find((p) => p.prompt.startsWith('What does'))?.prompt;
    expect(ask(pool[0]!)).toBe('What does `docker rm -f web` do?');
    // Two lines: the card is about the command; and a summary of the section, not of the line, too.
    expect(ask(pool[1]!)).toBe('What does `docker container ls` do?');
    expect(ask({ ...pool[2]!, summary: '컨테이너가 남긴 출력을 보여 준다' })).toBe(
      'What does `docker container logs` do?',
    );
  });

  it('asks nothing of what a command does by text that opens by naming something else', () => {
    const command = (id: string, path: string, back: string, summary: string) =>
      card({ id, kind: 'command', command: path, back, summary, examples: [] });
    const pool = [
      command(
        'compose-profiles',
        'docker compose up',
        '`profiles` marks services that start only when one of their profiles is enabled.',
        'profiles marks services that start only when one of their profiles is enabled',
      ),
      command(
        'compose-up',
        'docker compose up',
        '`docker compose up` starts the project.',
        'Starts the project',
      ),
      command(
        'compose-down',
        'docker compose down',
        'Stops and removes the project.',
        'Stops and removes the project',
      ),
      command(
        'compose-ps',
        'docker compose ps',
        'Lists the containers of the project.',
        'Lists the containers',
      ),
      command('compose-logs', 'docker compose logs', 'Shows the output of the project.', 'Shows the output'),
    ];
    const ask = (c: Card) => choicePlans(c, pool, en).find((p) => p.prompt.startsWith('What does'));
    expect(ask(pool[0]!)).toBeUndefined();
    expect(ask(pool[1]!)?.answer).toBe('Starts the project');
  });

  it('leaves out topics that speak of the asked one', () => {
    const concept = (id: string, front: string, summary: string) =>
      card({ id, kind: 'concept', front, summary });
    const pool = [
      concept('a', 'Hypervisor types', 'Type 1 runs on the hardware and type 2 on a host OS'),
      concept('b', 'Virtual machines', 'A hypervisor hands hardware out to each virtual machine'),
      concept('c', 'Namespaces', 'A kernel feature that splits what a process can see'),
      concept('d', 'Cgroups', 'A kernel feature that limits what a process may use'),
      concept('e', 'Registries', 'A server that stores and hands out images'),
      concept('f', 'Layers', 'An image is a stack of read-only layers on disk'),
      concept('g', 'Compose', 'Several containers on one host, described in one file'),
      concept('h', 'Swarm', 'Containers spread over a cluster of several hosts'),
    ];
    const [plan] = choicePlans(pool[0]!, pool, en);
    expect(plan!.prompt).toBe('Which of these is said of “Hypervisor types”?');
    expect(plan!.wrong).not.toContain('A hypervisor hands hardware out to each virtual machine');
  });
});

describe('splitWords', () => {
  const unicode = (lower: string) => lower.split(/[^\p{L}\p{N}]+/u);

  it('splits lowercased text as the Unicode letter-and-digit split does, whatever the characters', () => {
    const chars = [
      'a',
      'z',
      '0',
      '9',
      ' ',
      '-',
      '_',
      '`',
      '컨',
      '힣',
      '가',
      '·',
      '×',
      '—',
      '“',
      '”',
      '…',
      '→',
      '│',
      '、',
    ];
    const others = ['é', 'ß', 'µ', 'ª', '²', '½', 'ㄱ', 'ᄀ', '中', 'ж', '٣', '①', 'ｆ', '\u00a0', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars, ...others), { maxLength: 20 }), (parts) => {
        const lower = parts.join('').toLowerCase();
        expect(splitWords(lower)).toEqual(unicode(lower));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes its quick way for the characters notes are made of', () => {
    // Every character of those ranges but A-Z (lowercased away) is a letter or digit exactly when the
    // quick split keeps it.
    const ranges = [
      [0, 0x7f],
      [0xb7, 0xb7],
      [0xd7, 0xd7],
      [0x2010, 0x2027],
      [0x2030, 0x205e],
      [0x2190, 0x21ff],
      [0x2500, 0x257f],
      [0x3000, 0x3003],
      [0xac00, 0xd7a3],
    ];
    for (const [from, to] of ranges)
      for (let code = from!; code <= to!; code++) {
        const char = String.fromCodePoint(code);
        if (char >= 'A' && char <= 'Z') continue;
        expect(/[a-z0-9\uac00-\ud7a3]/.test(char), char).toBe(/[\p{L}\p{N}]/u.test(char));
      }
  });
});

describe('a question to fill in, asked as a choice', () => {
  /** Question cards whose answers are `summaries`: the wrong options a choice may draw. */
  const answered = (summaries: string[]) =>
    summaries.map((summary, i) =>
      card({ id: `other-${i}`, kind: 'qa', front: `${i}. question?`, back: summary, summary }),
    );

  it('keeps its blank in the prompt', () => {
    const blank = card({
      id: 'exam-19',
      kind: 'qa',
      front: '19. `docker build` 의 `______` 옵션으로 특정 스테이지까지만 빌드한다.',
      back: '**`--target`**',
      summary: '--target',
    });
    const others = answered(['--rm', 'SIGTERM', '호스트 포트', 'ARG']);
    const [plan] = choicePlans(blank, [blank, ...others], phrases('ko'));
    expect(plan?.prompt).toContain('docker build 의 _____ 옵션으로');
  });

  it('keeps the underscores of names, and drops those that emphasize', () => {
    const named = card({
      id: 'compose-q',
      kind: 'qa',
      front: 'What does `depends_on` wait for, and is it _really_ enough?',
      back: 'Only the start order.',
      summary: 'Only the start order',
    });
    const others = answered([
      'Only the build order',
      'Only the pull order',
      'Only the stop order',
      'Only the log order',
    ]);
    const [plan] = choicePlans(named, [named, ...others], phrases('en'));
    expect(plan?.prompt).toContain('What does depends_on wait for, and is it really enough?');
  });
});
