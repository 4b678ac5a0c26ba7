// Every note shape the recognizers read, one fixture each (see fixtures/README.md), parsed with the
// real docker grammar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { joinAnswerKeys } from '../../src/notes/answer-key.js';
import { parseNote } from '../../src/notes/parse.js';
import type { Card, ParsedNote } from '../../src/notes/types.js';

const dir = join(__dirname, 'fixtures', 'shapes');
const parse = (name: string, user = true): ParsedNote =>
  parseNote(readFileSync(join(dir, name), 'utf8'), { file: `shapes/${name}`, grammar: noteGrammar, user });
/** A note written in the test, read as a user's note. */
const parseText = (text: string, file = 'inline.md'): ParsedNote =>
  parseNote(text, { file, grammar: noteGrammar, user: true });
const table = (cards: Card[]) => cards.map((c) => [c.kind, c.id, c.source.line, c.front]);
/** A note written in the test as lines, its answer keys joined as the CLI joins them. */
const keyed = (lines: string[]): ParsedNote => joinAnswerKeys([parseText(lines.join('\n'))])[0]!;
/** Each card's line and back: what a key gave each question. */
const backs = (note: ParsedNote) => note.cards.map((c) => [c.source.line, c.back]);
const byId = (note: ParsedNote) => new Map(note.cards.map((c) => [c.id, c]));
const messages = (note: ParsedNote) => note.diagnostics.map((d) => [d.line, d.message]);

describe('flags in every common form (flags.ko.md)', () => {
  const note = parse('flags.ko.md');
  const cards = byId(note);

  it('attaches every flag to the command of its section, from tables, lines, bullets, quotes and code', () => {
    expect(table(note.cards)).toEqual([
      ['command', 'flags-ko-container-run', 3, 'docker run'],
      ['flag', 'flags-ko-container-run-detach', 11, '`docker container run` `-d`'],
      ['flag', 'flags-ko-container-run-publish', 12, '`docker container run` `-p, --publish`'],
      ['flag', 'flags-ko-container-run-name', 16, '`docker container run` `--name`'],
      ['flag', 'flags-ko-container-run-interactive-tty', 18, '`docker container run` `-it`'],
      ['flag', 'flags-ko-container-run-env', 19, '`docker container run` `-e`'],
      ['flag', 'flags-ko-container-run-volume', 21, '`docker container run` `-v`'],
      ['flag', 'flags-ko-container-run-rm', 22, '`docker container run` `--rm`'],
      ['flag', 'flags-ko-container-run-hostname', 23, '`docker container run` `--hostname`'],
      ['flag', 'flags-ko-container-run-restart', 24, '`docker container run` `--restart`'],
      ['flag', 'flags-ko-container-run-workdir', 26, '`docker container run` `-w`'],
      ['flag', 'flags-ko-container-run-memory', 30, '`docker container run` `-m`'],
      ['flag', 'flags-ko-container-run-cpus', 31, '`docker container run` `--cpus`'],
      ['flag', 'flags-ko-container-ls-all', 38, '`docker container ls` `-a`'],
      ['flag', 'flags-ko-container-ls-quiet', 39, '`docker container ls` `-q`'],
    ]);
    expect(note.diagnostics).toEqual([]);
  });

  it('reads what each form says of its flag', () => {
    expect(cards.get('flags-ko-container-run-publish')).toMatchObject({ flag: '--publish', short: '-p' });
    expect(cards.get('flags-ko-container-run-publish')!.back).toMatch(
      /^호스트 포트를 컨테이너 포트에 잇는다/,
    );
    expect(cards.get('flags-ko-container-run-env')!.back).toBe('환경 변수 넘기기');
    expect(cards.get('flags-ko-container-run-volume')!.back).toBe('호스트 폴더를 컨테이너에 붙인다');
    expect(cards.get('flags-ko-container-run-rm')!.back).toBe('멈추면 알아서 지운다');
    expect(cards.get('flags-ko-container-run-hostname')).toMatchObject({
      flag: '--hostname',
      term: '--hostname',
    });
    expect(cards.get('flags-ko-container-run-workdir')!.back).toBe('컨테이너 안의 작업 폴더');
    expect(cards.get('flags-ko-container-run-memory')).toMatchObject({
      flag: '--memory',
      examples: ['docker run -m 512m --cpus 1 nginx'],
    });
    expect(cards.get('flags-ko-container-ls-quiet')!.back).toBe('ID만 찍는다');
  });
});

describe('commands in any code (commands.en.md, commands.ko.md)', () => {
  const note = parse('commands.en.md');
  const cards = byId(note);

  it('a card per table row, per command of any fence, prompt, indented or Liquid code', () => {
    expect(table(note.cards)).toEqual([
      ['command', 'commands-en-container-ls', 7, '`docker ps -a`'],
      ['command', 'commands-en-container-logs', 8, '`docker logs -f web`'],
      ['command', 'commands-en-image-ls', 9, '`docker image ls`'],
      ['command', 'commands-en-image-pull', 14, '`docker image pull`'],
      ['command', 'commands-en-image-inspect', 18, '`docker image inspect`'],
      ['command', 'commands-en-container-stop', 22, '`docker container stop`'],
      ['command', 'commands-en-container-start', 26, '`docker container start`'],
      ['command', 'commands-en-container-rm', 29, '`docker container rm`'],
      ['command', 'commands-en-volume-ls', 32, '`docker volume ls`'],
      ['command', 'commands-en-network-create', 38, '`docker network create`'],
      ['command', 'commands-en-network-ls', 44, '`docker network ls`'],
      ['concept', 'commands-en-mistakes', 49, 'Mistakes'],
    ]);
  });

  it('a table row is a typed task: its description asks for its command', () => {
    expect(cards.get('commands-en-container-logs')).toMatchObject({
      command: 'docker container logs',
      back: 'Follows the output of the web container',
      tasks: [{ prompt: 'Follows the output of the web container', command: 'docker logs -f web' }],
    });
  });

  it('code first, then its text: each command gets the text after its code', () => {
    expect(cards.get('commands-en-network-create')!.back).toMatch(/^Makes a user-defined bridge network/);
    expect(cards.get('commands-en-network-ls')!.back).toMatch(/^Shows every network with its driver\./);
  });

  it('warns of typos and unknown subcommands, never of plugin commands or prose', () => {
    expect(messages(note)).toEqual([
      [52, "'dokcer' looks like a typo of 'docker'; this line makes no card"],
      [
        53,
        "'docker images inspect': 'docker image ls' has no subcommand 'inspect' (did you mean 'docker image inspect'?); this line makes no card",
      ],
      [54, expect.stringMatching(/^'docker container' has no subcommand 'frob'/)],
      [59, "'docker frobnicate' is not a docker command"],
    ]);
    const korean = parse('commands.ko.md');
    expect(korean.diagnostics).toEqual([]);
    expect(table(korean.cards)).toEqual([
      ['command', 'commands-ko-container-run', 5, '`docker run -it ubuntu bash`'],
      ['command', 'commands-ko-container-exec', 6, '`docker exec -it web sh`'],
      ['concept', 'commands-ko-설명하는-코드', 8, '설명하는 코드'],
    ]);
  });
});

describe('question banks (questions.en.md, questions.ko.md)', () => {
  const note = parse('questions.en.md');
  const cards = byId(note);

  it('one card per question, fronted by the question, whatever its shape', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front.split('\n')[0]])).toEqual([
      ['qa', 3, 'What does a Dockerfile describe?'],
      ['qa', 9, 'Why do images have layers?'],
      ['qa', 13, 'Explain the difference between CMD and ENTRYPOINT.'],
      ['qa', 23, '5. What does docker ps show?'],
      ['qa', 30, 'Which flag keeps STDIN open?'],
      ['qa', 36, 'What is a bind mount?'],
      ['qa', 41, 'What is a registry?'],
      ['qa', 44, 'What does docker login do?'],
      ['qa', 48, 'What port does the registry image listen on?'],
      ['qa', 58, '**Q6.** Which command removes stopped containers?'],
      ['qa', 66, 'What does `--rm` do?'],
    ]);
  });

  it('keys a question by its words, not its number', () => {
    expect(cards.get('questions-en-what-does-a-dockerfile-describe')!.back).toBe(
      'The steps that build an image, one instruction per line.',
    );
    expect(cards.has('questions-en-why-do-images-have-layers')).toBe(true);
  });

  it('reads answers under any sub-heading, in <details>, in bullets, after A:, on the Back', () => {
    expect(cards.get('questions-en-explain-the-difference-between-cmd-and-entrypoint')!.back).toBe(
      'ENTRYPOINT fixes the program; CMD gives its default arguments.',
    );
    expect(cards.get('questions-en-which-flag-keeps-stdin-open')!.back).toBe('The -i flag.');
    expect(cards.get('questions-en-what-is-a-bind-mount')!.back).toBe(
      '- A host folder seen inside the container\n- It changes on both sides',
    );
    expect(cards.get('questions-en-what-does-docker-login-do')!.back).toBe(
      'It saves credentials for a registry.',
    );
    expect(cards.get('questions-en-what-port-does-the-registry-image-listen-on')!.back).toBe('Port 5000.');
    expect(cards.get('questions-en-which-command-removes-stopped-containers')).toMatchObject({
      front:
        '**Q6.** Which command removes stopped containers?\n\nA. `docker container prune`\nB. `docker image prune`\nC. `docker rm -a`',
      back: '**A.** `docker container prune`',
    });
    expect(cards.get('questions-en-what-does-rm-do')!.back).toBe('The container is removed when it stops.');
  });

  it('says which question has no answer', () => {
    expect(messages(note)).toEqual([
      [19, "the question 'Q4. What is a dangling image?' has no answer below it"],
    ]);
  });

  it('reads Korean answer headings, "답변 보기" summaries and 질문:/답: lines', () => {
    const korean = parse('questions.ko.md');
    expect(korean.cards.map((c) => [c.id, c.source.line, c.back.slice(0, 12)])).toEqual([
      ['questions-ko-컨테이너와-가상-머신은-어떻게-다른가', 3, '컨테이너는 호스트 커널'],
      ['questions-ko-이미지-레이어란', 9, '이미지를 이루는 읽기 '],
      ['questions-ko-볼륨과-바인드-마운트의-차이는', 17, '볼륨은 도커가 관리하고'],
      ['questions-ko-도커-허브란', 26, '공개 이미지 저장소다.'],
    ]);
  });
});

describe('a block of commands with comments (commented-commands.ko.md)', () => {
  const note = parse('commented-commands.ko.md');

  it('shows each command with the comment written beside or above it, and asks for it by that comment', () => {
    expect(note.cards.map((c) => [c.front, c.back])).toEqual([
      [
        '`docker container ls`',
        '```bash\ndocker ps     # 실행 중인 컨테이너 목록\ndocker ps -a  # 멈춘 것까지 전부\n```',
      ],
      // The one flag of a line, with the comment beside it: what that flag adds (comment-flags.ts).
      ['`docker container ls` `-a`', '멈춘 것까지 전부\n\n```bash\ndocker ps -a\n```'],
      ['`docker container logs`', '```bash\n# 로그를 계속 따라가며 보기\ndocker logs -f web\n```'],
      // No comment and no text: docker's summary says what it does.
      ['`docker container rm`', '컨테이너를 삭제한다.\n\n```bash\ndocker rm -f web\n```'],
    ]);
    expect(note.cards[0]!.tasks).toEqual([
      { prompt: '실행 중인 컨테이너 목록', command: 'docker ps' },
      { prompt: '멈춘 것까지 전부', command: 'docker ps -a' },
    ]);
    // What a quiz asks by is the command's own comment, not text another command would answer too.
    expect(note.cards.map((c) => c.summary)).toEqual([
      '실행 중인 컨테이너 목록',
      '멈춘 것까지 전부',
      '로그를 계속 따라가며 보기',
      '컨테이너를 삭제한다.',
    ]);
  });
});

describe('cheat-sheet lines in bold, plain or after a symbol (cheat-sheet-lines.ko.md)', () => {
  const note = parse('cheat-sheet-lines.ko.md');

  it('a command card per line, the colon of `-p 8080:80` not taken for the separator', () => {
    expect(
      note.cards.filter((c) => c.kind === 'command').map((c) => [c.source.line, c.front, c.back]),
    ).toEqual([
      [5, '`docker ps`', '실행 중인 컨테이너 보기'],
      [6, '`docker images`', '내려받은 이미지 목록'],
      [7, '`docker rmi nginx`', '이미지 삭제'],
      [8, '`docker run -d -p 8080:80 nginx`', '포트를 열고 백그라운드로 실행'],
      [12, '`docker stop web`', '컨테이너 정지'],
      [13, '`docker start web`', '정지한 컨테이너 다시 시작'],
    ]);
  });

  it('leaves `docker image - …` written as a term to the text, without a warning', () => {
    expect(note.cards.at(-1)).toMatchObject({ kind: 'concept', front: '용어' });
    expect(note.diagnostics).toEqual([]);
  });
});

describe('options by command (options-by-command.ko.md)', () => {
  const note = parse('options-by-command.ko.md');

  it("gives each row of a command-and-option table to the row's own command", () => {
    expect(table(note.cards).slice(0, 3)).toEqual([
      ['flag', 'options-by-command-ko-image-build-tag', 7, '`docker image build` `-t`'],
      ['flag', 'options-by-command-ko-image-build-no-cache', 8, '`docker image build` `--no-cache`'],
      ['flag', 'options-by-command-ko-container-run-env', 9, '`docker container run` `-e`'],
    ]);
    expect(messages(note)).toEqual([[10, "'docker frob' is not a docker command"]]);
  });

  it('reads pasted `--help` lines as flags of the command the heading names', () => {
    expect(note.cards.slice(3).map((c) => [c.id, c.source.line, c.back])).toEqual([
      ['options-by-command-ko-container-run-detach', 15, '컨테이너를 백그라운드에서 돌린다'],
      ['options-by-command-ko-container-run-publish', 16, '컨테이너 포트를 호스트에 연다'],
      ['options-by-command-ko-container-run-rm', 17, '끝나면 컨테이너를 지운다'],
    ]);
  });
});

describe('cheat-sheet lines (cheat-sheet-lines.en.md)', () => {
  const note = parse('cheat-sheet-lines.en.md');

  it('a command card per line that names a command and says what it does, either way round', () => {
    expect(
      note.cards.filter((c) => c.kind === 'command').map((c) => [c.source.line, c.front, c.back]),
    ).toEqual([
      [5, '`docker image ls`', 'List images'],
      [6, '`docker image prune`', 'Remove dangling images'],
      [7, '`docker rmi nginx`', '삭제'],
      [11, '`docker network create app-net`', 'creates a user-defined bridge network.'],
      [13, '`docker network inspect app-net`', 'shows the containers on it and their addresses.'],
      [
        29,
        '`docker system prune`',
        'is the big broom, see below.\n\n> Careful: with `-a --volumes` it also deletes every unused image and every volume no container uses.',
      ],
    ]);
    expect(byId(note).get('cheat-sheet-lines-en-image-ls')).toMatchObject({
      command: 'docker image ls',
      tasks: [{ prompt: 'List images', command: 'docker image ls' }],
    });
  });

  it('gives the text after a lone command line to that command, up to a card of its own', () => {
    // `is the big broom, see below` says what it is like: no task asks for the command by it.
    expect(byId(note).get('cheat-sheet-lines-en-system-prune')?.tasks).toBeUndefined();
    expect(note.cards.filter((c) => c.source.line >= 27).map((c) => [c.kind, c.source.line])).toEqual([
      ['command', 29],
      ['qa', 33],
    ]);
  });

  it('leaves a command inside a sentence, or a list of names, as text', () => {
    const concepts = note.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]);
    expect(concepts).toEqual([
      ['Networks', '`docker network ls`로 목록을 본다.'],
      ['Aliases', '`docker container ls`, `docker container ps`, `docker ps`'],
      // (`## Dockerfile`'s last line is a cloze of its own: the section's card would repeat it.)
    ]);
  });

  it('reads an instruction named by a link, the docs cheat-sheet form, as an instruction card', () => {
    expect(note.cards.filter((c) => c.kind === 'instruction').map((c) => [c.id, c.front, c.back])).toEqual([
      ['cheat-sheet-lines-en-dockerfile-from', '`FROM`', 'Sets the image the build starts from.'],
      ['cheat-sheet-lines-en-dockerfile-workdir', '`WORKDIR`', 'sets the folder later instructions run in.'],
    ]);
  });
});

describe('questions as list items (list-questions.ko.md)', () => {
  const note = parse('list-questions.ko.md');

  it('one card per item that asks and answers, the question its front, the rest of the item its back', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['qa', 5, 'docker run --rm은 무엇을 하나?', '컨테이너가 끝나면 자동으로 지운다.'],
      ['qa', 7, '볼륨은 왜 쓰나?', '- 컨테이너를 지워도 데이터가 남는다\n- 여러 컨테이너가 같이 쓸 수 있다'],
      ['qa', 10, 'EXPOSE가 포트를 공개하나?', '아니다. 문서 역할만 하고, 공개는 `-p`가 한다.'],
      ['qa', 14, 'What does docker ps -q print?', 'Only the container IDs, one per line.'],
    ]);
    expect(note.cards[2]!.id).toBe('list-questions-ko-expose가-포트를-공개하나');
  });

  it('skips a question with nothing below it, or only more questions, and makes no concept of it', () => {
    expect(note.skipped).toEqual([
      { line: 15, endLine: 15, reason: 'a question with no answer' },
      { line: 19, endLine: 21, reason: 'a question with no answer' },
    ]);
    expect(note.cards.some((c) => c.kind === 'concept')).toBe(false);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('question and word tables, numbered labels (question-tables.ko.md)', () => {
  const note = parse('question-tables.ko.md');

  it('a card per row of a | 질문 | 답 | or | 용어 | 뜻 | table, cells as written', () => {
    expect(note.cards.slice(0, 4).map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      [
        'qa',
        5,
        '컨테이너와 VM의 차이는?',
        '컨테이너는 호스트 커널을 같이 쓰고, VM은 게스트 OS를 통째로 띄운다.',
      ],
      ['qa', 6, '`CMD`와 `ENTRYPOINT` 차이', '`ENTRYPOINT`는 실행 파일을 고정하고 `CMD`는 기본 인자를 준다.'],
      ['term', 13, '**레이어**', 'Dockerfile 명령 하나가 만드는 읽기 전용 층'],
      ['term', 14, '**태그**', '이미지 버전에 붙이는 이름'],
    ]);
    expect(messages(note)).toEqual([[7, "the question '레지스트리란?' has no answer in its row"]]);
  });

  it('leaves a table of flags under a 용어 header to the option shape', () => {
    expect(note.cards[4]).toMatchObject({ kind: 'term', front: '`-d`', source: { line: 20 } });
    expect(note.cards[4]!.id).not.toContain('레이어');
  });

  it('reads Q1) / A1) and 문제: / 정답: lines, and a numbered heading that ends like a Korean question', () => {
    expect(note.cards.slice(5).map((c) => [c.kind, c.front, c.back])).toEqual([
      ['qa', '도커 데몬은 무엇인가?', '컨테이너를 만들고 돌리는 백그라운드 서비스다.'],
      ['qa', '`docker run`은 어떤 두 명령을 합친 것인가?', '`docker create`와 `docker start`.'],
      [
        'qa',
        '멀티 스테이지 빌드란',
        '빌드 단계와 실행 단계를 나눠, 마지막 이미지에는 실행에 필요한 것만 남기는 방법.',
      ],
    ]);
  });
});

describe('callouts (callouts.en.md)', () => {
  const note = parse('callouts.en.md');

  it('a titled callout is a card of its title (a question card when the title asks); others stay text', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['concept', 3, 'Build cache'],
      ['concept', 7, 'Order your COPY lines'],
      ['qa', 10, 'Why pin base image tags?'],
    ]);
    expect(note.cards[1]!.back).toBe(
      'Copy the dependency manifest before the sources, so that a code change keeps the install layer cached.',
    );
    expect(note.cards[0]!.back).toContain('> [!warning]');
    expect(note.cards[0]!.back).toContain('> [!info] A title with nothing under it');
  });
});

describe('multiple choice with an answer key in another note of the folder (quiz-folder/)', () => {
  const notes = joinAnswerKeys([parse('quiz-folder/practice.md'), parse('quiz-folder/key.md')]);

  it('takes each answer from the key, with its explanation', () => {
    expect(notes[0]!.cards.map((c) => [c.id, c.source.line, c.back])).toEqual([
      [
        'practice-which-command-starts-a-swarm',
        3,
        '**B.** `docker swarm init`\n\nIt makes this node the first manager.',
      ],
      ['practice-which-file-keeps-files-out-of-the-build-context', 11, '**B.** `.dockerignore`'],
    ]);
    expect(notes[0]!.cards[1]!.front).toContain('B. `.dockerignore`');
  });

  it('reports the question the key does not answer, and makes no card of the key itself', () => {
    expect(messages(notes[0]!)).toEqual([
      [
        19,
        'multiple-choice question 3 has no answer: none below it, and no answer key in its folder gives one',
      ],
    ]);
    expect(notes[1]!.cards).toEqual([]);
    // One span for the key: its entries, one after the other.
    expect(notes[1]!.skipped?.map((s) => [s.line, s.endLine])).toEqual([[3, 6]]);
  });

  it('leaves the questions open when the key is not loaded beside them', () => {
    const alone = parse('quiz-folder/practice.md');
    expect(alone.cards).toEqual([]);
    expect(alone.openQuestions?.map((o) => o.number)).toEqual([1, 2, 3]);
  });
});

describe('spaced-repetition syntax (spaced.en.md)', () => {
  const note = parse('spaced.en.md');

  it('makes no reverse card of a definition that shows its term (the front would give the answer)', () => {
    expect(note.cards.filter((c) => c.source.line === 29).map((c) => [c.front, c.back])).toEqual([
      ['USER', 'Sets the user later steps run as, e.g. `USER 1001:1001`.'],
    ]);
  });

  it('makes a card per ::, two per :::, one per ? block, one per deletion', () => {
    const cards = note.cards.filter((c) => c.source.line < 27);
    expect(cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['qa', 7, 'The default network driver', 'bridge'],
      ['qa', 8, 'Port publishing flag', '-p'],
      ['qa', 8, '-p', 'Port publishing flag'],
      ['qa', 10, 'Which command shows disk usage by images and containers?', 'docker system df'],
      [
        'cloze',
        14,
        "A container's writable layer is [...] when the container is removed.",
        "A container's writable layer is deleted when the container is removed.",
      ],
      [
        'cloze',
        14,
        "A container's writable layer is deleted when the container is [...].",
        "A container's writable layer is deleted when the container is removed.",
      ],
      [
        'cloze',
        16,
        'Volumes live under [...] on Linux hosts.',
        'Volumes live under /var/lib/docker/volumes on Linux hosts.',
      ],
      [
        'cloze',
        16,
        'Volumes live under /var/lib/docker/volumes on [...] hosts.',
        'Volumes live under /var/lib/docker/volumes on Linux hosts.',
      ],
      ['concept', 18, 'Not cards', expect.stringContaining('`[ "$a" == "$b" ]`')],
    ]);
  });

  it('reads a #tags line as tags, not as a heading', () => {
    expect(note.skipped).toEqual([{ line: 3, endLine: 3, reason: 'tags' }]);
    expect(note.deck.title).toBe('Spaced repetition');
  });
});

describe('headings that name a part of their topic (generic-headings.ko.md)', () => {
  const note = parse('generic-headings.ko.md');

  it('fronts a card of `### 명령어` / `### 사용법` with its topic, and puts the `### 설명` below on its back', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['command', 5, '컨테이너 목록 보기'],
      // `-a`가 없으면 …: the explanation also opens a clause with the flag (see prose-flags.ts).
      ['flag', 13, '`docker container ls` `-a`'],
      ['command', 17, '로그 보기'],
      ['flag', 25, '`docker container logs` `-f`'],
      ['flag', 26, '`docker container logs` `--tail`'],
      ['concept', 30, '네트워크 › 정리'],
    ]);
    expect(note.cards[0]!.back).toBe(
      '```bash\ndocker ps -a\n```\n\n멈춘 컨테이너까지 모두 보여준다. `-a`가 없으면 실행 중인 것만 나온다.',
    );
  });
});

describe('flags in sentences (flag-sentences.ko.md)', () => {
  const note = parse('flag-sentences.ko.md');

  it('a sentence that calls its flag an option is a flag card of what it says after that word', () => {
    expect(note.cards.slice(1).map((c) => [c.kind, c.source.line, c.front, c.summary])).toEqual([
      ['flag', 9, '`docker container run` `--rm`', '끝나면 컨테이너를 지운다'],
      ['flag', 11, '`docker container run` `-d`', '컨테이너를 백그라운드에서 실행한다.'],
      [
        'flag',
        13,
        '`docker container run` `-p`',
        '호스트 포트와 컨테이너 포트를 잇는다. 앞이 호스트 쪽이다.',
      ],
      ['flag', 19, '`docker container run` `-e`', 'sets an environment variable inside the container.'],
      // Under `## 기타`, no command: the one command the note's code shows, which has -i and -t.
      ['flag', 23, '`docker container run` `-it`', '컨테이너 안의 셸을 쓸 수 있다.'],
    ]);
  });

  it('leaves "The --rm flag …" of a flag taught already, and one that only introduces a list, as text', () => {
    expect(note.cards.filter((c) => c.source.line === 15 || c.source.line === 17)).toEqual([]);
    expect(note.cards[0]!.back).toContain('The `--rm` flag removes the container once it exits.');
  });
});

describe('Obsidian_to_Anki blocks (anki-blocks.en.md)', () => {
  const note = parse('anki-blocks.en.md');

  it('a card per START … END block, both ways for a reversed type, blank lines inside included', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['qa', 3, 'What is the default network driver?', 'bridge'],
      [
        'qa',
        9,
        'What does `--restart unless-stopped` do?',
        'Restarts the container unless you stopped it yourself.',
      ],
      ['qa', 16, '`docker image prune`', 'Removes dangling images.'],
      ['qa', 16, 'Removes dangling images.', '`docker image prune`'],
      ['qa', 22, 'Why keep images small?', 'They pull faster and carry fewer packages to patch.'],
    ]);
  });

  it('reports a block with an empty side and makes no card of it', () => {
    expect(messages(note)).toEqual([[29, 'this START … END card has no back']]);
    expect(note.skipped).toEqual([{ line: 29, endLine: 32, reason: 'a card with an empty side' }]);
  });
});

describe('markup people use (markup.en.md)', () => {
  it('reads HTML headings and headings in list items; decodes entities, <br> and wiki links', () => {
    const note = parse('markup.en.md');
    expect(note.deck.title).toBe('Markup people use');
    expect(note.cards.map((c) => [c.id, c.source.line, c.back])).toEqual([
      [
        'markup-en-html-heading-section',
        3,
        'Docker’s café example keeps the images small.  \nEach line is a layer.',
      ],
      [
        'markup-en-a-heading-inside-a-list-item',
        7,
        'Text under the list heading explains volumes and Networks.',
      ],
    ]);
  });
});

describe('noise (noise.ko.md)', () => {
  it('gets no card, and each span says why', () => {
    const note = parse('noise.ko.md');
    expect(note.cards.map((c) => c.id)).toEqual(['noise-ko-진짜-내용']);
    expect(note.skipped?.map((s) => [s.line, s.reason])).toEqual([
      [5, 'a table of contents'],
      [10, 'links only'],
      [15, 'an image'],
      [19, 'an embed'],
      [23, 'a placeholder, not yet written'],
      [27, 'reference links'],
      [29, 'an empty heading'],
      [37, 'a placeholder, not yet written'],
      [43, 'a table of contents'],
      [49, "a page's properties (dates, tags, status)"],
      [54, "a page's properties (dates, tags, status)"],
      [59, 'a placeholder, not yet written'],
    ]);
  });
});

describe('card ids', () => {
  it('in a user note carry the deck as namespace; built-in decks keep bare command ids', () => {
    expect(parse('flags.ko.md').cards[0]!.id).toBe('flags-ko-container-run');
    expect(parse('flags.ko.md', false).cards[0]!.id).toBe('container-run');
    expect(parse('flags.ko.md', false).cards[1]!.id).toBe('container-run-detach');
  });

  it('depend only on the note: the same text gives the same ids in any company', () => {
    const alone = parse('questions.en.md').cards.map((c) => c.id);
    const [, again] = joinAnswerKeys([parse('commands.en.md'), parse('questions.en.md')]);
    expect(again!.cards.map((c) => c.id)).toEqual(alone);
  });
});

describe('a reference page names its command once (reference.en.md)', () => {
  const note = parse('reference.en.md');

  it('gives the options table flag cards of the command its Aliases section names', () => {
    expect(table(note.cards.filter((c) => c.kind === 'flag'))).toEqual([
      ['flag', 'reference-en-container-stop-signal', 13, '`docker container stop` `-s, --signal`'],
      ['flag', 'reference-en-container-stop-timeout', 14, '`docker container stop` `-t, --timeout`'],
    ]);
    expect(byId(note).get('reference-en-container-stop-timeout')!.back).toBe(
      'How many seconds to wait before the kill',
    );
    // `<br>` in a cell is a line break of the back.
    expect(byId(note).get('reference-en-container-stop-signal')!.back).toBe(
      'Which signal to send first  \nSIGTERM unless the image sets STOPSIGNAL',
    );
    expect(note.diagnostics).toEqual([]);
  });
});

describe('flags in a section of several commands (several-commands.ko.md)', () => {
  const note = parse('several-commands.ko.md');

  it('attaches each flag to the nearest command whose example uses it, not to the first', () => {
    expect(table(note.cards.filter((c) => c.kind === 'flag'))).toEqual([
      ['flag', 'several-commands-ko-container-ls-all', 11, '`docker container ls` `-a`'],
      ['flag', 'several-commands-ko-image-ls-quiet', 12, '`docker image ls` `-q`'],
      ['flag', 'several-commands-ko-container-logs-follow', 13, '`docker container logs` `-f`'],
    ]);
    expect(byId(note).get('several-commands-ko-container-logs-follow')!.examples).toEqual([
      'docker logs -f web',
    ]);
    expect(note.diagnostics).toEqual([]);
  });

  it('gives each command the lines of its own flags, and takes no summary from them (they say what the flags do)', () => {
    const image = byId(note).get('several-commands-ko-image-ls')!;
    expect(image.back).toContain('- `-q` : 이미지 ID만 찍는다');
    expect(image.back).not.toContain('`-a`');
    expect(byId(note).get('several-commands-ko-container-ls')!.back).not.toContain('`-q`');
    expect(image.summary).toBe('');
    expect(image.keyTerms).toBeUndefined();
  });
});

describe('shapes written inline', () => {
  const inline = (text: string) => parseText(text);

  it('reads an Anki deletion inside longer inline code, but not code that only shows the syntax', () => {
    const note = inline(
      [
        '# ports',
        'UDP를 공개하려면 `-p 53:53/{{c1::udp}}`처럼 쓴다.',
        '',
        'Anki에서는 `{{c1::답}}` 문법으로 빈칸을 만든다.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'cloze').map((c) => [c.source.line, c.front])).toEqual([
      [2, 'UDP를 공개하려면 `-p 53:53/[...]`처럼 쓴다.'],
    ]);
  });

  it('takes no flag card from a question about a flag', () => {
    const note = inline(
      ['# ports', '```', 'docker run -d -P web', '```', '', '`-P`가 없으면 호스트에서 접속되나?'].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag')).toEqual([]);
  });

  it("gives the text beside a block of commands only to the commands it is about; the others say docker's summary, or make no card when the note has one", () => {
    const note = inline(
      [
        '# stacks',
        '## deploy',
        '```',
        'docker stack deploy -c prod.yml shop',
        'docker stack services shop',
        'docker stack rm shop',
        '```',
        '–c / --compose-file picks the file; `build:` keys are skipped there.',
        '## again',
        '```',
        'docker stack deploy -c prod.yml shop',
        'docker stack rm shop',
        '```',
        'Running deploy twice updates the stack in place.',
      ].join('\n'),
    );
    const commands = note.cards.filter((c) => c.kind === 'command');
    expect(commands.map((c) => [c.source.line, c.command, c.back.split('\n')[0]])).toEqual([
      [4, 'docker stack deploy', '–c / --compose-file picks the file; `build:` keys are skipped there.'],
      [5, 'docker stack services', 'List the services of a stack.'],
      [6, 'docker stack rm', 'Delete stacks with their services, networks, configs and secrets.'],
      [11, 'docker stack deploy', 'Running deploy twice updates the stack in place.'],
    ]);
  });

  it('gives the flags under `### up 옵션` to the one command of the note whose last word the heading names', () => {
    const note = inline(
      [
        '# compose',
        '## 명령어',
        '| 명령어 | 설명 |',
        '|---|---|',
        '| `docker compose up` | 서비스를 만들고 시작 |',
        '| `docker compose down` | 서비스를 정리 |',
        '### up 옵션',
        '- `-d` : 백그라운드에서 실행',
        '- `--build` : 시작 전에 이미지를 다시 빌드',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.id, c.front])).toEqual([
      ['inline-compose-up-detach', '`docker compose up` `-d`'],
      ['inline-compose-up-build', '`docker compose up` `--build`'],
    ]);
  });

  it('drops the closing ** a bold `Q.` label leaves on its question', () => {
    const note = inline('**Q. `up`과 `start`의 차이는?**\nA. `up`은 만들고 시작한다.\n');
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ['qa', '`up`과 `start`의 차이는?', '`up`은 만들고 시작한다.'],
    ]);
  });
});

describe('more shapes written inline', () => {
  const inline = (text: string) => parseText(text);

  it('gives `Q::A` lines above a `?` block their own cards, and the `?` block only its own lines', () => {
    const note = inline(
      '# f\n\nWhat is the context?::The files sent to the builder.\nWhat does --no-cache change?\n?\nEvery step runs again.\n',
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [3, 'What is the context?', 'The files sent to the builder.'],
      [4, 'What does --no-cache change?', 'Every step runs again.'],
    ]);
  });

  it("gives flags under a heading of no command to the note's one command, when it has them all", () => {
    const note = inline(
      [
        '# build',
        '## Flags',
        '-t, --tag : name and tag the image',
        '-z : not a flag of build',
        '## Examples',
        '```',
        'docker build -t web .',
        '```',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.source.line <= 4).map((c) => [c.kind, c.front])).toEqual([
      ['flag', '`docker image build` `-t, --tag`'],
      ['term', '`-z`'],
    ]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('flags in running text, by subcommand, with values (flags-in-running-text.*.md)', () => {
  const note = parse('flags-in-running-text.en.md');
  const cards = byId(note);
  const id = (rest: string) => `flags-in-running-text-en-${rest}`;

  it('gives a table of options to the command the text above it names in inline code', () => {
    expect(cards.get(id('container-logs-follow'))).toMatchObject({
      kind: 'flag',
      command: 'docker container logs',
      flag: '--follow',
      back: 'keep printing new lines',
    });
    expect(cards.get(id('container-logs-since'))?.kind).toBe('flag');
  });

  it('reads a value written between a flag and its text, and arrows after a bracket', () => {
    expect(cards.get(id('container-exec-user'))).toMatchObject({
      flag: '--user',
      back: 'run the command as root',
    });
    expect(cards.get(id('container-exec-workdir'))).toMatchObject({
      flag: '--workdir',
      back: 'start in that folder',
    });
    expect(cards.get(id('container-exec-env'))).toMatchObject({
      short: '-e',
      back: 'set one variable for this command',
    });
    expect(cards.get(id('container-run-detach'))).toMatchObject({
      kind: 'flag',
      back: '(detached) -> run in the background',
    });
    expect(cards.get(id('container-run-workdir'))?.kind).toBe('flag');
  });

  it('gives `up --build` to the command of the section whose word it names', () => {
    expect(cards.get(id('compose-up-build'))).toMatchObject({
      command: 'docker compose up',
      flag: '--build',
    });
    // `logs` alone is `docker container logs` as well: the section's own code decides.
    expect(cards.get(id('compose-logs-tail'))).toMatchObject({
      command: 'docker compose logs',
      flag: '--tail',
    });
  });

  it('reads a paragraph that names a flag and its command as that flag card', () => {
    expect(cards.get(id('compose-down-volumes'))).toMatchObject({
      kind: 'flag',
      back: 'removes the volumes too, so the database starts empty.',
    });
    const ko = byId(parse('flags-in-running-text.ko.md'));
    expect(ko.get('flags-in-running-text-ko-compose-down-volumes')).toMatchObject({
      command: 'docker compose down',
      flag: '--volumes',
      back: '볼륨까지 지운다. 데이터베이스를 처음부터 다시 띄울 때 쓴다.',
    });
    expect(ko.get('flags-in-running-text-ko-compose-up-detach')?.kind).toBe('flag');
    expect(ko.get('flags-in-running-text-ko-compose-logs-follow')?.kind).toBe('flag');
    // A to-do line is no concept of its heading.
    expect(ko.get('flags-in-running-text-ko-다음에-할-것')).toBeUndefined();
    // Compose's everyday commands beyond up/down/logs are known, with their flags.
    expect(ko.get('flags-in-running-text-ko-compose-restart')?.kind).toBe('command');
    expect(ko.get('flags-in-running-text-ko-compose-run-rm')).toMatchObject({
      command: 'docker compose run',
    });
  });

  it('reads a table row or a code comment that defines the flag of its line as a flag card too', () => {
    expect(cards.get(id('container-ls'))?.kind).toBe('command');
    expect(cards.get(id('container-ls-all'))).toMatchObject({
      flag: '--all',
      back: expect.stringMatching(/^all, stopped containers too/),
    });
    expect(cards.get(id('container-logs-follow-listing'))).toMatchObject({
      command: 'docker container logs',
      back: expect.stringMatching(/^keep following the output/),
    });
  });

  it('makes no second card of code lines the section explains line by line', () => {
    const ups = note.cards.filter((c) => c.kind === 'command' && c.command === 'docker compose up');
    expect(ups.map((c) => [c.id, c.back])).toEqual([
      [id('compose-up'), 'creates and starts every service; -d returns the prompt.'],
    ]);
  });

  it('asks a cloze by its whole sentence, across the line break, under its old id as legacy', () => {
    const cloze = note.cards.find((c) => c.kind === 'cloze')!;
    expect(cloze.front).toBe(
      'Each instruction adds a layer, and a layer that did not change is [...] on the next build.',
    );
    expect(cloze.source.line).toBe(54);
    const span = note.spans!.find((s) => s.id === cloze.id)!;
    expect(span.legacyId).toBe(id('taken-from-the-cache-on-the-next-build-1'));
  });

  it('skips link breadcrumbs, a labelled table of contents and a line that only leads in', () => {
    expect(note.skipped).toEqual([
      { line: 5, endLine: 5, reason: 'links only' },
      { line: 7, endLine: 7, reason: 'a table of contents' },
      { line: 28, endLine: 28, reason: 'an introduction to the cards below it' },
    ]);
    // A `{{date}}` in front matter is no warning of YAML's on stderr, and no problem of the note.
    expect(note.diagnostics).toEqual([]);
  });
});

describe('flags explained in running text (flags-in-prose.en.md, flags-in-prose.ko.md)', () => {
  const en = parse('flags-in-prose.en.md');
  const ko = parse('flags-in-prose.ko.md');
  const flags = (note: ParsedNote) =>
    note.cards.filter((c) => c.kind === 'flag').map((c) => [c.id, c.source.line, c.summary]);

  it("a clause that opens with a flag, or names it with its command, is that flag's card", () => {
    expect(flags(en).filter(([, line]) => (line as number) < 42)).toEqual([
      [
        'flags-in-prose-en-network-create-driver',
        12,
        '--driver (or -d) chooses the driver, and bridge is what you get anyway;',
      ],
      [
        'flags-in-prose-en-network-create-subnet',
        13,
        '--subnet only matters when the default range clashes with another network.',
      ],
      // The command named in the sentence, not the section's first.
      [
        'flags-in-prose-en-container-run-network',
        14,
        'Then --network shopnet on docker run puts the new container on it from the start.',
      ],
      [
        'flags-in-prose-en-network-disconnect-force',
        22,
        'docker network disconnect takes it off again (-f to force it).',
      ],
      [
        'flags-in-prose-en-network-create-internal',
        28,
        'One more worth knowing: docker network create --internal backend makes a network with no way out.',
      ],
    ]);
    // `-d` is the other name written beside `--driver`: one card of both.
    expect(byId(en).get('flags-in-prose-en-network-create-driver')!.front).toBe(
      '`docker network create` `--driver, -d`',
    );
  });

  it('makes no card of a mention: an aside, a flag of no command shown, a list, letters run together', () => {
    const ids = en.cards.map((c) => c.id);
    // `I kept typing --network`: no clause opens with it, and the section shows no command.
    expect(en.cards[0]!.kind).toBe('concept');
    // `Use -P to …` under a heading of no command, in a note of several: whose -P is not said.
    expect(ids.filter((id) => id.includes('publish'))).toEqual([]);
    // A list of flags says nothing of them (`-d, --driver` (default `local`), `--label`), and its
    // command is no card asking for `options worth knowing`; `-icc=false` is no `-i -c -c`.
    expect(ids.filter((id) => /volume|label|cpu|interactive/.test(id))).toEqual([]);
    expect(en.diagnostics).toEqual([]);
  });

  it('reads the Korean forms: a particle or a verb after the flag, its other name in parentheses', () => {
    expect(flags(ko).filter(([, line]) => (line as number) < 32)).toEqual([
      [
        'flags-in-prose-ko-container-logs-follow',
        10,
        '-f (--follow) 를 주면 새로 찍히는 줄을 계속 따라간다.',
      ],
      // A flag line in a quote: its value and particle are not its text.
      ['flags-in-prose-ko-container-logs-tail', 12, '끝에서 50줄만 보여준다'],
      // Two flags of one sentence, each its own card of the whole sentence.
      [
        'flags-in-prose-ko-container-logs-timestamps',
        14,
        '-t 는 줄마다 시각을 붙이고, --since 5m 은 최근 5분 것만 보여준다.',
      ],
      [
        'flags-in-prose-ko-container-logs-since',
        14,
        '-t 는 줄마다 시각을 붙이고, --since 5m 은 최근 5분 것만 보여준다.',
      ],
      // Inside a command bullet's text.
      ['flags-in-prose-ko-container-stats-no-stream', 18, '--no-stream 주면 한 번만 찍고 끝난다'],
      // `exec 옵션` labels the lines below it.
      ['flags-in-prose-ko-container-exec-interactive-tty', 28, '쉘로 들어갈 때'],
      ['flags-in-prose-ko-container-exec-user', 29, '이 사용자로 실행한다'],
    ]);
    // `--rm을 붙이면 된다` says nothing of what the flag does.
    expect(byId(ko).get('flags-in-prose-ko-덧붙임')!.kind).toBe('concept');
    expect(ko.cards.some((c) => c.id.endsWith('-rm'))).toBe(false);
  });

  it("adds its cards after every other shape's, so that no earlier card changes its id", () => {
    const withoutProse = ko.cards.filter(
      (c) => !ko.spans?.some((s) => s.id === c.id && s.recognizer === 'prose-flags'),
    );
    expect(withoutProse.map((c) => c.id)).toEqual([
      'flags-in-prose-ko-container-logs',
      'flags-in-prose-ko-container-logs-tail',
      'flags-in-prose-ko-container-stats',
      'flags-in-prose-ko-container-exec',
      'flags-in-prose-ko-container-exec-interactive-tty',
      'flags-in-prose-ko-container-exec-user',
      'flags-in-prose-ko-덧붙임',
      'flags-in-prose-ko-compose-up',
      'flags-in-prose-ko-compose-down',
      'flags-in-prose-ko-image-build-tag',
      'flags-in-prose-ko-image-build',
      'flags-in-prose-ko-compose-up-detach',
      'flags-in-prose-ko-compose-up-build',
      'flags-in-prose-ko-compose-down-rmi',
      'flags-in-prose-ko-image-build-캐시-정리',
    ]);
  });

  it('gives a flag to a code line only when its command has every flag the sentence tells of', () => {
    // `-a 를 붙이면 …, -f 는 …` beside `docker build -f …`: docker build has no -a, so neither is its.
    expect(ko.cards.filter((c) => c.source.line === 60)).toEqual([]);
  });

  it('reads `e.g.` inside a sentence as no end of it', () => {
    expect(byId(en).get('flags-in-prose-en-dockerfile-copy')!.summary).toBe(
      'COPY --from also takes an image, e.g. COPY --from=nginx /etc/nginx /tmp, not only a stage.',
    );
  });

  it('reads flag lines with a value written before their text: `–target test   (…)`, `--build-arg KEY=value -> …`', () => {
    const cards = byId(en);
    expect(cards.get('flags-in-prose-en-image-build-target')!.summary).toBe('stop at the stage called test');
    expect(cards.get('flags-in-prose-en-image-build-build-arg')!.summary).toBe('sets an ARG for this build');
    expect(cards.get('flags-in-prose-en-image-build-tag')!.front).toBe('`docker image build` `-t, --tag`');
  });

  it('reads a Dockerfile instruction that opens a clause the same way, and not the later names of a list', () => {
    const instructions = (note: ParsedNote) =>
      note.cards.filter((c) => c.kind === 'instruction').map((c) => [c.id, c.source.line, c.summary]);
    expect(instructions(en)).toEqual([
      [
        'flags-in-prose-en-dockerfile-user',
        40,
        'USER takes a name or a numeric UID, and every later step runs as that user.',
      ],
      [
        'flags-in-prose-en-dockerfile-copy',
        42,
        'COPY --from also takes an image, e.g. COPY --from=nginx /etc/nginx /tmp, not only a stage.',
      ],
    ]);
    // `` `USER` 를 쓰면 그 뒤의 `RUN`, `CMD`, `ENTRYPOINT` 가 … ``: a card of USER only.
    expect(instructions(ko)).toEqual([
      [
        'flags-in-prose-ko-dockerfile-user',
        52,
        'Dockerfile 안에서 USER 를 쓰면 그 뒤의 RUN, CMD, ENTRYPOINT 가 그 사용자로 실행된다.',
      ],
    ]);
  });

  it("takes a bare subcommand word above a list as its flags' command, a flag with a value as that flag", () => {
    const cards = byId(ko);
    // `up` above `- __-d__: …`, `down` above `- __--rmi all__: …`.
    expect(cards.get('flags-in-prose-ko-compose-up-detach')!.command).toBe('docker compose up');
    expect(cards.get('flags-in-prose-ko-compose-down-rmi')!.front).toBe('`docker compose down` `--rmi`');
    // A comment that opens with a flag its line uses, parted by a space only.
    expect(cards.get('flags-in-prose-ko-image-build-tag')!.summary).toBe('이름:태그, 여러 번 줄 수 있음');
  });

  it('stays out of the built-in decks, whose cards are written as cards', () => {
    expect(
      parse('flags-in-prose.ko.md', false).cards.some((c) => c.kind === 'flag' && c.source.line === 10),
    ).toBe(false);
  });
});

describe('questions written after an answer (questions-after-answers.en.md)', () => {
  const note = parse('questions-after-answers.en.md');

  it('ends an answer where the next question begins, and reads that question as its own card', () => {
    expect(note.cards.slice(0, 5).map((c) => [c.kind, c.source.line, c.front, c.summary])).toEqual([
      [
        'qa',
        3,
        'Where does a named volume live?',
        "In Docker's own storage area on the host, managed by the engine rather than by you.",
      ],
      // A `<details>` whose summary asks, below the heading question's answer.
      [
        'qa',
        8,
        "How do you copy a volume's files to the host?",
        'Mount it in a throwaway container next to a host folder and archive one into the other.',
      ],
      // The question paragraph above a "Show answer" summary.
      [
        'qa',
        14,
        'Can two containers share one volume?',
        'Yes; nothing locks it, so the programs must agree on who writes.',
      ],
      // The last Back of a file of cards, then a bold `Q.` question with its bullets.
      [
        'qa',
        21,
        'What does `:ro` at the end of a mount do?',
        'It mounts the volume read-only inside the container.',
      ],
      [
        'qa',
        26,
        'What is left on disk after docker rm of a container with a named volume?',
        'the volume and all its files',
      ],
    ]);
    expect(note.cards[0]!.back).not.toContain('copy');
    expect(note.cards[3]!.back).not.toContain('left on disk');
  });

  it('ends a last Back where cards of the spaced-repetition shapes begin (`Q:`/`A:`, `::`)', () => {
    expect(note.cards.slice(5).map((c) => [c.source.line, c.front, c.back])).toEqual([
      [32, 'What does `docker swarm init` make?', 'A swarm with this engine as its first manager.'],
      [37, 'What does draining a node do to its tasks?', 'They move to the other nodes.'],
      [40, 'Default port of swarm management', '2377/tcp'],
    ]);
  });

  it('reads a `tags:` line as tags, not as text', () => {
    expect(note.skipped).toContainEqual({ line: 30, endLine: 30, reason: 'tags' });
    expect(note.cards.some((c) => c.back.includes('tags:'))).toBe(false);
  });
});

describe('terms a paragraph defines in bold (terms-in-prose.ko.md)', () => {
  const note = parse('terms-in-prose.ko.md');

  it('gives a term its card when the paragraph opens with it and then defines it', () => {
    expect(note.cards.map((c) => [c.kind, c.id, c.source.line])).toEqual([
      ['concept', 'terms-in-prose-ko-이미지-종류', 3],
      // `**Build cache** — …` and `**tmpfs 마운트**: …`; the section's card keeps the text they do not hold.
      ['term', 'terms-in-prose-ko-build-cache', 7],
      ['term', 'terms-in-prose-ko-tmpfs-마운트', 11],
      ['concept', 'terms-in-prose-ko-dangling-이미지', 13],
      // `**함정**: …` labels a warning; it names no term.
      ['concept', 'terms-in-prose-ko-주의할-점', 17],
    ]);
    expect(note.cards[0]!.back).not.toContain('**tmpfs 마운트**');
    expect(note.cards[0]!.back).toContain('**dangling 이미지**는 태그가 없는 이미지다.');
  });

  it('makes none of a bold label with little after it, or of a term the note has a card of', () => {
    // `**참고**: 아래 참고` defines nothing; `**dangling 이미지**는 …` has its own section.
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => c.front)).toEqual([
      '**Build cache**',
      '**tmpfs 마운트**',
    ]);
  });
});

describe('a table of options under a sentence that only leads into it', () => {
  const note = parseText(
    [
      '# 위키',
      '',
      '## 3. 실행 규칙',
      '',
      '운영 서버에서 `docker run` 할 때 기본으로 붙이는 옵션입니다.',
      '',
      '| 옵션 | 이유 |',
      '|---|---|',
      '| `--read-only` | 루트 파일시스템을 읽기 전용으로 |',
      '| `--security-opt no-new-privileges` | setuid 로 권한이 오르지 못하게 |',
      '| `--restart unless-stopped` | 사람이 멈춘 것 말고는 다시 띄움 |',
    ].join('\n'),
  );

  it('gives a flag card to each row, a flag written with a word as its value included', () => {
    expect(note.cards.map((c) => c.front)).toEqual([
      '`docker container run` `--read-only`',
      '`docker container run` `--security-opt`',
      '`docker container run` `--restart`',
    ]);
  });

  it('makes no concept card of the lead-in sentence', () => {
    expect(note.skipped?.map((s) => s.reason)).toEqual(['an introduction to the cards below it']);
  });
});

describe('a flag said inside a command bullet', () => {
  it("is the bullet's command's, not the command of the code above", () => {
    const note = parseText(
      [
        '# Wiki',
        '',
        '## Running stuff',
        '',
        '```bash',
        'docker run -d --name web -p 8080:3000 app',
        '```',
        '',
        '- `docker ps` &mdash; lists running containers; add `-a` to see stopped ones too',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => c.front)).toEqual([
      '`docker container ls` `-a`',
    ]);
  });
});

describe('multiple choice with circled options ①–④', () => {
  it('reads them on their own lines or side by side, the answer below or in a key', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# 모의고사',
          '',
          '1. 컨테이너 안에서 새 명령을 실행하는 것은?',
          '① docker run',
          '② docker exec',
          '③ docker attach',
          '',
          '정답: ②',
          '',
          '**2.** 이미지를 tar 로 저장하는 것은?',
          '① export ② save ③ commit ④ cp',
          '',
          '## 정답',
          '',
          '2. ② — export 는 컨테이너를 내보낸다',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => [c.front, c.back])).toEqual([
      [
        '1. 컨테이너 안에서 새 명령을 실행하는 것은?\n\n① docker run\n② docker exec\n③ docker attach',
        '**②** docker exec',
      ],
      [
        '**2.** 이미지를 tar 로 저장하는 것은?\n\n① export\n② save\n③ commit\n④ cp',
        '**②** save\n\nexport 는 컨테이너를 내보낸다',
      ],
    ]);
    // For the quiz to ask them as written: without their numbers, the options in order, the key's one.
    expect(note!.cards.map((c) => c.choices)).toEqual([
      {
        stem: '컨테이너 안에서 새 명령을 실행하는 것은?',
        options: ['docker run', 'docker exec', 'docker attach'],
        labels: ['①', '②', '③'],
        answer: 1,
      },
      {
        stem: '이미지를 tar 로 저장하는 것은?',
        options: ['export', 'save', 'commit', 'cp'],
        labels: ['①', '②', '③', '④'],
        answer: 1,
      },
    ]);
  });
});

describe('what is still to be written, and settings for other tools', () => {
  const note = parseText(
    [
      '# Swarm',
      '',
      'TARGET DECK: Docker::Swarm',
      'FILE TAGS: docker swarm',
      '',
      '## Basic',
      '',
      'Q: What does `docker swarm init` do?',
      'A: It makes this node the first manager of a new swarm.',
      '',
      'Q: How do service logs differ from container logs?',
      'A: ...',
      '',
      '## FAQ',
      '',
      '<details>',
      '<summary>TODO: registry login</summary>',
      '',
      '</details>',
      '',
      '## Links',
      '- CIS Docker Benchmark',
      '- OWASP Docker Security Cheat Sheet',
    ].join('\n'),
  );

  it('makes a card of the answered question only', () => {
    expect(note.cards.map((c) => c.front)).toEqual(['What does `docker swarm init` do?']);
    expect(note.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [11, "the question 'How do service logs differ from container logs?' has no answer"],
    ]);
  });

  it('says why the rest is skipped', () => {
    expect(note.skipped?.map((s) => [s.line, s.reason])).toEqual([
      [3, "a page's properties (dates, tags, status)"],
      [16, 'a placeholder, not yet written'],
      [22, 'reference links'],
    ]);
  });
});

describe('Zettelkasten notes: an id before the title, a card line inside the text', () => {
  const note = parseText(
    [
      '# Docker zettels',
      '',
      '## 202404011012 Namespaces',
      'Namespaces give a process its own view of the system: its process tree, its network, its mounts and its hostname.',
      'Which namespace gives a container its own hostname?::the UTS namespace',
      'Related: [[cgroups]]',
    ].join('\n'),
  );

  it('keeps the text a concept, the card line a card, and the id out of the front', () => {
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      [
        'concept',
        'Namespaces',
        'Namespaces give a process its own view of the system: its process tree, its network, its mounts and its hostname.',
      ],
      ['qa', 'Which namespace gives a container its own hostname?', 'the UTS namespace'],
    ]);
  });
});

describe('a compose file explained by comments beside its lines', () => {
  const note = parseText(
    [
      '# Compose',
      '',
      '## My stack',
      '',
      '```yaml',
      'services:',
      '  web:',
      '    build: .              # build from the Dockerfile here instead of pulling an image',
      '    ports:',
      '      - "8080:8000"       # host port 8080 goes to container port 8000',
      '    depends_on:',
      '      db:',
      '        condition: service_healthy   # wait for the healthcheck, not only the start',
      '  db:',
      '    image: postgres:16    # db',
      '```',
    ].join('\n'),
  );

  it('gives each commented line a card of what it does, a list item with its key', () => {
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.source.line, c.front, c.back])).toEqual([
      [8, '`build: .` in a compose file', 'build from the Dockerfile here instead of pulling an image'],
      [10, '`ports: "8080:8000"` in a compose file', 'host port 8080 goes to container port 8000'],
      [13, '`condition: service_healthy` in a compose file', 'wait for the healthcheck, not only the start'],
    ]);
  });
});

describe('flag lines that run on into a flag bullet above them (no blank line between)', () => {
  it('are flag cards of their own, the bullet keeps its own line', () => {
    const note = parseText(
      [
        '# 실행',
        '',
        '## docker run 옵션',
        '',
        '- —network 컨테이너를 연결할 네트워크 지정. 안 주면 기본 bridge 에 붙음',
        '--mount : `-v` 보다 길지만 키=값이라 명시적이다',
        '--read-only : 루트 파일시스템을 읽기 전용으로 마운트',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        5,
        '`docker container run` `--network`',
        '컨테이너를 연결할 네트워크 지정. 안 주면 기본 bridge 에 붙음',
      ],
      [6, '`docker container run` `--mount`', '`-v` 보다 길지만 키=값이라 명시적이다'],
      [7, '`docker container run` `--read-only`', '루트 파일시스템을 읽기 전용으로 마운트'],
    ]);
  });
});

describe('an answer key written side by side on one line', () => {
  it('answers each question it numbers', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# Quiz',
          '',
          '**1. Which flag picks a stage?**',
          'A. `--stage`',
          'B. `--target`',
          '',
          '**2. What does `docker stop` send first?**',
          'A. SIGTERM',
          'B. SIGKILL',
          '',
          '### Answer key',
          '1 — B &nbsp; 2 — A',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual(['**B.** `--target`', '**A.** SIGTERM']);
    expect(note!.diagnostics).toEqual([]);
  });
});

describe('an exam review sheet (exam-review.en.md)', () => {
  const [note] = joinAnswerKeys([parse('exam-review.en.md')]);
  const made = note!.cards.map((c) => [c.source.line, c.front.split('\n\n')[0], c.back.split('\n\n')[0]]);

  it('asks each short-answer question, with or without a question mark, its bold answer on the back', () => {
    expect(made.slice(0, 2)).toEqual([
      [5, 'Which command lists every container, the stopped ones too?', '**`docker ps -a`**'],
      [8, 'Name the three kinds of mount Docker has.', '**Volumes, bind mounts and tmpfs mounts.**'],
    ]);
  });

  it('reads the statements of a True / False part, answered from the list below `**Answers:**`', () => {
    expect(made.slice(2, 4)).toEqual([
      [13, '1. A container has a kernel of its own.', '**F.** False'],
      [14, '2. `EXPOSE` only documents a port.', '**T.** True'],
    ]);
  });

  it('fills each blank from the folded answers, the words of a key that are no letters', () => {
    expect(made.slice(4, 6)).toEqual([
      [22, '1. The instruction that sets the base image is ____.', '**FROM**'],
      [23, '2. `docker network ____ net web` attaches a running container.', '**connect**'],
    ]);
    expect(note!.diagnostics).toEqual([]);
  });

  it("finds a bold question's answer past a rule and an `**Answer**` label", () => {
    expect(made[6]).toEqual([
      34,
      'What does copy-on-write mean for a container?',
      expect.stringMatching(/^The first write/),
    ]);
    expect(made).toHaveLength(7);
  });
});

describe('a troubleshooting log (incidents.ko.md)', () => {
  const note = parse('incidents.ko.md');

  it('gives each entry one card of what was seen, why and the fix, labels or sub-headings alike', () => {
    expect(note.cards.map((c) => [c.kind, c.front, c.source.line])).toEqual([
      ['concept', '1. port is already allocated', 3],
      ['concept', '2. API 가 DB 에 못 붙음', 20],
    ]);
    expect(note.cards[0]!.back).toMatch(
      /^\*\*문제\*\*\n\n```console\n\$ docker run[\s\S]*\*\*해결\*\*\n\n`-p 8081:80`/,
    );
    expect(note.cards[1]!.back).toMatch(/^\*\*Symptom\*\*\n\napi 가[\s\S]*\*\*Cause\*\*/);
  });

  it('makes no command card of the commands an entry shows as evidence', () => {
    expect(note.cards.some((c) => c.kind === 'command')).toBe(false);
  });
});

describe("a note's introduction that goes on to teach", () => {
  const note = parseText(
    [
      '# 컨테이너 명령어 정리',
      '',
      '도커 강의 들으면서 정리. 이미지 관련은 따로 정리했다.',
      '',
      '요즘 문법은 `docker container ls` 처럼 관리 대상을 앞에 붙이는 식인데 옛날 짧은 명령도 그대로 된다.',
      '',
      '그 외에는 별거 없음, 아래 표 참고.',
      '',
      '## 목록',
      '',
      '- `docker ps -a` : 멈춘 것까지 전부 보기',
    ].join('\n'),
  );

  it('skips the opening, and blanks what a later paragraph names', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line])).toContainEqual(['cloze', 5]);
    expect(note.skipped!.map((s) => [s.line, s.endLine, s.reason])).toEqual([
      [3, 3, "the note's introduction"],
      [7, 7, "the note's introduction"],
    ]);
  });
});

describe('a grab-bag of gotchas (`## 5. 주의할 점`, `## other bits`)', () => {
  const note = parseText(
    [
      '# 네트워크와 포트',
      '',
      '## 5. 주의할 점',
      '',
      '- 호스트 포트가 이미 사용 중이면 `port is already allocated` 에러가 난다',
      '- 컨테이너 안 앱이 `127.0.0.1` 에만 listen 하면 밖에서 접속이 안 된다',
      '- 가끔은 그냥 다시 띄우면 된다 ㅋㅋ 원인은 모름',
    ].join('\n'),
  );

  it('makes a card of each item its code can blank, and one of the rest under the note and heading', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['concept', 3, '네트워크와 포트 › 5. 주의할 점'],
      ['cloze', 5, '5. 주의할 점 › 호스트 포트가 이미 사용 중이면 [...] 에러가 난다'],
      ['cloze', 6, '5. 주의할 점 › 컨테이너 안 앱이 [...] 에만 listen 하면 밖에서 접속이 안 된다'],
    ]);
    expect(note.cards[0]!.back).toBe('- 가끔은 그냥 다시 띄우면 된다 ㅋㅋ 원인은 모름');
  });

  it('reads a heading of other words as a topic, its code as examples', () => {
    const topic = parseText(
      [
        '# 네트워크',
        '',
        '## 포트 바인딩',
        '',
        '- 앱 이름을 `shop` 으로 두면 밖에서 접속 주소가 달라짐',
        '- 그래서 `shop-api` 로 이름을 바꾸면 헷갈리지 않는다',
      ].join('\n'),
    );
    expect(topic.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('a troubleshooting entry headed `### 문제: …` (a problem, not an exam question)', () => {
  it('is one card of the entry, its labels no blanks and its commands the evidence', () => {
    const note = parseText(
      [
        '# 네트워크 일지',
        '',
        '### 문제: 컨테이너 이름으로 접속이 안 됨',
        '',
        '**증상**',
        'api 에서 `db` 라는 이름으로 붙으면 에러. IP 로는 됨.',
        '',
        '**원인**',
        '기본 `bridge` 네트워크는 이름 기반 DNS 를 주지 않는다.',
        '',
        '**해결**',
        '```bash',
        '$ docker network create app-net',
        '```',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['concept', '문제: 컨테이너 이름으로 접속이 안 됨'],
    ]);
  });

  it('stays a question when its heading asks', () => {
    const note = parseText(
      [
        '# 시험',
        '',
        '### 문제: 컨테이너 이름으로 접속하려면?',
        '',
        '**원인**',
        '기본 bridge 는 DNS 가 없다.',
        '',
        '**해결**',
        '사용자 정의 네트워크를 쓴다.',
      ].join('\n'),
    );
    expect(note.cards[0]).toMatchObject({ kind: 'qa', front: '컨테이너 이름으로 접속하려면?' });
  });
});

describe("a troubleshooting entry's lesson", () => {
  const entry = (lesson: string[]) =>
    parseText(
      [
        '# Log',
        '',
        '## 2026-03-06 — worker keeps dying',
        '',
        '**Symptom:** exit code 137 every few minutes.',
        '',
        '```shell',
        '$ docker inspect -f "{{.State.OOMKilled}}" worker',
        'true',
        '```',
        '',
        '**Fix:** raised the limit.',
        '',
        ...lesson,
      ].join('\n'),
    );

  it('is read for cards of its own after the entry card, which still holds it', () => {
    const note = entry([
      '**Lesson:** the kernel OOM killer sends SIGKILL, so the code is 137.',
      '',
      '**배운 점**',
      '- 제한 안걸면 호스트 메모리 다 먹고 커널이 엉뚱한 프로세스 죽일수도 있음. `-m` 거는게 맞음',
    ]);
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['concept', 3, '2026-03-06 — worker keeps dying'],
      ['cloze', 14, '2026-03-06 — worker keeps dying › the kernel [...] sends SIGKILL, so the code is 137.'],
      [
        'cloze',
        17,
        '2026-03-06 — worker keeps dying › 제한 안걸면 호스트 메모리 다 먹고 커널이 엉뚱한 프로세스 죽일수도 있음. [...] 거는게 맞음',
      ],
    ]);
    expect(note.cards[0]!.back).toContain('the kernel OOM killer sends SIGKILL');
  });

  it('gives no second card of the entry when its lesson has no shape of its own', () => {
    const note = entry(['**Lesson:** read the logs first, then guess.']);
    expect(note.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('an outline journal (outline-journal.en.md, Logseq style)', () => {
  const note = parse('outline-journal.en.md');
  const made = note.cards.map((c) => [c.source.line, c.kind, c.front]);

  it('skips the page properties and a day heading over a few words', () => {
    expect(note.skipped?.map((s) => [s.line, s.reason])).toEqual([
      [1, "a page's properties (dates, tags, status)"],
      [4, "a journal day's remarks"],
    ]);
  });

  it('reads `#card` on a heading or an item as a card mark, not as words of its front', () => {
    expect(made.slice(0, 2)).toEqual([
      [5, 'concept', 'Named volume vs bind mount'],
      [7, 'qa', 'Which docker run flag takes the long key=value mount syntax?'],
    ]);
  });

  it("gives flags nested under a command's line or label to that command", () => {
    expect(made.filter(([, kind]) => kind === 'flag')).toEqual([
      [10, 'flag', '`docker container run` `--tmpfs`'],
      [11, 'flag', '`docker container run` `--volumes-from`'],
      [13, 'flag', '`docker system df` `-v`'],
      [15, 'flag', '`docker network create` `--subnet`'],
    ]);
  });
});

describe('a quiz of O/X statements, multiple choice and Q&A lines (ox-quiz.ko.md)', () => {
  const [note] = joinAnswerKeys([parse('ox-quiz.ko.md')]);
  const made = note!.cards.map((c) => [c.source.line, c.back.split('\n\n')[0]]);

  it('answers each part from the key below it, though both number from 1', () => {
    expect(made).toEqual([
      [5, '**X**'],
      [6, '**O**'],
      [17, '**B.** docker exec'],
      [21, '**A.** docker export'],
      [31, 'ARG 는 빌드할 때만 있고, ENV 는 컨테이너 안에도 남는다.'],
    ]);
    expect(note!.cards[0]!.front).toBe('1. `docker stop` 은 곧바로 SIGKILL 을 보낸다.\n\nO / X');
    expect(note!.diagnostics).toEqual([]);
  });

  it('keeps each statement and choice as written, with the option its key marks; a Q&A line has none', () => {
    expect(note!.cards.map((c) => c.choices && [c.choices.stem, c.choices.labels, c.choices.answer])).toEqual(
      [
        ['`docker stop` 은 곧바로 SIGKILL 을 보낸다.', ['O', 'X'], 1],
        ['리눅스 컨테이너는 호스트와 커널을 공유한다.', ['O', 'X'], 0],
        ['실행 중인 컨테이너 안에서 새 명령을 실행하는 것은?', ['A', 'B'], 1],
        ['컨테이너의 파일시스템을 tar 로 내보내는 것은?', ['A', 'B'], 0],
        undefined,
      ],
    );
  });

  it('makes no card of the keys: the folded one, and the one under `### 정답`', () => {
    expect(note!.cards.some((c) => /^Ⅰ|^Ⅱ|정답/.test(c.front))).toBe(false);
  });
});

describe('text beside command bullets that none of their cards holds', () => {
  const note = parseText(
    [
      '# TIL',
      '',
      '## 6. 멈추기',
      '',
      '```bash',
      'docker stop web',
      'docker kill web',
      '```',
      '',
      '설명',
      '- `docker stop` 은 먼저 SIGTERM 을 보내고, 10초 안에 안 꺼지면 SIGKILL 로 죽인다',
      '- `docker kill` 은 바로 SIGKILL 을 보낸다',
      '',
      '종료 코드 137 은 128 + 9(SIGKILL) 이다. OOM 으로 죽어도 137 이라 `State.OOMKilled` 로 구분한다.',
    ].join('\n'),
  );

  it('is a concept of the section, not lost', () => {
    // (The section's card would hold only the paragraph the cloze holds: it goes.)
    expect(note.cards.map((c) => [c.kind, c.front, c.source.line])).toEqual([
      ['command', '`docker stop`', 11],
      ['command', '`docker kill`', 12],
      // The sentence asks the signal, one of Docker's own words.
      [
        'cloze',
        '6. 멈추기 › 종료 코드 137 은 128 + 9([...]) 이다. OOM 으로 죽어도 137 이라 `State.OOMKilled` 로 구분한다.',
        14,
      ],
    ]);
    expect(note.cards[2]!.back).toBe(
      '종료 코드 137 은 128 + 9(SIGKILL) 이다. OOM 으로 죽어도 137 이라 `State.OOMKilled` 로 구분한다.',
    );
  });

  it("keeps a command bullet's sentence whole when a particle follows the command after a space", () => {
    expect(note.cards[0]!.back).toMatch(/^docker stop 은 먼저 SIGTERM/);
  });
});

describe('a command-and-option table whose command cell is left empty below its first row', () => {
  it('gives each option to the command above it', () => {
    const note = parseText(
      [
        '# Compose',
        '',
        '| command | option | what it does |',
        '|---|---|---|',
        '| `docker compose up` | `-d` | runs in the background |',
        '| | `--build` | builds the images again first |',
        '| `docker compose down` | `-v` | removes the named volumes too |',
        '| | `--remove-orphans` | removes containers of services no longer in the file |',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => c.front)).toEqual([
      '`docker compose up` `-d`',
      '`docker compose up` `--build`',
      '`docker compose down` `-v`',
      '`docker compose down` `--remove-orphans`',
    ]);
  });
});

describe('bullets that name a term, then an arrow', () => {
  it('gives `- `depends_on` → …` a term card, its entities decoded', () => {
    const note = parseText(
      [
        '# Compose',
        '',
        '## Keys',
        '',
        '- `depends_on` → start order only: compose doesn&rsquo;t wait for the database to be ready',
        '- `ports` -> same as `-p`, quoted so YAML reads `"3000:3000"` as text',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.front, c.back])).toEqual([
      ['**depends_on**', 'start order only: compose doesn’t wait for the database to be ready'],
      ['**ports**', 'same as `-p`, quoted so YAML reads `"3000:3000"` as text'],
    ]);
  });
});

describe('a paragraph that opens by setting two things apart', () => {
  it('gives `COPY vs ADD:` and `save/load vs export/import --` a card of that contrast', () => {
    const note = parseText(
      [
        '# Images',
        '',
        '## Moving images',
        '',
        'save/load vs export/import -- always mixed up: save/load keeps the layers of an image, export flattens a container.',
        '',
        '## Files',
        '',
        'COPY vs ADD: use COPY; ADD also fetches URLs and unpacks local archives.',
        '',
        'A paragraph that says vs in passing is just text, and makes no card of its own.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.front, c.source.line])).toEqual([
      ['**save/load vs export/import**', 5],
      ['**COPY vs ADD**', 9],
    ]);
  });
});

describe('multiple choice written as a numbered list (list-choice.ko.md)', () => {
  const [note] = joinAnswerKeys([parse('list-choice.ko.md')]);

  it('reads the options on the item lines or nested in it, the answer below it or in a key', () => {
    expect(note!.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        5,
        '1. 컨테이너 이름으로 서로를 찾을 수 있는 네트워크는?\n\nA. 기본 bridge\nB. 직접 만든 bridge\nC. none',
        // From the key under `### 정답`, its `<br>` left out.
        '**B.** 직접 만든 bridge\n\n직접 만든 네트워크에는 내장 DNS가 있다',
      ],
      [
        10,
        '2. 이미지를 지우는 명령은?\n\nA. docker rm\nB. docker rmi\nC. docker stop',
        '**B.** docker rmi\n\n해설: `docker rm` 은 컨테이너를 지운다.',
      ],
    ]);
  });

  it('takes `## 연습문제` above a `### 정답` key for a quiz, not for one question whose answer is the key', () => {
    expect(note!.cards.some((c) => c.front === '연습문제')).toBe(false);
    expect(note!.diagnostics).toEqual([]);
  });
});

describe("a note's furniture (note-furniture.ko.md)", () => {
  const note = parse('note-furniture.ko.md');

  it('skips a property block, a one-word label above flags and a TODO section, and says why', () => {
    expect(note.skipped).toEqual([
      { line: 3, endLine: 6, reason: "a page's properties (dates, tags, status)" },
      { line: 16, endLine: 16, reason: 'an introduction to the cards below it' },
      { line: 28, endLine: 29, reason: 'a to-do list' },
    ]);
    expect(note.cards.map((c) => [c.kind, c.source.line])).toEqual([
      ['command', 8],
      ['flag', 17],
      ['flag', 18],
      // `이름: 설명` lines of real definitions are no property block: no date, link, blank or placeholder.
      // They are a glossary: each line is a term card of its own, and under `## 용어` no card holds
      // them all.
      ['term', 22],
      ['term', 23],
      ['term', 24],
    ]);
    expect(note.cards.at(-1)!.front).toBe('**볼륨**');
  });
});

describe('flags in rows and lines that name their commands (flag-rows.ko.md, flag-rows.en.md)', () => {
  const ko = parse('flag-rows.ko.md');
  const en = parse('flag-rows.en.md');
  const flags = (note: ParsedNote) =>
    note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front, c.summary]);

  it('reads a flag line with a value before its colon, `—mode global : …`', () => {
    expect(flags(ko).filter(([line]) => (line as number) <= 16)).toEqual([
      [13, '`docker service create` `--replicas`', '복제 태스크 개수'],
      [14, '`docker service create` `--mode`', '모든 노드에 하나씩 띄움'],
      [15, '`docker service create` `--publish, -p`', '라우팅 메시로 포트 공개'],
      [16, '`docker service create` `--update-delay`', '배치 사이 대기 시간'],
    ]);
  });

  it('gives a table row to the commands its description names in parentheses, one card each', () => {
    expect(flags(ko).filter(([line]) => (line as number) >= 27 && (line as number) <= 29)).toEqual([
      [27, '`docker swarm init` `--advertise-addr`', '다른 노드에 알릴 내 주소'],
      [27, '`docker swarm join` `--advertise-addr`', '다른 노드에 알릴 내 주소'],
      [28, '`docker swarm join-token` `-q`', '토큰 문자열만 출력'],
      [29, '`docker swarm join-token` `--rotate`', '토큰 교체'],
    ]);
  });

  it('gives both commands of `a` / `b` their shared text', () => {
    const commands = ko.cards.filter((c) => c.kind === 'command' && c.source.line === 33);
    expect(commands.map((c) => [c.command, c.back])).toEqual([
      ['docker node promote', '역할을 바꾼다'],
      ['docker node demote', '역할을 바꾼다'],
    ]);
  });

  it("makes a flag card of a code comment beside a line's only flag, not of a routine one", () => {
    expect(flags(ko).filter(([line]) => (line as number) >= 39)).toEqual([
      [41, '`docker image build` `-f`', 'Dockerfile 경로 지정'],
    ]);
    // `-t` on three of four lines is routine too: the comment tells of `--no-cache`.
    const most = parseText(
      [
        '## build',
        '',
        '```sh',
        'docker build -t app:dev .             # build from ./Dockerfile',
        'docker build -t app:prod -f Dockerfile.prod .',
        'docker build --no-cache -t app:dev .  # skip every cached layer',
        'docker build --target test .          # only up to the stage "test"',
        '```',
      ].join('\n'),
    );
    expect(flags(most)).toEqual([
      [6, '`docker image build` `--no-cache`', 'skip every cached layer'],
      [7, '`docker image build` `--target`', 'only up to the stage "test"'],
    ]);
  });

  it('makes a card per command a row names, and per flag of a row of two flags', () => {
    expect(flags(en).map(([line, front]) => [line, front])).toEqual([
      [7, '`docker system prune` `-a`'],
      [7, '`docker image prune` `-a`'],
      [8, '`docker system prune` `-f`'],
      [8, '`docker container prune` `-f`'],
      [9, '`docker system prune` `--volumes`'],
      [21, '`docker service create` `--replicas`'],
      [22, '`docker service create` `--limit-memory`'],
      [22, '`docker service create` `--limit-cpu`'],
      [23, '`docker service create` `--constraint`'],
      // Below the table, the bare line's flag is the table's command's, not `docker service rollback`'s.
      [25, '`docker service create` `-d`'],
      [30, '`docker container ls` `-a, --all`'],
      // A flag's bullet that ends with an example command is the flag's, not a card of the example.
      [31, '`docker container ls` `-q`'],
    ]);
    expect(en.cards.filter((c) => c.kind === 'command' && c.source.line === 31)).toEqual([]);
  });
});

describe('a topic explained above code of several commands (flag-rows.en.md)', () => {
  const note = parse('flag-rows.en.md');

  it('gives the topic a concept card of its prose, beside a command card per command', () => {
    const at = (c: Card) => c.source.line >= 33;
    expect(note.cards.filter(at).map((c) => [c.kind, c.front])).toEqual([
      ['concept', 'What a context is'],
      // Its second sentence asks `DOCKER_HOST`, one of Docker's own words.
      [
        'cloze',
        'What a context is › Switching\ncontexts points the same CLI at another engine without exporting [...].',
      ],
      ['command', '`docker context create`'],
      ['command', '`docker context use`'],
    ]);
    expect(note.cards.find((c) => c.kind === 'concept')!.back).toMatch(/^A context is a named target/);
  });

  it('makes no such card of a long line that only leads into the code (`…(원본 그대로):`)', () => {
    const fronts = parse('flag-rows.ko.md').cards.filter((c) => c.kind === 'concept');
    expect(fronts).toEqual([]);
  });
});

describe('commands explained in running text (prose-commands.en.md, prose-commands.ko.md)', () => {
  const prose = (note: ParsedNote) =>
    note.cards
      .filter((c) => c.kind === 'command' && c.source.line > 7)
      .map((c) => [c.source.line, c.front, c.command, c.back]);

  it('makes a card of a sentence that opens with a command, with the sentences after it', () => {
    expect(prose(parse('prose-commands.en.md'))).toEqual([
      [
        9,
        '`docker pause`',
        'docker container pause',
        '`docker pause` stops every process of the container where it stands, and the kernel keeps its memory as it was. No signal is sent.',
      ],
      [
        10,
        '`docker unpause`',
        'docker container unpause',
        '`docker unpause` picks the work up again at the same instruction.',
      ],
    ]);
  });

  it('reads Korean particles and a connective before the command', () => {
    expect(prose(parse('prose-commands.ko.md')).map(([line, front, , back]) => [line, front, back])).toEqual([
      [
        9,
        '`docker pause`',
        '`docker pause`는 컨테이너 안의 프로세스를 그 자리에 얼려 둔다. 메모리는 그대로 남는다.',
      ],
      [10, '`docker unpause`', '`docker unpause` 하면 멈춘 곳에서 다시 돈다.'],
      [12, '`docker wait`', '반면 `docker wait`는 컨테이너가 끝날 때까지 기다렸다가 종료 코드를 찍는다.'],
    ]);
  });

  it("leaves the built-in decks' notes as they are", () => {
    expect(prose(parse('prose-commands.en.md', false))).toEqual([]);
  });
});

describe('command labels, commands named after a flag, piped commands and variant rows (labelled-variants.en.md)', () => {
  const note = parse('labelled-variants.en.md');
  const flags = note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front]);

  it('gives a table the command a bold label above it names, and a flag the command in parentheses after it', () => {
    expect(flags.filter(([line]) => (line as number) < 16)).toEqual([
      [9, '`docker image push` `-a, --all-tags`'],
      [10, '`docker image push` `-q, --quiet`'],
      [12, '`docker login` `--password-stdin`'],
      [13, '`docker login` `-u, --username`'],
    ]);
    const login = note.cards.find((c) => c.source.line === 12)!;
    expect(login.back).toMatch(/^takes the token on standard input\n/);
    expect(note.diagnostics).toEqual([]);
  });

  it('reads a command fed by a pipe as a command line', () => {
    const commands = note.cards.filter((c) => c.kind === 'command' && c.source.line === 16);
    expect(commands.map((c) => c.command)).toEqual(['docker login']);
  });

  it('does not make a concept of command labels', () => {
    expect(note.cards.filter((c) => c.kind === 'concept').map((c) => c.front)).toEqual([]);
  });

  it('gives a flag the command its heading names in parentheses', () => {
    expect(flags.filter(([line]) => (line as number) > 28 && (line as number) < 33)).toEqual([
      [31, '`docker container run` `--read-only`'],
    ]);
  });

  it("reads `(pull)` in a row as the note's command of that word that has the flag", () => {
    expect(flags.filter(([line]) => (line as number) > 33)).toEqual([
      [41, '`docker compose pull` `--ignore-pull-failures`'],
    ]);
    expect(note.diagnostics).toEqual([]);
  });

  it('makes one card of a row that adds one flag to a command the table also has plain: its command card', () => {
    // A flag card of the row would say the row's words again, word for word.
    expect(flags.filter(([line]) => (line as number) > 20 && (line as number) < 28)).toEqual([]);
    expect(note.cards.filter((c) => c.source.line === 25).map((c) => [c.kind, c.front, c.back])).toEqual([
      ['command', '`docker system df -v`', 'the same split per object'],
    ]);
  });
});

describe('commands named by their last word, flags under a labelling heading (subcommand-bullets.en.md)', () => {
  const note = parse('subcommand-bullets.en.md');
  const rows = (kind: string) =>
    note.cards.filter((c) => c.kind === kind).map((c) => [c.source.line, c.front, c.summary]);

  it('gives each command of the code the bullet that names it by its last word', () => {
    expect(rows('command').filter(([line]) => (line as number) < 16)).toEqual(
      [
        [11, '`docker volume create`', 'makes a named volume the engine looks after'],
        [12, '`docker volume ls`', 'lists them, -q prints just their names'],
        // The bullets name the other two only: docker's summary says what this one does.
        [8, '`docker volume rm`', 'Delete volumes.'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    expect(note.cards.some((c) => c.back.startsWith('remember to back'))).toBe(false);
  });

  it('reads a paragraph that opens with a prompted command as code', () => {
    const inspect = note.cards.find((c) => c.kind === 'command' && c.command === 'docker volume inspect')!;
    expect([inspect.source.line, inspect.examples]).toEqual([29, ['docker volume inspect cache']]);
  });

  it('reads the flags of such a bullet, and flag lines under `## run flags for storage`', () => {
    expect(rows('flag').map(([line, front]) => [line, front])).toEqual([
      [12, '`docker volume ls` `-q`'],
      [17, '`docker container run` `-v`'],
      [18, '`docker container run` `--tmpfs`'],
      [19, '`docker container run` `--memory-reservation`'],
      [20, '`docker container run` `--shm-size`'],
    ]);
    // `-1` is a value: no term card, and no warning of a flag `-1`.
    expect(note.cards.some((c) => c.front.includes('`-1`'))).toBe(false);
    expect(note.diagnostics).toEqual([]);
  });
});

describe("flags explained inside a question's answer (answer-flags.ko.md)", () => {
  const note = parse('answer-flags.ko.md');

  it('keeps one card per question, and gives each flag the answer explains a card of its own', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['qa', 3, 'docker compose down으로 무엇을 더 지울 수 있나?'],
      ['flag', 9, '`docker compose down` `-v, --volumes`'],
      ['flag', 10, '`docker compose down` `--rmi`'],
      ['qa', 16, '로그를 계속 따라가려면?'],
      ['flag', 20, '`docker compose logs` `-f`'],
      ['qa', 22, '롤백하는 명령은?'],
    ]);
  });

  it('makes none in the built-in decks, whose cards are written as cards', () => {
    expect(parse('answer-flags.ko.md', false).cards.filter((c) => c.kind === 'flag')).toEqual([]);
  });
});

describe('flags in the answers of block questions (block-answer-flags.en.md)', () => {
  const note = parse('block-answer-flags.en.md');
  const flags = note.cards.filter((c) => c.kind === 'flag');

  it('gives the flags a bold question, a Q:/A: pair and a <details> explain cards of the command they name', () => {
    expect(flags.map((c) => [c.source.line, c.front])).toEqual([
      [6, '`docker service create` `--replicas`'],
      [7, '`docker service create` `--mode`'],
      [10, '`docker service update` `--image`'],
      [15, '`docker swarm init` `--advertise-addr`'],
      [20, '`docker container rm` `-v`'],
    ]);
    expect(note.cards.filter((c) => c.kind === 'qa')).toHaveLength(4);
  });

  it("leaves out an answer's label, and a flag whose command only the text around the question names", () => {
    expect(flags.find((c) => c.source.line === 10)!.back).toMatch(
      /^`docker service update --image app:2 web` swaps/,
    );
    // The callout's `-v` is `docker run`'s, not that of the `docker rm -v` in the sentence above it.
    expect(note.cards.filter((c) => c.source.line >= 22).map((c) => c.kind)).toEqual(['qa']);
  });
});

describe('flag lines and bullets whose flag carries a value (valued-flags.en.md)', () => {
  const note = parse('valued-flags.en.md');

  it('reads a value with `=`, a quoted value, and two names each written with the value', () => {
    expect(
      note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front, c.back.split('\n')[0]]),
    ).toEqual([
      [9, '`docker container run` `--memory, -m`', 'hard limit; going over it gets a process killed'],
      [10, '`docker container run` `--ulimit`', 'soft and hard limits of open files'],
      [11, '`docker container run` `--cpuset-cpus`', 'runs only on these cores'],
      [19, '`docker container stats` `--format`', 'picks the columns to print'],
      [20, '`docker container stats` `--no-stream`', 'prints once and exits'],
      // A value of parts (`name:/path`) is what such a line teaches: it stays on the back.
      [28, '`docker container run` `-v`', '`-v pgdata:/data`: a named volume'],
      // A code comment that gives both names of the flag before its text.
      [33, '`docker inspect` `-s, --size`', 'adds the sizes of the writable layer and the rootfs'],
    ]);
  });
});

describe('flags nested under a bullet that names their command (outline-flags.en.md)', () => {
  it("gives each nested flag its card of the label's command, and none under a bullet that names no command", () => {
    const note = parse('outline-flags.en.md');
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front, c.back])).toEqual([
      [6, '`docker context create` `--description`', 'free text that `ls` shows'],
      [7, '`docker context create` `--docker`', 'the endpoint, as key=value pairs'],
      [9, '`docker buildx create` `--use`', 'switches to the new builder at once'],
      // `- flags` alone: the section's command.
      [20, '`docker image history` `-q`', 'prints the layer IDs only'],
      // The callout right above the list asks about its command.
      [27, '`docker compose build` `--no-cache`', 'builds every step again'],
    ]);
  });
});

describe('en-dash flags in Korean sentences and lines (dash-particle-flags.ko.md)', () => {
  it('reads `–log-driver 는 …` and `–log-opt max-size=10m 은 …`, and a line whose value is quoted', () => {
    const note = parse('dash-particle-flags.ko.md');
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front])).toEqual([
      [9, '`docker container run` `--log-opt`'],
      [10, '`docker container run` `--log-driver`'],
      [18, '`docker system events` `--since`'],
      [19, '`docker system events` `--format`'],
      [29, '`docker container run` `--privileged`'],
      [30, '`docker container run` `--cap-add`'],
    ]);
    // `-c` inside a shell's inline code is no docker flag.
    expect(note.cards.some((c) => c.source.line === 21)).toBe(false);
  });

  it('keeps the flag in the back when a particle makes it the subject (`--privileged 는 …`, `` `--cap-add …` 처럼 ``)', () => {
    const note = parse('dash-particle-flags.ko.md');
    const back = (line: number) =>
      note.cards.find((c) => c.kind === 'flag' && c.source.line === line)?.back.split('\n')[0];
    expect(back(29)).toBe('--privileged 는 사실상 전부 다 주는 거라 쓰지 말 것');
    expect(back(30)).toBe('`--cap-add NET_ADMIN` 처럼 필요한 것만 더한다');
  });
});

describe('a bold term with its colon inside the bold (bold-label-terms.en.md)', () => {
  it('gives `**What a context is:** …` a term card, and a label such as `**Note to self:**` or `**Remember:**` none', () => {
    const note = parse('bold-label-terms.en.md');
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.source.line, c.front])).toEqual([
      [5, '**What a context is**'],
      [9, '**Builder vs driver**'],
      // A bold title alone on its line, its text on the line below.
      [13, '**Apps that listen on 127.0.0.1**'],
    ]);
  });
});

describe('text that names the commands of one block in turn (commands-in-turn.en.md)', () => {
  it("gives each command's card the sentences about it, not the whole paragraph", () => {
    const note = parse('commands-in-turn.en.md');
    const backs = note.cards
      .filter((c) => c.kind === 'command' && c.source.line < 30)
      .map((c) => [c.command, c.back.split('\n\n')[0]]);
    expect(backs).toEqual([
      ['docker container stop', '`docker stop` sends SIGTERM, then SIGKILL after ten seconds.'],
      [
        'docker container start',
        'It is only stopped, so\n`docker start web` brings it back with the same writable layer.',
      ],
      ['docker container rm', '`docker rm` deletes a stopped\ncontainer for good.'],
      // Named without `docker`, as the code writes them.
      ['docker network ls', 'network ls lists the networks with their drivers.'],
      ['docker network inspect', 'network inspect prints one of them as JSON.'],
      // Named by the verb in another form; sentences of one line stay one line.
      ['docker container pause', 'Pausing freezes every process with the cgroup freezer; nothing is killed.'],
      ['docker container unpause', 'Unpausing lets them run on from where they were.'],
    ]);
    // The commands' cards took every sentence between them: no topic card says it all again.
    expect(note.cards.filter((c) => c.kind === 'concept').map((c) => c.front)).toEqual([]);
  });

  it('gives a flag named with its value to the line that has that value (`-t 0`: stop, not create)', () => {
    const note = parse('commands-in-turn.en.md');
    const create = note.cards.find((c) => c.id === 'commands-in-turn-en-container-create');
    expect(create?.back.split('\n')[0]).toBe('Create a container without starting it.');
    const stop = note.cards.filter((c) => c.source.line >= 37);
    expect(stop.map((c) => [c.id, c.back.split('\n')[0]])).toEqual([
      ['commands-in-turn-en-container-stop-timeouts', '`-t 0` on stop means no grace period at all.'],
      ['commands-in-turn-en-container-stop-timeout', '`-t 0` on stop means no grace period at all.'],
    ]);
  });
});

describe('a long flag in running text, of the one command of the note that has it (note-command-flags.ko.md)', () => {
  it("reads `--init`을 주면 … as `docker run`'s, and leaves a short flag no command near it names", () => {
    const note = parse('note-command-flags.ko.md');
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front])).toEqual([
      [12, '`docker container run` `--init`'],
    ]);
  });
});

describe('a flag a command table row tells of (row-flags.en.md)', () => {
  it("gives the flag a card of the row's command, beside the row's command card", () => {
    const note = parse('row-flags.en.md');
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['command', 5, '`docker context ls`'],
      ['command', 6, '`docker context rm prod`'],
      ['flag', 6, '`docker context rm` `-f`'],
      ['command', 12, '`docker run -d -p 5000:5000 registry:2`'],
      // A table of flags below a command table, in a section of no code: the rows' command's.
      ['flag', 18, '`docker container run` `-d`'],
    ]);
    expect(note.cards[2]!.back).toBe('`-f` is needed if it is the context in use');
  });
});

describe("code inside a question's answer (question-code.en.md)", () => {
  it("is the answer's: no command card of the section, and no card with an empty back", () => {
    const note = parse('question-code.en.md');
    expect(note.cards.map((c) => [c.kind, c.source.line])).toEqual([
      ['qa', 3],
      ['qa', 7],
      ['flag', 8],
      ['flag', 9],
    ]);
    expect(note.cards.every((c) => c.back.trim() !== '')).toBe(true);
  });
});

describe('a short Korean clause about a flag (short-korean-flags.ko.md)', () => {
  it("reads `` `-q`(--quiet)는 이름만 찍는다 `` (a Hangul syllable says about two letters' worth), not `` `--format`을 붙이면 된다 `` or a run of flags", () => {
    const note = parse('short-korean-flags.ko.md');
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front])).toEqual([
      [9, '`docker context ls` `-q, --quiet`'],
    ]);
    // The run of flags is no flag line either: no term, no warning of a flag `docker context ls` lacks.
    expect(note.cards.filter((c) => c.kind === 'term')).toEqual([]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('flag lines whose text wraps onto a line of its own (wrapped-flag-lines.en.md)', () => {
  const note = parse('wrapped-flag-lines.en.md');

  it('reads the wrapped line as more of the flag line above it', () => {
    const lines = note.spans!.filter((s) => s.recognizer === 'flag-lines');
    expect(lines.map((s) => [s.line, s.endLine])).toEqual([
      [7, 7],
      [8, 9],
      [10, 10],
    ]);
    expect(note.cards.find((c) => c.source.line === 8)!.back).toMatch(
      /same\nlistening sockets|same listening sockets/,
    );
  });

  it('leaves sentences that open with flags, one ending before the next, to the text', () => {
    expect(note.spans!.some((s) => s.recognizer === 'flag-lines' && s.line >= 18)).toBe(false);
  });
});

describe('tables of instructions with their arguments, and of flags that name their command (table-asides.en.md)', () => {
  it("reads `FROM python:3.12-slim` under an Instruction header, and `-f, --force` (image prune) as that command's", () => {
    const note = parse('table-asides.en.md');
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['instruction', 7, '`FROM`', 'picks the base image'],
      ['instruction', 8, '`WORKDIR`', 'sets the working directory'],
      ['flag', 14, '`docker system df` `-v, --verbose`', 'sizes of every image and volume'],
      ['flag', 15, '`docker image prune` `-f, --force`', 'no question before it deletes'],
    ]);
  });
});

describe('what a writer notes for themselves (note-to-self.en.md, note-frame.ko.md)', () => {
  const skips = (note: ParsedNote) => note.skipped?.map((s) => [s.line, s.reason]);

  it('skips the intro under a one-word title, an inline contents line, a callout about the page, to-do lists and a prompt', () => {
    const note = parse('note-to-self.en.md');
    expect(note.cards.map((c) => c.front)).toEqual(['Volumes']);
    expect(skips(note)).toEqual([
      [3, "the note's introduction"],
      [5, 'a table of contents'],
      [7, 'words about the note, not its topic'],
      [15, 'a to-do list'],
      [18, 'a to-do list'],
      [21, 'a to-do list'],
      [24, 'a placeholder, not yet written'],
    ]);
  });

  it("skips a post's 들어가며 and 마치며 when they speak of the posts, and 내일 할 거 / 질문할 것 lists", () => {
    const note = parse('note-frame.ko.md');
    // (`## FROM`'s card teaches FROM: the sentence under it makes no second card of the instruction.)
    expect(note.cards.map((c) => c.kind)).toEqual(['concept']);
    expect(skips(note)).toEqual([
      [5, "the note's opening or closing words"],
      [12, 'a to-do list'],
      [15, 'a to-do list'],
      [19, "the note's opening or closing words"],
    ]);
  });

  it('keeps a 마치며 that sums up Docker rather than the post', () => {
    const note = parseText(
      '# 정리\n\n## FROM\n\n`FROM` 은 빌드의 시작 이미지를 정한다. 보통 첫 줄이다.\n\n## 마치며\n\n레이어는 위에서부터 캐시되니 자주 바뀌는 COPY 는 아래에 둔다.\n',
    );
    expect(note.cards.map((c) => c.front)).toContain('마치며');
  });
});

describe('a flag whose text is about another command (flag-owner.en.md, flag-owner.ko.md)', () => {
  const flagCards = (name: string) =>
    parse(name)
      .cards.filter((c) => c.kind === 'flag')
      .map((c) => [c.source.line, c.front, c.back.split('\n\n')[0]]);

  it('gives `-f` on `docker logs` to docker logs, not to the nearer `docker inspect -f` line', () => {
    expect(flagCards('flag-owner.en.md')).toEqual([
      [10, '`docker container logs` `-f`', 'keeps following the output like `tail -f`'],
      [11, '`docker container logs` `--tail`', 'starts from the last 100 lines'],
    ]);
  });

  it('gives `rm -f` no text about a value it cannot take, nor about a container made with `-it`', () => {
    expect(flagCards('flag-owner.ko.md')).toEqual([
      [
        10,
        '`docker container rm` `-f`',
        '실행 중인 걸 지우려면 `docker rm -f` 를 써야 한다 (멈추고 바로 삭제)',
      ],
    ]);
  });
});

describe('an answer key under its own heading (key-list.en.md, key-table.ko.md)', () => {
  const cardsOf = (name: string) =>
    joinAnswerKeys([parse(name)])[0]!.cards.map((c) => [c.source.line, c.front, c.back]);

  it('reads `1. **b** — …` entries under `## Answer key`, and options written side by side', () => {
    expect(cardsOf('key-list.en.md')).toEqual([
      [
        7,
        '**1.** Which command makes this host the first manager of a new swarm?\n\nA. `docker swarm create`\nB. `docker swarm init`\nC. `docker node init`',
        '**B.** `docker swarm init`\n\nthe node that runs it becomes the leader.',
      ],
      [
        12,
        '**2.** Three managers: how many may fail before the swarm loses quorum?\n\nA. 0\nB. 1\nC. 2\nD. 3',
        '**B.** 1\n\na majority of three is two.',
      ],
      [
        15,
        '**3.** Which mode runs one task on every node?\n\nA. `--mode replicated`\nB. `--mode global`',
        '**B.** `--mode global`\n\none task per node, and nodes that join later get one too',
      ],
    ]);
  });

  it('reads a | 번호 | 정답 | 해설 | table, and a heading that asks above its options', () => {
    expect(cardsOf('key-table.ko.md')).toEqual([
      [
        3,
        '1. 멈춘 컨테이너를 모두 지우는 명령은?\n\nA. `docker container prune`\nB. `docker rm --all`\nC. `docker ps prune`',
        '**A.** `docker container prune`\n\n실행 중인 컨테이너는 남는다',
      ],
      [
        8,
        '2. dangling 이미지만 지우는 명령은?\n\nA. `docker image prune -a`\nB. `docker image prune`\nC. `docker rmi --dangling`',
        '**B.** `docker image prune`\n\n`-a` 를 주면 안 쓰는 이미지 전부',
      ],
    ]);
    // The key makes no card of its own; lint says what it is.
    expect(parse('key-table.ko.md').skipped?.map((s) => [s.line, s.reason])).toEqual([
      [13, 'an answer-key entry (its question gets the answer)'],
    ]);
  });

  it('reads a plain `1. b` line as an entry only under a key heading', () => {
    const note = parseText('# Notes\n\n## Steps\n\n1. a container starts\n2. b is next\n');
    expect(note.answerKey ?? []).toEqual([]);
  });
});

describe('an answer key under a label line (labelled-key.ko.md)', () => {
  it('answers the question from the entries below `**정답**`', () => {
    const [note] = joinAnswerKeys([parse('labelled-key.ko.md')]);
    expect(note!.cards.map((c) => [c.kind, c.source.line])).toEqual([
      ['qa', 5],
      ['qa', 11],
    ]);
    // The chosen option's text, then what the key says of it.
    expect(note!.cards[0]!.back).toBe('**C.** 마지막 스테이지\n\n마지막 FROM부터가 최종 이미지다.');
    expect(note!.openQuestions ?? []).toEqual([]);
  });

  it('keeps the code a question shows between it and its options on the front', () => {
    const [note] = joinAnswerKeys([parse('labelled-key.ko.md')]);
    expect(note!.cards[1]!.front).toMatch(
      /고치고 다시 빌드하면\?\n\n```dockerfile\nFROM python:3\.12-slim\n[\s\S]*```\n\nA\. /,
    );
    expect(note!.cards[1]!.back).toBe(
      '**B.** `COPY app.py .` 단계부터 다시 실행한다\n\n처음 바뀐 단계부터 그 아래가 전부 다시 실행된다.',
    );
    // The Dockerfile is the question's: no instruction card is made of it.
    expect(note!.cards.filter((c) => c.kind !== 'qa')).toEqual([]);
  });
});

describe('callouts below a bold question (bold-question-callouts.en.md)', () => {
  const note = parse('bold-question-callouts.en.md');

  it("ends the bold question's answer at a callout that asks, and makes each callout its own card", () => {
    const qa = note.cards.filter((c) => c.kind === 'qa');
    expect(qa.map((c) => [c.source.line, c.front])).toEqual([
      [5, 'Why would docker volume rm data refuse to run?'],
      [9, 'Where does a named volume keep its files on a Linux host?'],
      [12, 'Can two containers share one volume?'],
    ]);
    expect(qa[0]!.back).not.toContain('[!question]');
    expect(qa[0]!.back).toMatch(/\(`docker rm`\), then the volume$/);
    expect(note.cards).toHaveLength(3);
  });
});

describe('flag bullets nested under a subcommand bullet (subcommand-nested-flags.en.md)', () => {
  const note = parse('subcommand-nested-flags.en.md');

  it("gives each nested flag a card of the bullet's command, on its own line", () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['command', 8, '`docker compose stop`'],
      ['flag', 9, '`docker compose stop` `-t`'],
      ['command', 10, '`docker compose down`'],
      ['flag', 11, '`docker compose down` `-v`'],
    ]);
    expect(note.cards[1]!.back).toMatch(/^seconds to wait for a clean exit/);
  });
});

describe('flags below a paragraph about one command (paragraph-lead-in.ko.md)', () => {
  const note = parse('paragraph-lead-in.ko.md');

  it('gives them to the command the paragraph opens with, not to the one the section names last', () => {
    expect(note.cards.filter((c) => c.kind === 'flag' && c.source.line >= 7).map((c) => c.front)).toEqual([
      '`docker image history` `--no-trunc`',
      '`docker image history` `-q`',
      '`docker image inspect` `-f`',
    ]);
    expect(note.cards.filter((c) => c.kind === 'term')).toEqual([]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('label words over text (label-words.en.md)', () => {
  const note = parse('label-words.en.md');

  it('makes no card of a bold label or a callout titled with one, and keeps their text in the section', () => {
    const fronts = note.cards.map((c) => c.front);
    expect(fronts).not.toContain('Goal');
    expect(fronts).not.toContain('**Watch out**');
    expect(fronts).toContain('**Dangling image**');
    const section = note.cards.find((c) => c.source.line === 3)!;
    expect(section.back).toContain('Free disk space');
    // (The label's text is a statement of its own, cut where it turns; the front leaves the label out.)
    expect(fronts).toContain('image prune › a stopped container still counts as using its image, so [...]');
  });
});

describe('one flag explained with several values (flag-values.ko.md)', () => {
  const note = parse('flag-values.ko.md');

  it('shows each value on its front when cards of one flag would share a front, and no value otherwise', () => {
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => c.front)).toEqual([
      '`docker container run` `--log-driver json-file`',
      '`docker container run` `--log-driver local`',
      '`docker container run` `--log-driver none`',
      '`docker container run` `--log-opt`',
      '`docker container run` `-d`',
    ]);
    // The ids stay those of the flag (a history kept from before the fronts showed values).
    expect(note.cards.find((c) => c.front.endsWith('json-file`'))!.id).toBe(
      'flag-values-ko-container-run-log-driver',
    );
  });

  it('shows the values of those that have one beside a card of the flag alone', () => {
    const inline = parseText(
      [
        '# Ports',
        '',
        '## docker run',
        '',
        '- `-p` : publishes a container port on the host',
        '- `-p 127.0.0.1:8080:80` : on the loopback only, so only this machine reaches it',
        '- `-p 8080:80` : on every interface of the host',
      ].join('\n'),
    );
    expect(inline.cards.map((c) => c.front)).toEqual([
      '`docker container run` `-p`',
      '`docker container run` `-p 127.0.0.1:8080:80`',
      '`docker container run` `-p 8080:80`',
    ]);
  });
});

describe("a note's introduction under its one title (note-introduction.en.md)", () => {
  const note = parse('note-introduction.en.md');

  it('makes no card of the words under the title, and says why in lint', () => {
    expect(note.cards.map((c) => c.front)).toEqual(['Profiles']);
    // A callout titled only `Why` is a label over more of the same: no card of its own.
    expect(note.skipped).toContainEqual({ line: 3, endLine: 6, reason: "the note's introduction" });
  });

  it('keeps the text under a title that is the command of a reference page', () => {
    const page = parseNote(
      '# stop\n\nStops one or more running containers.\n\n## Options\n\n- `-t` : seconds to wait\n',
      {
        file: 'stop.md',
        grammar: noteGrammar,
        user: true,
      },
    );
    expect(page.cards[0]!.back).toBe('Stops one or more running containers.');
  });
});

describe('paragraphs below code that each open with one of its commands (blocks-per-command.en.md)', () => {
  const note = parse('blocks-per-command.en.md');
  const back = (path: string) => note.cards.find((c) => c.kind === 'command' && c.command === path)!.back;

  it("gives each command its own paragraph, and the list under a paragraph to that paragraph's command", () => {
    expect(back('docker network create')).toMatch(/^`docker network create` options:\n\n- `--subnet`/);
    expect(back('docker network connect')).toMatch(/^`docker network connect` adds a running container/);
    expect(back('docker network connect')).not.toContain('--internal');
    expect(back('docker network inspect')).toMatch(/^`docker network inspect labnet` prints the network/);
  });
});

describe('a command that only checks the work of the one the text explains (checking-command.en.md)', () => {
  const note = parse('checking-command.en.md');

  it('gives the text to the command it opens with, and no card to the command beside it', () => {
    expect(note.cards.filter((c) => c.kind === 'command').map((c) => c.command)).toEqual([
      'docker container exec',
    ]);
  });
});

describe('a table that sums up flags explained above it (summary-table.en.md)', () => {
  const note = parse('summary-table.en.md');

  it('makes no second card of a flag from a few words, and a card of a flag new to the note', () => {
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front])).toEqual([
      [9, '`docker container run` `-m, --memory`'],
      [10, '`docker container run` `--pids-limit`'],
      [18, '`docker container run` `--cpus`'],
      [22, '`docker container run` `--memory-swap`'],
    ]);
    // The recap row of a flag the bullet above taught makes no card of any kind.
    expect(note.cards.filter((c) => c.source.line > 22)).toEqual([]);
  });
});

describe('a Q:/A: answer that leads into a list (qa-lead-in-list.en.md)', () => {
  const note = parse('qa-lead-in-list.en.md');

  it('keeps the list in the answer, and makes no cards of its items', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line])).toEqual([
      ['qa', 5],
      ['qa', 10],
    ]);
    expect(note.cards[0]!.back).toBe(
      'Four of them:\n- `--interval`: the time between two checks\n- `--retries`: failures in a row before the state is unhealthy',
    );
  });
});

describe('a recap table of flags the note taught as terms (term-recap.en.md)', () => {
  it('makes no second term card of them from a few words', () => {
    const note = parse('term-recap.en.md');
    expect(note.cards.map((c) => [c.kind, c.source.line])).toEqual([
      ['term', 5],
      ['term', 6],
    ]);
  });
});

describe('a question heading that only names its kind (labelled-question-heading.en.md)', () => {
  it('fronts the card with the question below the heading, and keeps the id of the heading', () => {
    const note = parse('labelled-question-heading.en.md');
    expect(note.cards).toHaveLength(1);
    expect(note.cards[0]!.front).toBe(
      'Which flag publishes every port the image exposes, on random host ports?',
    );
    expect(note.cards[0]!.back).toMatch(/^A\. `-p`\nB\. `-P`\n\nAnswer: B\./);
    expect(note.cards[0]!.id).toBe('labelled-question-heading-en-multiple-choice');
  });
});

describe('what a prompted command printed (command-output.en.md)', () => {
  it('reads an indented docker line with no prompt, in code with prompts, as output: no card of it', () => {
    const note = parse('command-output.en.md');
    expect(note.cards.filter((c) => c.kind === 'command').map((c) => c.command)).toEqual([
      'docker swarm init',
    ]);
  });
});

describe('commands shown with no word on them (bare-code.en.md)', () => {
  const note = parse('bare-code.en.md');

  it("says what each does with docker's summary, until a card with the note's own words takes its id", () => {
    expect(note.cards.map((c) => [c.id, c.source.line, c.front, c.back.split('\n')[0]])).toEqual([
      ['bare-code-en-container-stop', 8, '`docker container stop`', 'Stop running containers.'],
      [
        'bare-code-en-result',
        11,
        'Container lifecycle › Result',
        'Every container of the practice stopped, and none was removed.',
      ],
      [
        'bare-code-en-container-pause',
        25,
        '`docker pause`',
        'freezes every process of a container until docker unpause.',
      ],
      ['bare-code-en-container-rename', 26, '`docker rename old new`', 'gives a container another name.'],
      ['bare-code-en-image-prune', 28, 'Clean up images', 'Delete unused images.'],
      [
        'bare-code-en-image-prune-all',
        34,
        '`docker image prune` `-a`',
        'every unused image, not only dangling ones',
      ],
      [
        'bare-code-en-image-prune-filter',
        35,
        // The filter's text is about its value: `--filter` alone would say something false.
        '`docker image prune` `--filter until=24h`',
        'only images created more than a day ago',
      ],
      [
        'bare-code-en-container-create',
        40,
        '`docker container create`',
        '`create` makes the container and leaves it stopped;',
      ],
      // The practice log's `docker start` had only docker's summary; this card says it in the
      // note's words and takes its id.
      [
        'bare-code-en-container-start',
        41,
        '`docker container start`',
        '`start` runs it. Together they are what `docker run` does in one step.',
      ],
    ]);
    expect(note.spans?.map((s) => s.id)).toEqual(note.cards.map((c) => c.id));
  });

  it("opens a command card whose words are only about its flags with docker's summary", () => {
    const prune = note.cards.find((c) => c.id === 'bare-code-en-image-prune');
    expect(prune?.back).toMatch(/^Delete unused images\.\n\n```bash\ndocker image prune -a/);
    // A quiz asks for the command by docker's words, as no comment asks for a line.
    expect(prune?.tasks).toEqual([{ prompt: 'Delete unused images', command: 'docker image prune' }]);
  });

  it('makes no concept card of a heading that only names its commands (## create / start)', () => {
    expect(note.cards.filter((c) => c.kind === 'concept').map((c) => c.front)).toEqual([
      'Container lifecycle › Result',
    ]);
  });

  it('makes no card of a heading that only labels its code, and says why', () => {
    expect(note.skipped).toContainEqual({
      line: 17,
      endLine: 21,
      reason: 'code with no text saying what it shows',
    });
  });
});

describe('a heading of a command, over text on it and no code (titled-command.en.md)', () => {
  const note = parse('titled-command.en.md');

  it("makes the command's card of the section, not a concept card of its heading", () => {
    expect(note.cards.map((c) => [c.id, c.kind, c.source.line])).toEqual([
      ['titled-command-en-system-prune', 'command', 3],
      // The heading's words are a command, but the text names none: a concept, as written.
      ['titled-command-en-image-prune', 'concept', 9],
      // The text names a command its heading does not: a concept too.
      ['titled-command-en-disk-usage', 'concept', 13],
    ]);
    expect(byId(note).get('titled-command-en-system-prune')).toMatchObject({
      command: 'docker system prune',
      front: 'System prune',
    });
  });
});

describe('a Korean blog TIL (blog-til.ko.md)', () => {
  const note = parse('blog-til.ko.md');

  it('skips an outline under an emoji 목차 heading', () => {
    expect(note.skipped).toContainEqual({ line: 4, endLine: 5, reason: 'a table of contents' });
    expect(note.cards.some((c) => c.front.includes('목차'))).toBe(false);
  });

  it('reads two bare flag lines written on one line, each with its own text', () => {
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.id, c.back.split('\n')[0]])).toEqual([
      ['blog-til-ko-container-logs-follow', '실시간으로 따라가기'],
      ['blog-til-ko-container-logs-tail', '마지막 n줄만.'],
    ]);
  });

  it('makes no flag card of a comment on a line that runs another command (`$(docker ps -aq)`)', () => {
    expect(note.cards.some((c) => c.id === 'blog-til-ko-container-rm-force')).toBe(false);
    expect(byId(note).get('blog-til-ko-container-rm')?.back).toContain('# 전부 삭제 (주의!!)');
  });
});

describe('question shapes one after another (mixed-questions.en.md)', () => {
  const note = parse('mixed-questions.en.md');

  it('ends each answer at the next question, whatever its shape, and makes a card of each', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['qa', 3, 'What is the difference between an image and a container?'],
      ['qa', 6, 'How do you keep data when a container is removed?'],
      ['qa', 9, 'What does EXPOSE do?'],
      // A numbered item that asks, answered on its next line.
      ['qa', 13, 'Can one container run several processes?'],
      // `- **Q:** …` then `- **A:** …`: one card of the two items.
      ['qa', 16, 'What is a dangling image?'],
    ]);
    expect(note.cards[2]!.back).toBe(
      'It records the port the app listens on. It publishes nothing; that takes `-p`.',
    );
    expect(note.cards[4]!.back).toBe(
      'A layer no tag points at any more, often left by a rebuild.\n`docker image prune` removes them.',
    );
  });

  it('makes no card of a question answered only by a TODO, and says so', () => {
    expect(note.cards.some((c) => c.front.includes('named volume live'))).toBe(false);
    expect(note.diagnostics.map((d) => d.message)).toContain(
      "the question '6. Where does a named volume live on the host?' has no answer below it",
    );
  });
});

describe('notes to self and closing summaries', () => {
  const note = parseText(
    [
      '# Debugging',
      '',
      '## Logs first',
      '',
      '`docker logs --tail 50 api` shows the last lines the app wrote before it died.',
      '',
      '> review later: `docker events --filter` and its keys.',
      '',
      '## Takeaways',
      '',
      'Read the logs, then inspect the container, then look at the events.',
      '',
    ].join('\n'),
    'debugging.md',
  );

  it('skips a quote that is a note to look something up later', () => {
    expect(note.skipped).toContainEqual({ line: 7, endLine: 7, reason: 'a placeholder, not yet written' });
    expect(note.cards.some((c) => c.back.includes('review later'))).toBe(false);
  });

  it('fronts a Takeaways section with the topic it sums up', () => {
    expect(note.cards.find((c) => c.source.line === 9)?.front).toBe('Debugging › Takeaways');
  });
});

describe('flashcard notes with a card of another shape after a Back (debug-cards.ko.md)', () => {
  const note = parse('debug-cards.ko.md');

  it('reads the line after the Back as its own card, and makes no flag card of it', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['qa', 3, '컨테이너 안에서 셸을 열려면?'],
      // (Its text is about the value: `root로 들어간다`.)
      ['flag', 7, '`docker container exec` `-u root`'],
      ['qa', 9, '이벤트를 실시간으로 보려면?'],
    ]);
    expect(note.cards[2]!.back).toBe('`docker events` (`--filter container=web` 으로 좁힐 수 있다)');
  });

  it('drops the particle and the verb of giving a flag from what it does (`-u root` 를 주면 …)', () => {
    expect(note.cards[1]!.back.split('\n')[0]).toBe('root로 들어간다');
  });

  it('skips a 나중에 추가할 것 list', () => {
    expect(note.skipped).toContainEqual({ line: 12, endLine: 12, reason: 'a to-do list' });
    expect(note.cards.some((c) => c.front.includes('나중에'))).toBe(false);
  });
});

describe('words about the note under its title', () => {
  it('are its introduction even when they open with a word of the title', () => {
    const note = parseText(
      [
        '# Registry practice',
        '',
        'Practice set for the exam. Part 1 has the answers under each question; no peeking.',
        '',
        '## Tags',
        '',
        'A tag is a movable name for one image; the same image can carry several.',
        '',
      ].join('\n'),
      'practice.md',
    );
    expect(note.skipped).toContainEqual({ line: 3, endLine: 3, reason: "the note's introduction" });
    expect(note.cards.map((c) => c.front)).toEqual(['Tags']);
  });
});

describe('a sources line with a few words beside its links', () => {
  it('is reference links, not a card', () => {
    const note = parseText(
      '# Images\n\n## Tags\n\nA tag is a movable name for one image.\n\nSources: [image reference](https://docs.docker.com/reference/cli/docker/image/), my class notes.\n',
      'sources.md',
    );
    expect(note.cards.map((c) => c.back)).toEqual(['A tag is a movable name for one image.']);
    expect(note.skipped).toContainEqual({ line: 7, endLine: 7, reason: 'reference links' });
  });
});

describe('a command bullet whose command takes a Korean particle', () => {
  it('keeps the whole sentence on the card (`docker compose down`으로는 …)', () => {
    const note = parseText(
      '# Compose\n\n## 볼륨\n\n- `docker compose down`으로는 볼륨이 안 지워지고 `down -v` 해야 지워진다.\n',
      'compose.md',
    );
    expect(note.cards.map((c) => [c.front, c.back])).toEqual([
      ['`docker compose down`', 'docker compose down으로는 볼륨이 안 지워지고 down -v 해야 지워진다.'],
    ]);
  });
});

describe('a bold question marked important after its `?`', () => {
  it('is still a question, its list the answer, not the first text of its section', () => {
    const note = parseText(
      [
        '# 면접',
        '',
        '## 보안 파트',
        '',
        '**Q. 컨테이너를 root로 실행하면 뭐가 문제인가? ⭐**',
        '- 컨테이너 안 root가 호스트의 root와 같은 UID 0이다',
        '',
        '**Q. `--privileged` 옵션은 왜 위험한가?** 🔥',
        '- 모든 capability를 준다',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      [
        'qa',
        '컨테이너를 root로 실행하면 뭐가 문제인가? ⭐',
        '- 컨테이너 안 root가 호스트의 root와 같은 UID 0이다',
      ],
      ['qa', '--privileged 옵션은 왜 위험한가? 🔥', '- 모든 capability를 준다'],
    ]);
  });
});

describe('answer keys written with arrows, or under a heading naming their part', () => {
  const question = (n: number, letters: string) => [
    `${n}. Which one is ${n}?`,
    ...letters.split('').map((l, i) => `   ${l}) option ${n}${i}`),
    '',
  ];

  it('reads `1 → b · 2 → C` on one line', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# Quiz',
          '',
          ...question(1, 'abcd'),
          ...question(2, 'ABCD'),
          '## Answer key',
          '',
          '1 → b · 2 → C',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual(['**B.** option 11', '**C.** option 22']);
    expect(note!.diagnostics).toEqual([]);
  });

  it('reads `### 객관식 정답` over `2-B / 3-b` as the key, not as a card', () => {
    const [note] = joinAnswerKeys([
      parseText(
        ['# 문제', '', ...question(2, 'ABCD'), ...question(3, 'abcd'), '### 객관식 정답', '2-B / 3-b'].join(
          '\n',
        ),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual(['**B.** option 21', '**B.** option 31']);
    expect(note!.cards.some((c) => c.front.includes('정답'))).toBe(false);
  });
});

describe('a bold question whose answer is folded below it', () => {
  it('takes the `<details>` answer, with no warning that it has none', () => {
    const note = parseText(
      [
        '# Prep',
        '',
        '**Q8. What does EXPOSE actually do?**',
        '',
        '<details><summary>Show answer</summary>',
        'Documents the port the app listens on; it publishes nothing.',
        '</details>',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.front, c.back])).toEqual([
      ['Q8. What does EXPOSE actually do?', 'Documents the port the app listens on; it publishes nothing.'],
    ]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('what is still to be written in a list', () => {
  const note = parseText(
    [
      '# Dockerfile',
      '',
      '## Instructions',
      '',
      '- `STOPSIGNAL` — which signal `docker stop` sends instead of SIGTERM',
      '- `ONBUILD` — hmm. TODO',
      '',
      '## Checklist',
      '',
      '- [ ] `--user 10001:10001` — runs as a non-root user even if the image has no `USER` line',
      '- [ ] `.dockerignore` 가 있는가',
      '- [ ] AppArmor card',
      '- [ ] macvlan 실습',
    ].join('\n'),
  );

  it('makes no card of a placeholder explanation, and says so', () => {
    expect(note.cards.map((c) => c.front)).not.toContain('`ONBUILD`');
    expect(note.diagnostics.map((d) => d.message)).toContain(
      "'ONBUILD' has no explanation yet (a placeholder); no card",
    );
  });

  it('skips an unticked box of a few words as a to-do, and keeps one that explains or asks', () => {
    const checklist = note.cards.find((c) => c.source.line === 8);
    const backs = note.cards.map((c) => c.back).join('\n');
    expect(backs).toContain('runs as a non-root user');
    expect(backs).toContain('`.dockerignore` 가 있는가');
    expect(backs).not.toContain('AppArmor card');
    expect(backs).not.toContain('macvlan 실습');
    // One span for the run of them.
    expect(note.skipped).toContainEqual({ line: 12, endLine: 13, reason: 'a to-do item' });
    expect(checklist).toBeDefined();
  });
});

describe('a flashcard file with an Anki deck line, whose last Back goes on with prose', () => {
  const note = parseText(
    [
      'Deck: DevOps::Docker::Swarm',
      '',
      '# Swarm cards',
      '',
      '## Swarm',
      '',
      '### Front',
      'Lost the join command — how do you get it back?',
      '### Back',
      '`docker swarm join-token worker` prints it again.',
      '',
      'Q: How does a node leave the swarm?',
      'A: `docker swarm leave` on that node.',
      '',
      'A secret is kept encrypted in the Raft log and shows up in the container as a file under `/run/secrets`.',
    ].join('\n'),
  );

  it('makes no card of the deck line', () => {
    expect(note.cards.some((c) => c.front.startsWith('Deck'))).toBe(false);
  });

  it('reads the prose after the last Back as its section’s, not as a card fronted `Back`', () => {
    expect(note.cards.map((c) => c.front).sort()).toEqual([
      'How does a node leave the swarm?',
      'Lost the join command — how do you get it back?',
      // (The path a secret shows up under is a name of Docker's: its blank.)
      'Swarm › A secret is kept encrypted in the Raft log and shows up in the container as a file under [...].',
    ]);
    // (The prose is a cloze of its own; no card of the section repeats it.)
    expect(note.cards.some((c) => c.front === 'Swarm')).toBe(false);
  });
});

describe('a flag line whose value is an address with a prefix length', () => {
  it('keeps `172.30.0.0/16` as the value, out of what the flag does', () => {
    const note = parseText(
      [
        '# Networks',
        '',
        '```bash',
        'docker network create mynet',
        '```',
        '',
        'network create 할 때 쓸만한 옵션:',
        '',
        '> `--subnet 172.30.0.0/16` : 자동 할당 말고 서브넷 직접 지정',
        '> `--internal` : 외부로 나가는 통신이 막힌 네트워크',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.front, c.back])).toEqual([
      ['`docker network create` `--subnet`', '자동 할당 말고 서브넷 직접 지정'],
      ['`docker network create` `--internal`', '외부로 나가는 통신이 막힌 네트워크'],
    ]);
  });
});

describe('more ways to write a multiple-choice answer', () => {
  const options = (n: number) => [`${n}. Which one is ${n}?`, `   A. one`, `   B. two`, `   C. three`, ''];

  it('takes `→ b` below the options, and a key of `5 B · 9 B (why) · 10 A`', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# Prep',
          '',
          '**4.** Which one is 4?',
          'a) one',
          'b) two',
          '',
          '→ b',
          '',
          ...options(5),
          ...options(9),
          ...options(10),
          '## Answer key',
          '5 B · 9 C (the third, as always) · 10 A',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual([
      '**B.** two',
      '**B.** two',
      '**C.** three\n\nthe third, as always',
      '**A.** one',
    ]);
    expect(note!.diagnostics).toEqual([]);
  });
});

describe('a quiz of multiple choice and O/X statements that both number from 1, both keys at the end', () => {
  it('answers each statement from the O/X line, not from the table of letters', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# 퀴즈',
          '',
          '**1. 기본 bridge에서 안 되는 것은?**',
          'a) 인터넷 접속',
          'b) 이름으로 찾기',
          '',
          '1. 컨테이너를 지우면 named volume도 지워진다. ( )',
          '2. `--network host`는 호스트의 네트워크를 같이 쓴다. ( )',
          '',
          '## 정답표',
          '',
          '| 번호 | 정답 | 해설 |',
          '|---|---|---|',
          '| 1 | b | 내장 DNS |',
          '',
          'O/X : 1-X (따로 지워야 함) · 2-O',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual([
      '**B.** 이름으로 찾기\n\n내장 DNS',
      '**X**\n\n따로 지워야 함',
      '**O**',
    ]);
    expect(note!.diagnostics).toEqual([]);
  });
});

describe('cloze items after a bold question and its bullets', () => {
  it('are cards of their own, not more of the answer', () => {
    const note = parseText(
      [
        '# Swarm',
        '',
        '**`docker stack deploy`는 뭐고 주의점은?**',
        '- compose 파일로 여러 서비스를 한번에 배포',
        '',
        '- 워커를 매니저로 승격시키는 명령은 {{c1::docker node promote}} 이다',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['qa', 'docker stack deploy는 뭐고 주의점은?'],
      ['cloze', '워커를 매니저로 승격시키는 명령은 [...] 이다'],
    ]);
    expect(note.cards[0]!.back).not.toContain('promote');
  });
});

describe('keys in a T/F or O/X table, and side by side between slashes', () => {
  it('answers true/false statements from a `| # | T/F | why |` table', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# Quiz',
          '',
          '## Part 2 — true / false',
          '',
          '1. Bind mounts show up in `docker volume ls`.',
          '2. `:ro` at the end of a `-v` mount makes it read-only.',
          '',
          '| # | T/F | why |',
          '|---|-----|-----|',
          '| 1 | F | a bind mount is only a host path |',
          '| 2 | T | |',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual([
      '**F.** False\n\na bind mount is only a host path',
      '**T.** True',
    ]);
  });

  it('reads `8-B / 9-A / 12-1-B`, a question numbered under another left out', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# 퀴즈',
          '',
          '8. 첫 명령은?',
          '   A. create   B. init',
          '',
          '9. 늘리는 명령은?',
          '   A. `scale web=5`  B. `replicas web 5`',
          '',
          '## 정답',
          '',
          '8-B / 9-A / 12-1-B',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.back)).toEqual(['**B.** init', '**A.** `scale web=5`']);
  });
});

describe('a numbered question above its folded answer, and remarks below a key', () => {
  it('takes `20. …?` as the question of the `답변 보기` below it, not the section title', () => {
    const note = parseText(
      [
        '# 퀴즈',
        '',
        '## Part 4. 주관식',
        '',
        '20. 익명 볼륨은 언제 생기나요?',
        '<details>',
        '<summary>답변 보기</summary>',
        '`-v /app/data`처럼 컨테이너 쪽 경로만 주면 생긴다.',
        '</details>',
      ].join('\n'),
    );
    expect(note.cards.map((c) => c.front)).toEqual(['20. 익명 볼륨은 언제 생기나요?']);
  });

  it('makes no card of a score or a remark below the entries of a key', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# Quiz',
          '',
          '1. Which one?',
          '   A. one',
          '   B. two',
          '',
          '## Answer key',
          '',
          '1-B · 2-A',
          '',
          '> 채점: 1차 19/25, 2차 24/25',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => c.front)).toEqual(['1. Which one?\n\nA. one\nB. two']);
    expect(note!.skipped!.map((s) => s.reason)).toContain('a remark on the answer key');
  });
});

describe('rapid-fire questions answered after an arrow, and a flag table whose last column is an example', () => {
  it('takes `Q22. …?` then `→ …` as a question and its answer', () => {
    const note = parseText(
      ['# Ops', '', 'Q22. How do you limit a container’s memory?', '→ `--memory 512m` on `docker run`.'].join(
        '\n',
      ),
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ['qa', 'How do you limit a container’s memory?', '`--memory 512m` on `docker run`.'],
    ]);
  });

  it('takes what a flag does from the column of words, not from the Example column', () => {
    const note = parseText(
      [
        '# Resources',
        '',
        'Limits for `docker run`:',
        '',
        'Flag | What it limits | Example',
        '--- | --- | ---',
        '`--cpus` | how many CPUs worth of time | `--cpus 1.5`',
        '`--pids-limit` | max number of processes (fork bomb protection) | `--pids-limit 100`',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => c.back.split('\n\n')[0])).toEqual([
      'how many CPUs worth of time',
      'max number of processes (fork bomb protection)',
    ]);
  });
});

describe('a folded comparison, and a line naming sources', () => {
  const note = parseText(
    [
      '# Swarm',
      '',
      '<details><summary>replicated vs global mode</summary>',
      '',
      'replicated = N copies wherever the scheduler puts them; global = one task on each node.',
      '</details>',
      '',
      '## Cleanup',
      '',
      'ref: security chapter of the course + [[Swarm lab notes]]',
    ].join('\n'),
  );

  it('asks the comparison of a <details> summary as a question', () => {
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([['qa', 'replicated vs global mode']]);
  });

  it('skips the `ref:` line as references, leaving no card of its section', () => {
    expect(note.skipped).toContainEqual({ line: 10, endLine: 10, reason: 'reference links' });
  });
});

describe('options side by side between slashes', () => {
  it('reads `A. bridge / B. host / C. overlay` as three options', () => {
    const [note] = joinAnswerKeys([
      parseText(
        [
          '# 퀴즈',
          '',
          '10. 여러 호스트를 잇는 드라이버는?',
          '   A. bridge / B. host / C. overlay',
          '',
          '정답: C',
        ].join('\n'),
      ),
    ]);
    expect(note!.cards.map((c) => [c.choices?.options, c.back])).toEqual([
      [['bridge', 'host', 'overlay'], '**C.** overlay'],
    ]);
  });
});

describe('a true/false statement whose mark gives the answer', () => {
  it('is a question answered by the mark not struck out (or the one in bold), never the statement as a fact', () => {
    const note = parseText(
      [
        '# Exam',
        '',
        '## Part E — true / false',
        '',
        '25. `docker system df` frees up disk space. — ~~T~~ / **F** _(it only reports usage)_',
        '26. `docker stop` waits 10 seconds before SIGKILL. — **T** / F',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      [
        'qa',
        '25. `docker system df` frees up disk space.\n\nTrue / False',
        '**F.** False\n\nit only reports usage',
      ],
      ['qa', '26. `docker stop` waits 10 seconds before SIGKILL.\n\nTrue / False', '**T.** True'],
    ]);
    expect(note.cards[0]!.choices).toMatchObject({ options: ['True', 'False'], answer: 1 });
  });
});

describe('answers given in other ways: ticks, footnotes, comments', () => {
  const cardsOf = (text: string) =>
    joinAnswerKeys([parseText(text)])[0]!.cards.map((c) => [c.front.split('\n')[0], c.back]);

  it('takes the only ticked option as the answer', () => {
    const text = [
      '# Exam',
      '',
      '**7.** Which instruction sets the working directory?',
      '- [ ] a) `CD`',
      '- [x] b) `WORKDIR`',
      '- [ ] c) `PATH`',
    ].join('\n');
    expect(cardsOf(text)).toEqual([
      ['**7.** Which instruction sets the working directory?', '**B.** `WORKDIR`'],
    ]);
    // Two ticks say nothing: the question waits for a key, and none comes.
    const twice = parseText(text.replace('- [ ] c)', '- [x] c)'));
    expect(twice.cards).toEqual([]);
    expect(twice.openQuestions?.map((q) => q.number)).toEqual([7]);
  });

  it('reads options run on in one line after the question, and a footnote that answers', () => {
    const text = [
      '# Exam',
      '',
      '**12.** `docker run --read-only nginx` — what is read-only? a) all volumes b) the root filesystem c) the image [^12]',
      '',
      '**13.** Where is a secret mounted? a) an env var b) `/run/secrets/` c) `/etc/secrets/` [^13]',
      '',
      '[^12]: **b** — volumes you add can still be writable.',
      '',
      '[^13]: b',
    ].join('\n');
    const note = joinAnswerKeys([parseText(text)])[0]!;
    expect(note.cards.map((c) => [c.front, c.back])).toEqual([
      [
        '**12.** `docker run --read-only nginx` — what is read-only?\n\nA. all volumes\nB. the root filesystem\nC. the image',
        '**B.** the root filesystem\n\nvolumes you add can still be writable.',
      ],
      [
        '**13.** Where is a secret mounted?\n\nA. an env var\nB. `/run/secrets/`\nC. `/etc/secrets/`',
        '**B.** `/run/secrets/`',
      ],
    ]);
    // The two footnotes, one span of key entries.
    expect(note.skipped!.map((s) => [s.line, s.endLine, s.reason])).toEqual([
      [7, 9, 'an answer-key entry (its question gets the answer)'],
    ]);
  });

  it('leaves prose that happens to hold `a) b) c)` alone', () => {
    const note = parseText(
      '# Mounts\n\nThere are three kinds a) bind mounts b) volumes c) tmpfs mounts, each for its own job.\n',
    );
    expect(note.cards.map((c) => c.kind)).toEqual(['concept']);
  });

  it('reads the answer from a comment below the options', () => {
    const text = [
      '# Bonus',
      '',
      '**29.** Which command lists the layers of an image?',
      'A. `docker image inspect`  B. `docker history`  C. `docker layers`',
      '<!-- answer: B -->',
    ].join('\n');
    expect(cardsOf(text)).toEqual([
      ['**29.** Which command lists the layers of an image?', '**B.** `docker history`'],
    ]);
  });
});

describe('a table of statements, each with its mark', () => {
  it('asks each row as written, answered by its ✔ or ✘, with the remark below on its back', () => {
    const note = parseText(
      [
        '# Part D — true / false',
        '',
        '| # | Statement | T/F |',
        '|---|-----------|:---:|',
        '| 16 | `docker volume rm` deletes a volume in use | ✘ |',
        '| 17 | `docker rm -f` removes a running container | ✔ |',
        '',
        '(16: a volume in use is refused; stop the container first)',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        5,
        '16. `docker volume rm` deletes a volume in use\n\nTrue / False',
        '**F.** False\n\na volume in use is refused; stop the container first',
      ],
      [6, '17. `docker rm -f` removes a running container\n\nTrue / False', '**T.** True'],
    ]);
    expect(note.cards[1]!.choices).toMatchObject({ options: ['True', 'False'], answer: 0 });
  });

  it('leaves a table whose answers are not marks to the question tables', () => {
    const note = parseText(
      ['# Q', '', '| 문제 | 정답 |', '|---|---|', '| 기본 네트워크 드라이버는? | bridge |'].join('\n'),
    );
    expect(note.cards.map((c) => [c.front, c.back])).toEqual([['기본 네트워크 드라이버는?', 'bridge']]);
  });
});

describe('O/X statements answered in their own line or just below', () => {
  it('reads `→ **X** (why)`, `(O)` and `(X) — why` under an O/X heading, and a revealed `<details>` below `( )`', () => {
    const note = parseText(
      [
        '## Part 3. O/X',
        '',
        '13. `EXPOSE 8080`만 써도 호스트에서 접속할 수 있다. ( )',
        '<details><summary>정답</summary>X — 실제 publish는 `-p`로 해야 함</details>',
        '',
        '15. `docker stop`만 해도 쓰기 레이어가 사라진다. → **X** (rm 해야 사라짐)',
        '',
        '17. `COPY --chown`으로 소유자를 정할 수 있다. (O)',
        '',
        '18. `docker logs`는 로그 파일 내용도 보여준다. (X) — stdout/stderr만',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front.split('\n')[0], c.back])).toEqual([
      [3, '13. `EXPOSE 8080`만 써도 호스트에서 접속할 수 있다.', '**X**\n\n실제 publish는 `-p`로 해야 함'],
      [6, '15. `docker stop`만 해도 쓰기 레이어가 사라진다.', '**X**\n\nrm 해야 사라짐'],
      [8, '17. `COPY --chown`으로 소유자를 정할 수 있다.', '**O**'],
      [10, '18. `docker logs`는 로그 파일 내용도 보여준다.', '**X**\n\nstdout/stderr만'],
    ]);
    expect(note.cards.every((c) => c.choices?.options.join() === 'O,X')).toBe(true);
  });

  it('reads a lone mark only under such a heading', () => {
    const note = parseText('## 메모\n\n17. `COPY --chown`으로 소유자를 정할 수 있다. (O)\n');
    expect(note.cards.every((c) => c.kind !== 'qa')).toBe(true);
  });
});

describe('punctuation written as entities', () => {
  it('reads `&mdash;` and `&rarr;` between a term and its text as the dash and arrow they stand for, outside code', () => {
    const note = parseText(
      [
        '# Compose',
        '',
        '- `services:` &mdash; one entry per container type, named as other services reach it.',
        '- `ports:` &rarr; `HOST:CONTAINER` pairs, the host side first.',
        '',
        'Written as is in code: `a &mdash; b`.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.front, c.back])).toEqual([
      ['**services:**', 'one entry per container type, named as other services reach it.'],
      ['**ports:**', '`HOST:CONTAINER` pairs, the host side first.'],
    ]);
    expect(note.cards.find((c) => c.kind === 'concept')!.back).toContain('`a &mdash; b`');
  });
});

describe('terms a paragraph opens with in bold', () => {
  it('takes `**Term.** text` as a term and its definition', () => {
    const note = parseText(
      '# Recap\n\n**Service discovery.** Docker runs a DNS resolver on user-defined networks, so containers find each other by name.\n',
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => c.front)).toEqual([
      '**Service discovery**',
    ]);
  });

  it('gives each line of a paragraph of bold-led lines its own card and line', () => {
    const note = parseText(
      [
        '# Also on the exam',
        '',
        '**VOLUME** &ndash; marks a path as a mount point; Docker makes an anonymous volume there.<br>',
        '**STOPSIGNAL** &ndash; the signal `docker stop` sends instead of SIGTERM, when set.<br>',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        3,
        '**VOLUME**',
        '**VOLUME** – marks a path as a mount point; Docker makes an anonymous volume there.',
      ],
      [4, '**STOPSIGNAL**', '**STOPSIGNAL** – the signal `docker stop` sends instead of SIGTERM, when set.'],
    ]);
  });
});

describe('items that each open with the code they explain', () => {
  it('makes a term card of each key below a compose file, the whole item its back', () => {
    const note = parseText(
      [
        '# Compose walkthrough',
        '',
        'What each part does:',
        '- `build: .` builds the image from the Dockerfile in this folder.',
        '- `ports:` is `HOST:CONTAINER`, so the browser goes to port 8000.',
        '- `depends_on` with `condition: service_healthy` waits for the healthcheck.',
        '- no `networks:` written, so compose makes a default one.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.front, c.back])).toEqual([
      ['`build: .`', '`build: .` builds the image from the Dockerfile in this folder.'],
      ['`ports:`', '`ports:` is `HOST:CONTAINER`, so the browser goes to port 8000.'],
      ['`depends_on`', '`depends_on` with `condition: service_healthy` waits for the healthcheck.'],
    ]);
  });

  it('leaves commands and instructions to their own shapes', () => {
    const note = parseText(
      [
        '# Mixed',
        '',
        '- `FROM` 은 반드시 버전까지 고정합니다, latest 태그는 쓰지 않습니다.',
        '- `swarm init` makes this machine the first manager of a swarm.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term')).toEqual([]);
  });
});

describe('flags in running text', () => {
  it('reads a flag that opens a clause after a dash', () => {
    const note = parseText(
      [
        '# Multi-arch',
        '',
        '```bash',
        'docker buildx build --platform linux/amd64,linux/arm64 -t me/app:1.0 --push .',
        '```',
        '',
        'This builds for two CPU architectures at once &mdash; `--platform` takes a comma separated list of platforms.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => c.front)).toContain(
      '`docker buildx build` `--platform`',
    );
  });
});

describe('an answer key table with a question of several right options', () => {
  const note = keyed([
    '# Part B',
    '',
    '**10.** Which command lists the tasks of a service?',
    'A. `docker service ls`  B. `docker service ps web`  C. `docker node ps`',
    '',
    '**11.** Which commands scale `web` to 6? (choose TWO)',
    'A. `docker service scale web=6`  B. `docker service update --replicas 6 web`  C. `docker scale web 6`',
    '',
    '## Answer key',
    '',
    '| Q | Answer | Why |',
    '|---|---|---|',
    '| 10 | B | — |',
    '| 11 | A, B | `scale` is a shortcut for `update --replicas` |',
  ]);

  it('reads every row, and shows each right option of the one with two', () => {
    expect(backs(note)).toEqual([
      [3, '**B.** `docker service ps web`'],
      [
        6,
        '**A.** `docker service scale web=6`\n**B.** `docker service update --replicas 6 web`\n\n`scale` is a shortcut for `update --replicas`',
      ],
    ]);
    // One right option is a question of one choice; two are not.
    expect(note.cards.map((c) => c.choices?.answer)).toEqual([1, undefined]);
  });

  it('never makes a card of a number and a letter, though the table has a `Q` column', () => {
    const alone = parseText(['# Key', '', '| Q | Answer |', '|---|---|', '| 10 | B |'].join('\n'));
    expect(alone.cards.filter((c) => c.front === '10')).toEqual([]);
  });
});

describe('an exam whose key table heads its columns `# | Ans | Why`', () => {
  const note = keyed([
    '# Practice exam',
    '',
    '**1. Which command makes this host a swarm manager?**',
    '',
    'A. `docker swarm create`',
    'B. `docker swarm init`',
    '',
    '**2. Given this Dockerfile, what runs for `docker run img --verbose`?**',
    '',
    '```dockerfile',
    'ENTRYPOINT ["/app"]',
    'CMD ["--help"]',
    '```',
    '',
    'A. `/app --help`',
    'B. `/app --verbose`',
    '',
    '## Answer key',
    '',
    '| # | Ans | Why |',
    '|---|---|---|',
    '| 1 | B | the first manager |',
    '| 2 | B | arguments replace CMD |',
  ]);

  it('answers each question from its row, the bold one over its code too', () => {
    expect(backs(note)).toEqual([
      [3, '**B.** `docker swarm init`\n\nthe first manager'],
      [8, '**B.** `/app --verbose`\n\narguments replace CMD'],
    ]);
    expect(note.cards[1]!.front).toContain('CMD ["--help"]');
    // The quiz asks without the number, and without the bold it stood in.
    expect(note.cards.map((c) => c.choices?.stem)).toEqual([
      'Which command makes this host a swarm manager?',
      'Given this Dockerfile, what runs for `docker run img --verbose`?\n\n```dockerfile\nENTRYPOINT ["/app"]\nCMD ["--help"]\n```',
    ]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('text below a block of two commands, code first (the Korean TIL layout)', () => {
  const note = parseText(
    [
      '# TIL',
      '',
      '## 백그라운드 실행 + 들어가기',
      '',
      '```',
      '$ docker run -d --name web -p 8080:80 nginx',
      '$ docker exec -it web bash',
      '```',
      '',
      '- -d : 백그라운드로 실행하고 ID 만 출력',
      '- --name : 이름 지정',
      '- -i : STDIN 열어둠',
      '',
      'exec 는 이미 실행 중인 컨테이너에 프로세스를 하나 더 띄우는 거. exit 해도 컨테이너는 안 죽음.',
    ].join('\n'),
  );
  const back = (command: string) =>
    note.cards.find((c) => c.kind === 'command' && c.command === command)!.back;

  it("gives each command the items and paragraphs that name it or its line's flags", () => {
    expect(back('docker container run')).toContain('- -d : 백그라운드로');
    expect(back('docker container run')).not.toContain('exec 는');
    expect(back('docker container exec')).toContain('exec 는 이미 실행 중인');
    expect(back('docker container exec')).not.toContain('--name');
    // `-i` is neither line's as written (`-it` is), but its list is `docker run`'s flags.
    expect(back('docker container run')).toContain('-i : STDIN');
    expect(back('docker container exec')).not.toContain('-i : STDIN');
  });
});

describe('terms nested under a label item (`- action` over `- `sync` : …`)', () => {
  const note = parseText(
    [
      '# Compose',
      '',
      '## watch',
      '',
      '- action',
      '  - `sync` : 바뀐 파일을 컨테이너로 복사만 한다',
      '  - `rebuild` : 이미지를 새로 빌드하고 컨테이너를 바꾼다',
      '- later',
      '  - `--from` maybe',
    ].join('\n'),
  );

  it('makes a term card of each, fronted with its label, and the section card keeps the list', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['concept', 3, 'watch'],
      ['term', 6, '**sync** — action'],
      ['term', 7, '**rebuild** — action'],
    ]);
    expect(note.cards[0]!.back).toContain('- action');
    expect(note.skipped).toEqual([]);
  });
});

describe('command rows whose argument is a placeholder in Korean (`docker kill <이름>`)', () => {
  it('make a card each, as rows with an English placeholder do', () => {
    const note = parseText(
      [
        '# 치트',
        '',
        '| 명령어 | 설명 |',
        '|---|---|',
        '| `docker kill <이름>` | 바로 SIGKILL |',
        '| `docker top [컨테이너]` | 안의 프로세스 목록 |',
        '| `docker port {id}` | 포트 매핑 확인 |',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.id, c.back])).toEqual([
      ['command', 'inline-container-kill', '바로 SIGKILL'],
      ['command', 'inline-container-top', '안의 프로세스 목록'],
      ['command', 'inline-container-port', '포트 매핑 확인'],
    ]);
  });

  it('still read `docker image가 …` in code as prose', () => {
    const note = parseText(['# 메모', '', '```', 'docker image가 뭔지 헷갈림', '```'].join('\n'));
    expect(note.cards.filter((c) => c.kind === 'command')).toEqual([]);
  });
});

describe('a review checklist of questions (`- [x] 태그를 고정했나?` over why)', () => {
  it('makes a card of each item that asks, its box left out and its next lines the answer', () => {
    const note = parseText(
      [
        '# 리뷰',
        '',
        '## 베이스 이미지',
        '',
        '- [x] 태그를 고정했나? (`latest` 금지)',
        '  `FROM node:latest` 는 빌드마다 다른 이미지가 될 수 있음.',
        '- [ ] 프로덕션이면 digest 까지 고정했나?',
        '  태그는 움직이니까 digest 로 고정한다.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'qa').map((c) => [c.front, c.back])).toEqual([
      ['태그를 고정했나? (latest 금지)', '`FROM node:latest` 는 빌드마다 다른 이미지가 될 수 있음.'],
      ['프로덕션이면 digest 까지 고정했나?', '태그는 움직이니까 digest 로 고정한다.'],
    ]);
  });
});

describe('terms defined a paragraph each, under any heading', () => {
  const note = parseText(
    [
      '# 용어',
      '',
      '## 이미지 관련',
      '',
      '**이미지 (image)** — 컨테이너를 만들기 위한 읽기 전용 템플릿이다. 레이어 여러 장의 묶음.',
      '',
      '**태그 (tag)** — 이미지에 붙이는 사람이 읽는 이름표. 안 붙이면 기본값 latest 가 된다.',
      '',
      '```bash',
      'docker tag myapp:dev registry.example.com/team/myapp:1.4.2',
      '```',
    ].join('\n'),
  );

  it('makes a term card of each, and no card of the section that repeats them all', () => {
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['command', '`docker image tag`'],
      ['term', '**이미지 (image)**'],
      ['term', '**태그 (tag)**'],
    ]);
    // The example's card says what the command does, without the glossary on its back.
    expect(note.cards[0]!.back).not.toContain('읽기 전용 템플릿');
  });
});

describe('practice drills (`**Drill 1:** task`, the command in a fence, `Why: …`)', () => {
  const note = parseText(
    [
      '# Drills',
      '',
      '**Drill 1:** Run nginx as `web` in the background on host port 8080. ❌',
      '',
      '```bash',
      'docker run -d --name web -p 8080:80 nginx',
      '```',
      '',
      'Why: `-p` is HOST:CONTAINER.',
      '',
      '**문제 2:** 떠 있는 `web` 의 재시작 정책만 바꾸기.',
      '',
      '```bash',
      'docker update --restart on-failure:5 web',
      '```',
      '',
      '이유: `docker update` 는 재생성 없이 바꾼다.',
    ].join('\n'),
  );

  it('fronts each card by its task, its code and why the answer', () => {
    expect(note.cards.filter((c) => c.kind === 'qa').map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        3,
        'Run nginx as `web` in the background on host port 8080.',
        '```bash\ndocker run -d --name web -p 8080:80 nginx\n```\n\nWhy: `-p` is HOST:CONTAINER.',
      ],
      [
        11,
        '떠 있는 `web` 의 재시작 정책만 바꾸기.',
        '```bash\ndocker update --restart on-failure:5 web\n```\n\n이유: `docker update` 는 재생성 없이 바꾼다.',
      ],
    ]);
    expect(note.cards.some((c) => /^\*\*Drill/.test(c.front))).toBe(false);
  });
});

describe('`question? → answer` lines (a quick reference)', () => {
  it('makes a card of each line, and a line that asks nothing goes on with the answer above', () => {
    const note = parseText(
      [
        '# Contexts',
        '',
        '## Quick Q → A',
        '',
        'What is a context? → a named bundle of which daemon and how to connect',
        'Which one am I on? → `docker context show`',
        '  (or the `*` in `docker context ls`)',
        'Q: does it change the server? → no, it is client-side config',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['qa', 5, 'What is a context?', 'a named bundle of which daemon and how to connect'],
      ['qa', 6, 'Which one am I on?', '`docker context show`\n(or the `*` in `docker context ls`)'],
      ['qa', 8, 'does it change the server?', 'no, it is client-side config'],
    ]);
  });

  it('reads no such lines when the first asks too little to be a question', () => {
    const note = parseText(['# x', '', '## y', '', 'A? → b c d', 'What is it? → a thing'].join('\n'));
    expect(note.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('a bold question with its answer run on after it on the same line', () => {
  it('is a question of its own, its paragraph the answer', () => {
    const note = parseText(
      [
        '# Buildx',
        '',
        '## Multi-platform',
        '',
        '**Why not `--load` with two platforms?** The classic image store cannot hold a manifest list, so it',
        'errors out. Push instead, or load one platform.',
        '',
        '**Without --push or --load:** the result stays in the build cache only.',
      ].join('\n'),
    );
    const asked = note.cards.find((c) => c.kind === 'qa')!;
    expect(asked).toMatchObject({ front: 'Why not --load with two platforms?', source: { line: 5 } });
    expect(asked.back).toBe(
      'The classic image store cannot hold a manifest list, so it\nerrors out. Push instead, or load one platform.',
    );
  });
});

describe('`**A:**` alone on its line over the bullets that answer', () => {
  it('answers the question above with the list', () => {
    const note = parseText(
      [
        '# Interview',
        '',
        '**Q:** How would you reduce image size?',
        '**A:**',
        '- a smaller base (alpine, distroless)',
        '- multi-stage builds',
        '',
        '**Q:** What is a dangling image?',
        '**A:** An image with no tag, shown as `<none>:<none>`.',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      [
        'qa',
        3,
        'How would you reduce image size?',
        '- a smaller base (alpine, distroless)\n- multi-stage builds',
      ],
      ['qa', 8, 'What is a dangling image?', 'An image with no tag, shown as `<none>:<none>`.'],
    ]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('an `A:` line that runs on into a list, and a `<details>` question asked by its words', () => {
  const note = parseText(
    [
      '# 면접',
      '',
      'Q: 도커 아키텍처를 설명해보라',
      'A: 클라이언트-서버 구조.',
      '- CLI 가 REST API 로 dockerd 에 요청',
      '- dockerd 는 containerd 에 맡긴다',
      '',
      '* 이건 다른 목록',
      '',
      '<details><summary>이미지 크기를 줄이는 방법 3가지 이상 말해보라</summary>',
      '',
      '1. 작은 베이스 이미지',
      '2. 멀티스테이지 빌드',
      '',
      '</details>',
    ].join('\n'),
  );

  it('answers with the list that starts on the next line, not with another list after it', () => {
    const asked = note.cards.find((c) => c.front === '도커 아키텍처를 설명해보라');
    expect(asked).toMatchObject({
      kind: 'qa',
      back: '클라이언트-서버 구조.\n- CLI 가 REST API 로 dockerd 에 요청\n- dockerd 는 containerd 에 맡긴다',
    });
    expect(asked!.back).not.toContain('다른 목록');
  });

  it('reads `… 말해보라` in a summary as a question', () => {
    expect(note.cards.find((c) => c.front === '이미지 크기를 줄이는 방법 3가지 이상 말해보라')).toMatchObject(
      {
        kind: 'qa',
        back: '1. 작은 베이스 이미지\n2. 멀티스테이지 빌드',
      },
    );
  });
});

describe('`**Q.** …?` on its own line over the bullets that answer it', () => {
  const note = parseText(
    [
      '# 면접',
      '',
      '## 실행 / 운영',
      '',
      '**Q.** `docker stop` 과 `docker kill` 의 차이는?',
      '- stop : SIGTERM 보내고 10초 뒤 SIGKILL',
      '- kill : 바로 SIGKILL. `-s` 로 다른 시그널도 가능',
      '',
      '**Q.** `docker run -d` 로 띄웠는데 바로 종료돼요. 왜?',
      '- 메인 프로세스가 끝나면 컨테이너도 끝난다',
    ].join('\n'),
  );

  it('fronts each card by its question, its bullets the answer', () => {
    expect(note.cards.filter((c) => c.kind === 'qa').map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        5,
        'docker stop 과 docker kill 의 차이는?',
        '- stop : SIGTERM 보내고 10초 뒤 SIGKILL\n- kill : 바로 SIGKILL. `-s` 로 다른 시그널도 가능',
      ],
      [9, 'docker run -d 로 띄웠는데 바로 종료돼요. 왜?', '- 메인 프로세스가 끝나면 컨테이너도 끝난다'],
    ]);
  });

  it('reads flags in the answers, never in the question', () => {
    const flags = note.cards.filter((c) => c.kind === 'flag').map((c) => [c.id, c.back]);
    expect(flags).toEqual([['inline-container-kill-signal', '`-s` 로 다른 시그널도 가능']]);
  });
});

describe('an Obsidian card whose answer under `?` opens with a fence', () => {
  const note = parseText(
    [
      '# Security',
      '',
      '## Capabilities',
      '',
      'Drop everything, then give back only the right to bind low ports',
      '?',
      '```',
      'docker run --cap-drop ALL --cap-add NET_BIND_SERVICE nginx',
      '```',
      'drops and adds apply together, in any order',
      '',
      'NET_RAW is for::raw sockets, ping',
    ].join('\n'),
  );

  it('fronts the question and answers with the fence and the lines up to the blank line', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      [
        'qa',
        5,
        'Drop everything, then give back only the right to bind low ports',
        '```\ndocker run --cap-drop ALL --cap-add NET_BIND_SERVICE nginx\n```\n\ndrops and adds apply together, in any order',
      ],
      ['qa', 12, 'NET_RAW is for', 'raw sockets, ping'],
    ]);
  });
});

describe('a line that only leads into a table of flags', () => {
  it('makes no command or concept card of `자주 쓰는 옵션` or `… 옵션들만 추렸다`', () => {
    const table = (a: string, b: string) => [
      '',
      '| 옵션 | 설명 |',
      '|---|---|',
      `| \`${a}\` | 첫째 |`,
      `| \`${b}\` | 둘째 |`,
    ];
    const net = parseText(
      ['# 네트워크', '', '`docker network create` 자주 쓰는 옵션', ...table('-d', '--subnet')].join('\n'),
    );
    expect(net.cards.map((c) => c.kind)).toEqual(['flag', 'flag']);
    const run = parseText(
      [
        '## 기본 옵션 표',
        '',
        '`docker run [OPTIONS] IMAGE [COMMAND]` 에서 제일 많이 쓰는 옵션들만 추렸다.',
        ...table('-d', '--rm'),
      ].join('\n'),
    );
    expect(run.cards.map((c) => c.kind)).toEqual(['flag', 'flag']);
    expect(run.skipped!.map((s) => s.reason)).toEqual(['an introduction to the cards below it']);
  });
});

describe('Q and A lines in the other ways people write them', () => {
  const cards = (text: string) => parseText(text).cards.map((c) => [c.kind, c.source.line, c.front, c.back]);

  it('reads a labelled question answered on its next line or in the next paragraph, with no `A:`', () => {
    expect(
      cards(
        [
          '# Q',
          '',
          '**Q3: How do you list all containers, stopped ones too?**',
          'Use `docker ps -a`.',
          '',
          'Q4) What does `docker logs -f` do?',
          '',
          'It follows the log output as it is written.',
        ].join('\n'),
      ),
    ).toEqual([
      ['qa', 3, 'How do you list all containers, stopped ones too?', 'Use `docker ps -a`.'],
      ['qa', 6, 'What does `docker logs -f` do?', 'It follows the log output as it is written.'],
    ]);
  });

  it('reads `Q12 - …` / `A12 - …`, `Question 8 — …` / `Answer — …`, and a `<br>` after the question', () => {
    expect(
      cards(
        [
          '# Q',
          '',
          'Q12 - Why pin base image versions?',
          'A12 - So builds are reproducible.',
          '',
          'Question 8 — What does `--rm` do?',
          'Answer — removes the container when it exits.',
          '',
          '**Question:** What does `HEALTHCHECK` do?<br>',
          '**Answer:** Runs a command that says whether the container is healthy.',
        ].join('\n'),
      ),
    ).toEqual([
      ['qa', 3, 'Why pin base image versions?', 'So builds are reproducible.'],
      ['qa', 6, 'What does `--rm` do?', 'removes the container when it exits.'],
      ['qa', 9, 'What does `HEALTHCHECK` do?', 'Runs a command that says whether the container is healthy.'],
    ]);
  });

  it('reads a question and its answer on one line of a list item, and in a quote', () => {
    expect(
      cards(
        [
          '# Q',
          '',
          "- **Q:** What is a volume? **A:** Storage Docker manages, outside the container's layer.",
          '',
          '> **Q.** Does `EXPOSE` publish a port?',
          '> **A.** No, it only documents it; `-p` publishes.',
        ].join('\n'),
      ),
    ).toEqual([
      ['qa', 3, 'What is a volume?', "Storage Docker manages, outside the container's layer."],
      ['qa', 5, 'Does `EXPOSE` publish a port?', 'No, it only documents it; `-p` publishes.'],
    ]);
  });

  it('leaves a `Q:` line that asks nothing, with no answer label, alone', () => {
    expect(cards('# Q\n\nQ: the usual suspects\nlogs, inspect and exec.\n').map((c) => c[0])).toEqual([
      'concept',
    ]);
  });

  it('drops the dash between a bold question and its answer in an item', () => {
    expect(
      cards(
        '# Q\n\n10. **What does `docker system prune` remove?** — stopped containers and dangling images.\n',
      ),
    ).toEqual([
      ['qa', 3, 'What does docker system prune remove?', 'stopped containers and dangling images.'],
    ]);
  });
});

describe('a practice quiz answering in five ways', () => {
  const note = keyed([
    '# Quiz',
    '',
    '**4. Which service mode runs one task on every node?**',
    '',
    'A. replicated  B. global  C. ingress',
    '',
    '<details><summary>Show answer</summary>',
    '',
    '**B** — `--mode global`.',
    '</details>',
    '',
    '**23. Which port carries swarm management traffic?**',
    'A. 2375  B. 2376  C. 2377',
    'Ans: C (2375/2376 are the daemon API)',
    '',
    '## Mixed',
    '',
    '24. By default, manager nodes also run service tasks. (T/F) → **True** — drain them if not.',
    '13. Overlay traffic is encrypted by default. (T/F)',
    '',
    '7\\. 새 swarm을 만드는 명령은?',
    'a) `docker swarm join`',
    'b) `docker swarm init`',
    '',
    '## Answer key',
    '',
    '| # | Answer | 한줄 해설 |',
    '|---|---|---|',
    '| 13 | False | only with `--opt encrypted` |',
    '| 7 | b | join은 이미 있는 클러스터에 |',
  ]);

  it('answers each: a letter alone in a revealed details, `Ans:`, `(T/F) → True`, a key of True/False words', () => {
    expect(backs(note)).toEqual([
      // (The explanation names the option: it is not said twice.)
      [3, '**B.** `--mode global`.'],
      [12, '**C.** 2377\n\n(2375/2376 are the daemon API)'],
      [18, '**T.** True\n\ndrain them if not.'],
      [19, '**F.** False\n\nonly with `--opt encrypted`'],
      [21, '**B.** `docker swarm init`\n\njoin은 이미 있는 클러스터에'],
    ]);
  });

  it('asks an escaped `7\\.` without its number', () => {
    expect(note.cards.at(-1)!.choices?.stem).toBe('새 swarm을 만드는 명령은?');
  });

  it('makes no card of a question with no answer and no number to find one by', () => {
    const alone = parseText(['# Q', '', 'Which one?', 'A. this  B. that  C. neither'].join('\n'));
    expect(alone.cards).toEqual([]);
    expect(alone.diagnostics.map((d) => d.message)).toContain(
      "the multiple-choice question 'Which one?' has no answer",
    );
  });
});

describe('paragraphs that each open with the key they explain', () => {
  it('makes a term card of each, two or more in a section', () => {
    const note = parseText(
      [
        '# The file',
        '',
        '`build: .` means "build the image from the Dockerfile in this directory" instead of pulling one.',
        '',
        '`restart: unless-stopped` — restart the container whenever it dies, unless I stopped it.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.source.line, c.front])).toEqual([
      [3, '`build: .`'],
      [5, '`restart: unless-stopped`'],
    ]);
  });

  it('leaves one such paragraph to its section', () => {
    const note = parseText(
      '# The file\n\n`build: .` means "build the image from the Dockerfile in this directory".\n',
    );
    expect(note.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('flags of no command, written with a value', () => {
  it('show the value on the front, so two lines of one flag ask different things', () => {
    const note = parseText(
      [
        '# Storage',
        '',
        '```sh',
        '-v pgdata:/var/lib/postgresql/data            # named volume, survives docker rm',
        '-v ./init:/docker-entrypoint-initdb.d:ro      # bind mount, read-only inside',
        '-d nginx                                      # background, prints the id',
        '```',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['term', '`-v pgdata:/var/lib/postgresql/data`'],
      ['term', '`-v ./init:/docker-entrypoint-initdb.d:ro`'],
      ['term', '`-d`'],
    ]);
  });
});

describe("a repository's boilerplate sections", () => {
  it('makes no card of `## License` or `## 기여하기`', () => {
    const note = parseText(
      [
        '# Cheat sheet',
        '',
        '## License',
        '',
        'MIT',
        '',
        '## 기여하기',
        '',
        '오타나 틀린 내용은 PR 부탁드립니다.',
      ].join('\n'),
    );
    expect(note.cards).toEqual([]);
    expect(note.skipped!.map((s) => s.reason)).toEqual([
      "the repository's boilerplate (license, contributing)",
      "the repository's boilerplate (license, contributing)",
    ]);
  });
});

describe('a to-do in running text', () => {
  it('makes no flag card of a flag the writer means to look into', () => {
    const note = parseText(
      [
        '# 롤백',
        '',
        '```bash',
        'docker service update --image web:2 web',
        '```',
        '',
        '롤백 절차: TODO — `docker service update --rollback` 실제로 테스트해 보고 작성 예정.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag' && c.flag === '--rollback')).toEqual([]);
  });
});

describe('bullets that define a thing without markup', () => {
  it('makes a term card of `- bind mount : …`, not of a step, a label or text about flags', () => {
    const note = parseText(
      [
        '# 볼륨',
        '',
        '마운트 방식은 세가지가 있다',
        '',
        '- named volume : 도커가 관리하는 영역에 저장됨. 공식적으로 제일 권장하는 방법',
        '- bind mount : 호스트의 특정 경로를 그대로 컨테이너에 붙인다',
        '- 장점 : 컨테이너를 지워도 데이터가 남는다는 것이 제일 크다',
        '- step 2 : run the whole test suite before pushing anything',
        '- 첫번째 줄 : `--tail 100`으로 마지막 100줄부터 보여준다',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => c.front)).toEqual([
      '**named volume**',
      '**bind mount**',
    ]);
  });
});

describe('a bold question answered by bullets', () => {
  it('ends its answer at a line that leads into something else', () => {
    const note = parseText(
      [
        '# Images',
        '',
        '**Q: Quick ways to make an image smaller?**',
        '- start from a `-slim` or `alpine` base',
        '- multi-stage, so build tools never reach the final stage',
        '',
        'The Dockerfile I sketch on the whiteboard:',
        '',
        '```dockerfile',
        'FROM node:22-alpine AS build',
        '```',
      ].join('\n'),
    );
    expect(note.cards.find((c) => c.kind === 'qa')!.back).toBe(
      '- start from a `-slim` or `alpine` base\n- multi-stage, so build tools never reach the final stage',
    );
  });
});

describe('a study quiz keyed at the end', () => {
  const note = keyed([
    '# 퀴즈',
    '',
    '## Part 1. 객관식',
    '',
    '6. 모든 노드에 하나씩 배치하는 서비스 모드는?',
    '   A. replicated  B. global  C. spread',
    '',
    '## Part 2. OX',
    '',
    '| # | 문제 | O/X |',
    '|---|------|-----|',
    '| 1 | `docker compose stop` 은 컨테이너를 지우지 않는다. | |',
    '',
    '## Part 3. 빈칸 채우기',
    '',
    '1. 메모리에만 올라가는 마운트 유형은 ________ 이다.',
    '',
    '<details>',
    '<summary>빈칸 정답</summary>',
    '',
    '1. tmpfs',
    '',
    '</details>',
    '',
    '## 정답표',
    '',
    '**객관식 6~10**',
    '6-B',
    '',
    '**OX**',
    '1-O · 2-X',
  ]);

  it('answers the unmarked statement table, the blanks and the choices from keys under labels', () => {
    expect(backs(note)).toEqual([
      [5, '**B.** global'],
      [12, '**O**'],
      [16, '**tmpfs**'],
    ]);
  });
});

describe("a quiz page's own details", () => {
  it('makes no term card of `- 범위: …` or `- 출제: …`', () => {
    const note = parseText(
      ['# 퀴즈', '', '- 출제: 박지훈 (플랫폼팀 인프라 스터디)', '- 범위: 교재 5~7장 + 지난주 발표자료'].join(
        '\n',
      ),
    );
    expect(note.cards.filter((c) => c.kind === 'term')).toEqual([]);
  });
});

describe('a worksheet: bold T / F blanks answered below, fill-ins keyed on one line', () => {
  const note = keyed([
    '# Worksheet',
    '',
    '13. `EXPOSE 8080` publishes port 8080 on the host. **T / F**',
    '<details><summary>Show answer</summary>False. It only documents the port.</details>',
    '',
    '20. The instruction `________` sets the user later steps run as.',
    '21. `docker compose ________ --rm web sh` starts a one-off container.',
    '',
    '## Answer key',
    '',
    'Part D: 20 `USER` · 21 `run`',
  ]);

  it('answers each', () => {
    expect(backs(note)).toEqual([
      [3, '**F.** False\n\nIt only documents the port.'],
      [6, '**`USER`**'],
      [7, '**`run`**'],
    ]);
  });
});

describe('an Anki text export pasted into a note', () => {
  it('makes a question card of each tab-separated row, its HTML as markdown', () => {
    const note = parseText(
      [
        '# Export',
        '',
        'Front\tBack\tTags',
        '`docker rm -v` vs plain `docker rm`?\t`-v` also deletes the <b>anonymous</b> volumes<br>named ones stay\tdocker::cleanup',
        'Is `docker system prune -a` OK on CI?\tIt&rsquo;s destructive &amp; slow next time\tdocker::cleanup',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        4,
        '`docker rm -v` vs plain `docker rm`?',
        '`-v` also deletes the **anonymous** volumes\nnamed ones stay',
      ],
      [5, 'Is `docker system prune -a` OK on CI?', 'It’s destructive & slow next time'],
    ]);
  });

  it('leaves columns aligned with tabs alone', () => {
    const note = parseText(
      '# Commands\n\ndocker ps\tlists the running containers\ndocker images\tlists the images\n',
    );
    expect(note.cards.every((c) => c.kind !== 'qa')).toBe(true);
  });
});

describe('questions under an "Open questions" heading, answered', () => {
  it('are question cards, not a to-do list', () => {
    const note = parseText(
      [
        '## Open questions',
        '',
        '> [!question]- Can two containers share one network namespace?',
        '> Yes: `--network container:web` joins the namespace of web.',
        '',
        '## Questions to ask Marco',
        '',
        '- why is the CI runner so slow?',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['qa', 'Can two containers share one network namespace?'],
    ]);
  });
});

describe('a glossary table with a one-line definition column', () => {
  it('makes a term card of each row, not a command card of its related command', () => {
    const note = parseText(
      [
        '## 전체 보기',
        '',
        '| 용어 | 분류 | 한 줄 정의 | 관련 명령어 |',
        '| --- | --- | --- | --- |',
        '| 레지스트리 (Registry) | 이미지 | 이미지를 저장하고 배포하는 서버 | `docker login` |',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ['term', '**레지스트리 (Registry)**', '이미지를 저장하고 배포하는 서버'],
    ]);
  });
});

describe('a bold question that asks by its label', () => {
  it('is a question whatever mark ends it, but an incident label is not', () => {
    const note = parseText(
      [
        '# 면접',
        '',
        '**Q. 네트워크 드라이버 종류를 말해보세요.**',
        '- bridge: 단일 호스트 기본값',
        '- host: 호스트 네트워크 그대로 사용',
        '',
        '## 장애',
        '',
        '**문제: 포트 충돌**',
        '',
        '8080 포트를 다른 프로세스가 이미 쓰고 있었다.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'qa').map((c) => c.front)).toEqual([
      '네트워크 드라이버 종류를 말해보세요.',
    ]);
  });
});

describe('a table-of-contents marker', () => {
  it('is skipped as a table of contents', () => {
    const note = parseText(
      '# Top 30\n\n[TOC]\n\n## Q1. What is Docker?\n\nA platform to run apps in containers.\n',
    );
    expect(note.skipped!.map((s) => [s.line, s.reason])).toContainEqual([3, 'a table of contents']);
  });
});

describe('an option marked as the answer', () => {
  it('answers its question: a check after it, or the option in bold', () => {
    const note = parseText(
      [
        '# Q',
        '',
        '**1. Which driver spans hosts?**',
        'A. bridge',
        'B. overlay ✅',
        '',
        '**2. Default driver?**',
        'a) overlay',
        '**b) bridge**',
        '',
        '3. Which flag publishes?',
        '   A. `-P`  B. **`-p`**  C. `-e`',
      ].join('\n'),
    );
    expect(backs(note)).toEqual([
      [3, '**B.** overlay'],
      [7, '**B.** bridge'],
      [11, '**B.** `-p`'],
    ]);
  });
});

describe('an answer key written across a table', () => {
  it('reads the numbers of its header and the letters of its row', () => {
    const note = keyed([
      '# 기출',
      '',
      '**7.** 정지된 컨테이너만 지우는 명령은?',
      'A. `docker rm -f`  B. `docker container prune`',
      '',
      '**8.** 스웜 노드 간 통신용 드라이버는?',
      'A. bridge  B. host  C. overlay',
      '',
      '### 정답표',
      '',
      '| 7 | 8 |',
      '|---|---|',
      '| B | C |',
    ]);
    expect(note.cards.map((c) => c.back)).toEqual(['**B.** `docker container prune`', '**C.** overlay']);
  });
});

describe('an exam sheet scored with a grid (held-out set 32)', () => {
  const note = keyed([
    '# Mock exam',
    '',
    '**1.** Which command lists stopped containers too?',
    '  (a) `docker ps`',
    '  (b) `docker ps -a`',
    '',
    '**2.** Which restart policy restarts a container even when it exits with 0?',
    '  (a) `on-failure`',
    '  (b) `always`',
    '',
    '**3.** Which instruction adds a layer?',
    '  (a) ENV',
    '  (b) RUN',
    '',
    '## Part B — true / false & fill in',
    '',
    '**4.** True or false: `EXPOSE 80` publishes port 80 on the host. ______',
    '',
    '**5.** `docker stop` waits ______ seconds before it sends SIGKILL.',
    '',
    '## Answer grid',
    '',
    '| Q   | 1 | 2 |',
    '|-----|---|---|',
    '| Ans | b | b |',
    '| Q   | 3 |   |',
    '| Ans | b |   |',
    '',
    'Part B: 4 → **F** (only documentation, you need `-p`) · 5 → **10**',
    '',
    'Notes on the ones I got wrong:',
    '- Q2: `on-failure` only restarts on a non-zero exit code; `always` restarts whatever the code.',
  ]);

  it('answers every question: the grid by its labelled rows, in pairs; Part B by its line', () => {
    expect(note.diagnostics).toEqual([]);
    expect(backs(note)).toEqual([
      [3, '**B.** `docker ps -a`'],
      [
        7,
        '**B.** `always`\n\n`on-failure` only restarts on a non-zero exit code; `always` restarts whatever the code.',
      ],
      [11, '**B.** RUN'],
      [17, '**F.** False\n\nonly documentation, you need `-p`'],
      [19, '**10**'],
    ]);
  });

  it('asks the statement without its label and blank, and keeps the blank of the fill-in', () => {
    expect(note.cards[3]!.front).toBe('4. `EXPOSE 80` publishes port 80 on the host.\n\nTrue / False');
    expect(note.cards[4]!.front).toBe('5. `docker stop` waits ______ seconds before it sends SIGKILL.');
  });

  it('makes no card of a bold question number, of the grid or of the remark', () => {
    expect(note.cards.map((c) => c.kind)).toEqual(['qa', 'qa', 'qa', 'qa', 'qa']);
    const numbered = parseText(
      '# Notes\n\n## Part B\n\n**18.** Images are made of read-only layers.\n\n**19.** Containers add a writable layer.\n',
    );
    expect(numbered.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('a key table answering choices, O/X and blanks alike (held-out set 32)', () => {
  it('reads a row of words as the words of its blank, its remark below them', () => {
    const note = keyed([
      '# 모의고사',
      '',
      '**3.** 새 레이어를 만들지 않는 명령은?',
      '① `RUN`  ② `COPY`  ③ `ENV`',
      '',
      '**16.** 컨테이너는 자기만의 커널을 가진다. ( O / X )',
      '',
      '**19.** `docker build` 의 `______` 옵션으로 특정 스테이지까지만 빌드한다.',
      '',
      '## 📝 정답표 (채점용)',
      '',
      '| 번호 | 정답 | 한 줄 해설 |',
      '|:---:|:---:|---|',
      '| 3 | ③ | ENV는 메타데이터만 바꿈. RUN/COPY가 레이어 생성 |',
      '| 16 | X | 호스트 커널을 공유한다 |',
      '| 19 | `--target` | 예: `docker build --target build .` |',
    ]);
    expect(note.diagnostics).toEqual([]);
    expect(note.cards.map((c) => c.back)).toEqual([
      '**③** `ENV`\n\nENV는 메타데이터만 바꿈. RUN/COPY가 레이어 생성',
      '**X**\n\n호스트 커널을 공유한다',
      '**`--target`**\n\n예: `docker build --target build .`',
    ]);
    // The words of the blank, in the sentence they fill: a quiz asks them typed into the blank.
    expect(note.cards[2]!.keyTerms).toEqual([
      { term: '--target', sentence: 'docker build 의 --target 옵션으로 특정 스테이지까지만 빌드한다.' },
    ]);
  });
});

describe('a table of values or keys (held-out set 32)', () => {
  it('gives each row a term card named with the table topic, each other column under its header', () => {
    const note = parseText(
      [
        '# Run',
        '',
        '## Restarting',
        '',
        '**restart policies** (`--restart`)',
        '',
        '| policy | restarts when… |',
        '|---|---|',
        '| `no` | never – the default |',
        '| `always` | it stops for any reason |',
        '',
        '## Storage',
        '',
        '| | managed by | typical use |',
        '|---|---|---|',
        '| volume | Docker | database data |',
        '| bind mount | you | source code in dev |',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ['term', '`no` — restart policies (`--restart`)', 'restarts when… never – the default'],
      ['term', '`always` — restart policies (`--restart`)', 'restarts when… it stops for any reason'],
      ['term', 'volume — Storage', 'managed by: Docker\ntypical use: database data'],
      ['term', 'bind mount — Storage', 'managed by: you\ntypical use: source code in dev'],
    ]);
  });

  it('leaves a table with a value of no letters (`""`) to its section', () => {
    const note = parseText(
      [
        '# Notes',
        '',
        '## IPC',
        '',
        '| Value | Description |',
        '|---|---|',
        '| "" | Use the default. |',
        '| "host" | Use the host namespace. |',
      ].join('\n'),
    );
    expect(note.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('flag cells written with a value (held-out set 32)', () => {
  it('reads `-e KEY=value`, `--mount type=…,src=…`, `-m 512m`, `--memory` and `-w /app`, `--workdir` as flags', () => {
    const note = parseText(
      [
        '# docker run',
        '',
        '| option | meaning |',
        '|---|---|',
        '| `-e KEY=value` | set an environment variable |',
        '| `--mount type=volume,src=data,dst=/data` | mount with key=value syntax |',
        '| `-m 512m`, `--memory` | hard memory limit |',
        '| `-w /app`, `--workdir` | working directory inside the container |',
        '| `-it` | interactive terminal |',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.id, c.back])).toEqual([
      ['inline-container-run-env', 'set an environment variable'],
      ['inline-container-run-mount', 'mount with key=value syntax'],
      ['inline-container-run-memory', 'hard memory limit'],
      ['inline-container-run-workdir', 'working directory inside the container'],
      ['inline-container-run-interactive-tty', 'interactive terminal'],
    ]);
  });
});

describe('glossary lines in a paragraph (held-out set 32)', () => {
  it('gives each `용어(english): 정의` line a term card, and leaves a footnote or a bold line alone', () => {
    const note = parseText(
      [
        '# 개념',
        '',
        '## 용어집',
        '',
        '레지스트리(registry): 이미지를 저장하고 배포하는 서버.',
        'PID 1: 컨테이너의 메인 프로세스. 이게 끝나면 컨테이너도 끝난다.',
        '',
        '## 이미지',
        '',
        '이미지는 **읽기 전용 템플릿**: 레이어들과 설정을 묶은 것.',
        '컨테이너는 이미지를 실행한 **인스턴스**: 쓰기 레이어를 하나 얹은 것.',
        '',
        '[^1]: Value required',
        '[^2]: For Docker-integrated BuildKit only',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.front, c.source.line])).toEqual([
      ['**레지스트리(registry)**', 5],
      ['**PID 1**', 6],
    ]);
  });
});

describe('a follow-up question quoted inside an answer', () => {
  it('is a question card of its own, the answer keeping the quote', () => {
    const note = parseText(
      [
        '## Q1. 컨테이너와 VM의 차이는?',
        '',
        '컨테이너는 호스트 커널을 공유하는 격리된 프로세스라서 가볍다.',
        '',
        '> 꼬리질문: 그럼 맥에서는 리눅스 컨테이너가 어떻게 도나요?',
        '> → Docker Desktop이 가벼운 리눅스 VM을 띄우고 그 커널 위에서 돈다.',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front])).toEqual([
      [1, '컨테이너와 VM의 차이는?'],
      [5, '그럼 맥에서는 리눅스 컨테이너가 어떻게 도나요?'],
    ]);
    expect(note.cards[1]!.back).toBe('Docker Desktop이 가벼운 리눅스 VM을 띄우고 그 커널 위에서 돈다.');
    expect(note.cards[0]!.back).toContain('꼬리질문');
  });
});

describe('a sentence that opens with an instruction', () => {
  it('is the instruction card under another heading, one detail of it under its own', () => {
    const sentence = '`HEALTHCHECK NONE` switches off the healthcheck a base image set.';
    const under = (title: string) =>
      parseText(`## ${title}\n\nHow the image says it is healthy.\n\n${sentence}\n`).cards.filter(
        (c) => c.kind === 'instruction',
      );
    expect(under('Health of a container').map((c) => [c.id, c.back])).toEqual([
      ['inline-dockerfile-healthcheck', sentence],
    ]);
    expect(under('HEALTHCHECK')).toEqual([]);
    expect(under('2. `HEALTHCHECK` (since 1.12)')).toEqual([]);
  });

  it('is about a line of some Dockerfile, not the instruction, when its code has arguments', () => {
    const instructions = (sentence: string) =>
      parseText(`## Build context\n\nWhat the builder sees.\n\n${sentence}\n`).cards.filter(
        (c) => c.kind === 'instruction',
      );
    expect(instructions('`RUN cd /app` only changes the folder for that one RUN.')).toEqual([]);
    expect(instructions('`COPY . .` 로 비밀 파일이 이미지에 들어갈 수 있다.')).toEqual([]);
    expect(instructions('`COPY --from` also takes an image, not only a stage.')).toHaveLength(1);
    expect(
      instructions('`HEALTHCHECK [OPTIONS] CMD command` runs the check inside the container.'),
    ).toHaveLength(1);
  });
});

describe('a bullet that defines a letter or two', () => {
  it('fronts the term with its section, which says what the letters are of', () => {
    const note = parseText(
      '## docker diff\n\nWhat changed in the container.\n\n- `A` — added\n- `C` — changed\n- `rootfs` — the container filesystem\n',
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => c.front)).toEqual([
      '**A** — docker diff',
      '**C** — docker diff',
      '**rootfs**',
    ]);
  });
});

describe('a question bank that changes its shape as it goes', () => {
  const note = parseText(
    [
      '### 2. Image vs container?',
      '',
      '- image = read-only template',
      '- container = a running instance of it',
      '',
      '**3. What happens to data in a removed container?**',
      '',
      "It's gone with its writable layer.",
      '',
      'Q: COPY vs ADD?',
      'A: ADD also fetches URLs and unpacks local tar files.',
      '',
      '#### 8. Why does instruction order matter?',
      '',
      'A missed cache step rebuilds every later step.',
      '',
      '**11) What does `EXPOSE` do?**',
      'Nothing on the network: it documents the port.',
      '',
      '**12) A container exits right after `docker run -d ubuntu`. Why?**',
      'Its main process, bash, exits without a terminal.',
      '',
      '**14) ARG 와 ENV 차이**',
      '',
      'ARG 는 빌드할 때만 쓰는 변수.',
    ].join('\n'),
  );

  it('ends an answer where the next question starts, whatever its shape, and reads the headings below', () => {
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      [
        'qa',
        1,
        'Image vs container?',
        '- image = read-only template\n- container = a running instance of it',
      ],
      ['qa', 6, 'What happens to data in a removed container?', "It's gone with its writable layer."],
      ['qa', 10, 'COPY vs ADD?', 'ADD also fetches URLs and unpacks local tar files.'],
      ['qa', 13, 'Why does instruction order matter?', 'A missed cache step rebuilds every later step.'],
      ['qa', 17, 'What does EXPOSE do?', 'Nothing on the network: it documents the port.'],
      [
        'qa',
        20,
        'A container exits right after docker run -d ubuntu. Why?',
        'Its main process, bash, exits without a terminal.',
      ],
      // A numbered bold line that asks by its words, no `?`.
      ['qa', 23, 'ARG 와 ENV 차이', 'ARG 는 빌드할 때만 쓰는 변수.'],
    ]);
  });
});

describe('an exam sheet with a ticked grid and arrow lines (held-out set 33)', () => {
  const note = keyed([
    '**1.** Which command lists containers that have exited?',
    'A. `docker ps`',
    'B. `docker ps -a`',
    '',
    '**2.** Which TWO instructions add a filesystem layer? (choose 2)',
    'A. RUN',
    'B. ENV',
    'C. COPY',
    '',
    '**3.** True or false: `docker export` keeps the layer history.',
    '',
    '**4.** Fill in: `docker ________ -f "{{.State.ExitCode}}" job` prints the exit code.',
    '',
    '## Answer key',
    '',
    '| Q | 1 | 2   |',
    '|---|---|-----|',
    '| ✔ | B | A,C |',
    '',
    '3 → **F** (export writes a flat filesystem tar)',
    '4 → `inspect`',
  ]);

  it('reads a grid whose answer row is ticked, a choose-two cell, and a line a question after an arrow', () => {
    expect(note.diagnostics).toEqual([]);
    expect(backs(note)).toEqual([
      [1, '**B.** `docker ps -a`'],
      [5, '**A.** RUN\n**C.** COPY'],
      [10, '**F.** False\n\nexport writes a flat filesystem tar'],
      [12, '**`inspect`**'],
    ]);
  });
});

describe('an options note of arrow lines and slashed cells (held-out set 33)', () => {
  it('reads `docker rm -f → …` lines as cards of their command and flag', () => {
    const note = parseText(
      '## docker rm / stop\n\ndocker rm -f → force remove a running container\ndocker stop -t 30 → wait 30 s before SIGKILL\n',
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [3, '`docker rm -f`', 'force remove a running container'],
      [4, '`docker stop -t 30`', 'wait 30 s before SIGKILL'],
    ]);
  });

  it('reads a cell of two names, each with its value, set apart by a slash', () => {
    const note = parseText(
      '## docker logs\n\n| flag | |\n|--|--|\n| `-f` | follow |\n| `-n 100` / `--tail 100` | the last 100 lines only |\n',
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.front, c.back])).toEqual([
      ['`docker container logs` `-f`', 'follow'],
      ['`docker container logs` `-n, --tail`', 'the last 100 lines only'],
    ]);
  });
});

describe('a Korean exam sheet with grids per part and a line of blanks (held-out set 33)', () => {
  const note = keyed([
    '**1.** 종료된 컨테이너까지 보는 명령은?',
    '',
    '① `docker ps`  ② `docker ps -a`  ③ `docker top`  ④ `docker images`',
    '',
    '**2.** 이미지를 tar 로 저장하는 명령은?',
    '',
    '① `docker save`  ② `docker export`  ③ `docker cp`  ④ `docker commit`',
    '',
    '## OX 문제',
    '',
    '1. `docker exec` 는 정지된 컨테이너에도 쓸 수 있다. ( )',
    '2. 여러 컨테이너는 호스트의 커널을 함께 쓴다. ( )',
    '',
    '## 빈칸 채우기',
    '',
    '1. 특정 스테이지까지만 빌드하는 옵션은 `________` 이다.',
    '',
    '## 📝 정답표',
    '',
    '| 번호 | 1 | 2 |',
    '|:---:|:---:|:---:|',
    '| 정답 | ② | ① |',
    '',
    '| OX | 1 | 2 |',
    '|:---:|:---:|:---:|',
    '| 정답 | X | O |',
    '',
    '빈칸: 1. `--target`  2. `--from`',
    '',
    '### 해설',
    '',
    '- 1번: `-a` 가 있어야 멈춘 것도 보인다.',
    '- OX 1: exec 는 실행 중인 컨테이너에만 된다.',
  ]);

  it('answers each part by its own grid or line, and joins each remark to its question', () => {
    expect(backs(note)).toEqual([
      [1, '**②** `docker ps -a`\n\n`-a` 가 있어야 멈춘 것도 보인다.'],
      [5, '**①** `docker save`'],
      [11, '**X**\n\nexec 는 실행 중인 컨테이너에만 된다.'],
      [12, '**O**'],
      [16, '**`--target`**'],
    ]);
  });
});

describe('a bold question answered on its own line', () => {
  it('takes what follows an arrow or dash as the answer', () => {
    const note = parseText(
      '## 스터디 때 나온 질문\n\n**Q. compose 의 `expose:` 랑 `ports:` 차이?** → `expose` 는 호스트에 publish 하지 않고, `ports` 는 한다.\n',
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      [
        'qa',
        'compose 의 expose: 랑 ports: 차이?',
        '`expose` 는 호스트에 publish 하지 않고, `ports` 는 한다.',
      ],
    ]);
  });
});

describe('a multi-line spaced-repetition card answered by a list', () => {
  it('takes the list right below the `?` line as the answer', () => {
    const note = parseText(
      '## 여러 줄 카드\n\n`docker stop` 과 `docker kill` 의 차이는?\n?\n- `stop`: SIGTERM 후 10초 뒤 SIGKILL\n- `kill`: 바로 SIGKILL\n\n다음 문단.\n',
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['concept', 1, '여러 줄 카드', '다음 문단.'],
      [
        'qa',
        3,
        '`docker stop` 과 `docker kill` 의 차이는?',
        '- `stop`: SIGTERM 후 10초 뒤 SIGKILL\n- `kill`: 바로 SIGKILL',
      ],
    ]);
  });
});

describe('a glossary of mixed lines', () => {
  it('gives each `term: text` and `**term** — text` line a term card, and none to the heading over them', () => {
    const note = parseText(
      '## Glossary\n\ndigest: the sha256 hash naming an image manifest by its content.\n**PID 1** — the first process in the container, which gets no default signal handlers.\n',
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['term', '**digest**'],
      ['term', '**PID 1**'],
    ]);
    // Under a heading that names a topic, the section keeps its card as well.
    expect(
      parseText(
        note.cards
          .map((c) => c.back)
          .join('\n')
          .replace(/^/, '## Images\n\n'),
      ).cards.map((c) => c.kind),
    ).toEqual(['concept', 'term', 'term']);
  });
});

describe('term bullets that list values', () => {
  it('fronts each with its section when every item defines one lower-case word', () => {
    const values = parseText(
      '## Network drivers\n\n- **bridge** — the default\n- **host** — the host stack\n- **none** — only lo\n',
    );
    expect(values.cards.map((c) => c.front)).toEqual([
      '**bridge** — Network drivers',
      '**host** — Network drivers',
      '**none** — Network drivers',
    ]);
    const names = parseText(
      '## Pieces\n\n- **dockerd** — the daemon\n- **Docker Desktop** — the Mac and Windows app\n',
    );
    expect(names.cards.map((c) => c.front)).toEqual(['**dockerd**', '**Docker Desktop**']);
  });

  it('takes no label (`Rule of thumb:`) or the start of a sentence (`Like COPY, plus:`) for a glossary term', () => {
    const note = parseText(
      '## ADD\n\nCopies files in.\n\nLike COPY, plus: `<src>` can be a URL, and a local tar archive is extracted.\nRule of thumb: use COPY, use ADD only for the auto-extract.\n',
    );
    expect(note.cards.filter((c) => c.kind === 'term')).toEqual([]);
  });
});

describe('a definition list (held-out set 34)', () => {
  it('gives each term its card: an instruction card for an instruction, a term card for others', () => {
    const note = parseText(
      [
        '## The instructions',
        '',
        'FROM',
        ': Sets the base image and starts a new build stage.',
        '  `FROM image AS name` names the stage.',
        '',
        'build context',
        ': The files sent to the builder.',
        ': `.dockerignore` leaves some out.',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.id, c.front, c.back])).toEqual([
      [
        'instruction',
        'inline-dockerfile-from',
        '`FROM`',
        'Sets the base image and starts a new build stage. `FROM image AS name` names the stage.',
      ],
      [
        'term',
        'inline-build-context',
        '**build context**',
        'The files sent to the builder.\n\n`.dockerignore` leaves some out.',
      ],
    ]);
  });

  it('leaves a sentence over a colon line, and a colon inside the first line, to other shapes', () => {
    expect(
      parseText('## Notes\n\nThis is how it went.\n: not a definition\n').cards.map((c) => c.kind),
    ).toEqual(['concept']);
  });
});

describe('a key line set apart by full-width slashes, and blanks in parentheses (held-out set 34)', () => {
  it('answers each O/X statement and each blank', () => {
    const note = keyed([
      '## O/X',
      '',
      '18. `ADD` 는 원격 URL 의 tar 도 풀어 준다. ( )',
      '19. `--mount type=bind` 는 없는 경로면 에러가 난다. ( )',
      '',
      '## 빈칸 채우기',
      '',
      '21. 종료될 때 자동으로 지우려면 `docker run` 에 `(      )` 옵션을 붙인다.',
      '22. 이미지 레이어의 파일을 복사한 뒤 고치는 방식을 `(      )` 라고 한다.',
      '',
      '## 📝 정답표',
      '',
      'O/X : 18 **X** ／ 19 **O**',
      '빈칸 : 21 `--rm` ／ 22 Copy-on-Write (CoW)',
    ]);
    expect(note.diagnostics).toEqual([]);
    expect(backs(note)).toEqual([
      [3, '**X**'],
      [4, '**O**'],
      [8, '**`--rm`**'],
      [9, '**Copy-on-Write (CoW)**'],
    ]);
  });
});

describe('lines of commands under a bold label that names them (held-out set 34)', () => {
  it('reads each line as its command, the label saying `docker` once for all', () => {
    const note = parseText(
      '## Smaller commands\n\n**docker stop / kill / rm**\n  stop -t 30 → wait 30 s before SIGKILL\n  rm -f → force-remove a running container\n',
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['command', 4, '`docker stop -t 30`', 'wait 30 s before SIGKILL'],
      ['command', 5, '`docker rm -f`', 'force-remove a running container'],
    ]);
  });
});

describe('commented command lines outside code (held-out set 34)', () => {
  it('reads `docker … # what it does` lines of a paragraph as command cards', () => {
    const note = parseText(
      '## 옮기기\n\ndocker save -o app.tar app:1.0     # 이미지를 tar 로\ndocker load -i app.tar             # save 한 tar 를 복원\n',
    );
    expect(note.cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ['command', '`docker save -o app.tar app:1.0`', '이미지를 tar 로'],
      ['command', '`docker load -i app.tar`', 'save 한 tar 를 복원'],
    ]);
  });
});

describe('a table of flags written without its header and rule (held-out set 34)', () => {
  it('gives each row its flag card, the section naming the command', () => {
    const note = parseText(
      '## docker logs\n\n| -f, --follow | 로그 계속 따라가기 |\n| -n, --tail N | 끝에서 N줄만 |\n',
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['flag', 3, '`docker container logs` `-f, --follow`', '로그 계속 따라가기'],
      ['flag', 4, '`docker container logs` `-n, --tail`', '끝에서 N줄만'],
    ]);
  });
});

describe('an answer key written in a code block (held-out set 35)', () => {
  it('reads a line a part, after its label, and joins the numbered remarks below', () => {
    const note = keyed([
      '**1.** 모든 컨테이너를 보여주는 명령은?',
      '',
      '① `docker ps`  ② `docker ps -a`  ③ `docker top`  ④ `docker images`',
      '',
      '**2.** 이미지를 tar 로 저장하는 명령은?',
      '',
      '① `docker save`  ② `docker export`  ③ `docker cp`  ④ `docker commit`',
      '',
      '**16.** `EXPOSE 80` 만 써도 호스트에서 접속된다. ( )',
      '',
      '**19.** 컨테이너 ID 만 출력하려면 `docker ps ____` 를 쓴다.',
      '',
      '## 정답 & 해설',
      '',
      '```',
      '[객관식]  1② 2①',
      '[O/X]     16 X',
      '[빈칸]    19 -q (--quiet)',
      '```',
      '',
      '- 16: EXPOSE 는 문서화일 뿐.',
    ]);
    expect(note.diagnostics).toEqual([]);
    expect(backs(note)).toEqual([
      [1, '**②** `docker ps -a`'],
      [5, '**①** `docker save`'],
      [9, '**X**\n\nEXPOSE 는 문서화일 뿐.'],
      [11, '**-q (--quiet)**'],
    ]);
  });
});

describe('true/false items labelled before a dash, and a key part under its label (held-out set 35)', () => {
  it('answers `16. T / F — …` from `part 2:` over `16 → **F** (why)`', () => {
    const note = keyed([
      '16. T / F — `EXPOSE 80` in a Dockerfile is enough to reach the app from the host.',
      '17. T / F — Stopping a container keeps the data in its writable layer.',
      '',
      '## answer key',
      '',
      'part 2:',
      '16 → **F** (EXPOSE is metadata only)',
      '17 → **T**',
    ]);
    expect(note.diagnostics).toEqual([]);
    expect(backs(note)).toEqual([
      [1, '**F.** False\n\nEXPOSE is metadata only'],
      [2, '**T.** True'],
    ]);
  });
});

describe('a question answered by numbered steps folded away (held-out set 35)', () => {
  it('takes `<details><summary>my answer</summary>` below a bold question as its answer, not as a key', () => {
    const note = parseText(
      [
        '**13. A container keeps restarting. How do you debug it?**',
        '',
        '<details><summary>my answer</summary>',
        '',
        '1. `docker ps -a` → look at STATUS',
        '2. `docker logs <c>` (also works on stopped containers)',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(note.skipped).toEqual([]);
    expect(note.cards.map((c) => [c.kind, c.source.line])).toEqual([['qa', 1]]);
    expect(note.cards[0]!.back).toContain('`docker logs <c>`');
  });
});

describe("an instruction's flags under its heading", () => {
  it('fronts each flag with the instruction, its id as before', () => {
    const note = parseText(
      '## HEALTHCHECK\n\nChecks the app.\n\n- `--interval` : how often the check runs\n- `--retries` : failures before unhealthy\n',
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.id, c.front])).toEqual([
      ['inline-interval', '`HEALTHCHECK` `--interval`'],
      ['inline-retries', '`HEALTHCHECK` `--retries`'],
    ]);
  });
});

describe('a sentence that opens with a command in a clause', () => {
  it("is the section's text, not a card of the command (`docker stop` 시 …)", () => {
    const note = parseText(
      '## STOPSIGNAL\n\n`docker stop` 시 보낼 시그널 변경 (기본 SIGTERM). nginx 는 `SIGQUIT` 씀.\n',
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['concept', 'STOPSIGNAL'],
      // Its sentence asks the command as a fact of the section.
      ['cloze', 'STOPSIGNAL › [...] 시 보낼 시그널 변경 (기본 SIGTERM).'],
    ]);
    const line = parseText('## 정지\n\n`docker stop web` : 컨테이너를 멈춘다\n');
    expect(line.cards.map((c) => [c.kind, c.front])).toEqual([['command', '`docker stop web`']]);
  });
});

describe("a comment beside the note's only line of a command", () => {
  it('says what the line does, on the command card, and makes no flag card of the same words', () => {
    const once = parseText(
      '## Looking at containers\n\n```sh\ndocker ps           # running containers\ndocker logs -f c    # follow the logs\n```\n',
    );
    expect(once.cards.map((c) => [c.kind, c.front])).toEqual([
      ['command', '`docker container ls`'],
      ['command', '`docker container logs`'],
    ]);
    expect(once.cards[1]!.back).toContain('# follow the logs');
    // Beside one of several lines of its command, the comment says what the flag adds.
    const twice = parseText(
      '## Logs\n\n```sh\ndocker ps\ndocker logs c\ndocker logs -f c    # keep following new lines\n```\n',
    );
    expect(twice.cards.filter((c) => c.kind === 'flag').map((c) => [c.front, c.summary])).toEqual([
      ['`docker container logs` `-f`', 'keep following new lines'],
    ]);
  });
});

describe('a table of names, each row saying what its name is, whatever its headers', () => {
  it('gives a term card a row, named with the section; not for tables that pair values up', () => {
    const note = parseText(
      [
        '## 네트워크',
        '',
        '드라이버 | 언제',
        '--- | ---',
        'bridge | 단일 호스트 기본. 거의 항상 이거',
        'host | 포트 많이 쓰는 것, 성능 (리눅스)',
        'none | 네트워크 완전 차단',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.back])).toEqual([
      ['term', 5, 'bridge — 네트워크', '언제: 단일 호스트 기본. 거의 항상 이거'],
      ['term', 6, 'host — 네트워크', '언제: 포트 많이 쓰는 것, 성능 (리눅스)'],
      ['term', 7, 'none — 네트워크', '언제: 네트워크 완전 차단'],
    ]);
    // `| ENTRYPOINT | CMD | what runs |`: each row a pairing, the same value in several rows.
    const pairs = parseText(
      [
        '## ENTRYPOINT',
        '',
        '| ENTRYPOINT | CMD | what runs |',
        '|---|---|---|',
        '| none | `["app","-v"]` | `app -v` |',
        '| `["app"]` | `["-v"]` | `app -v` |',
        '| `["app"]` | none | `app` |',
      ].join('\n'),
    );
    expect(pairs.cards.map((c) => c.kind)).toEqual(['concept']);
    // Names said in as many words as their text: a list, not definitions.
    const list = parseText(
      '## Tools\n\n| tool | kind |\n|---|---|\n| compose | plugin |\n| buildx | plugin |\n',
    );
    expect(list.cards.map((c) => c.kind)).toEqual(['concept']);
  });
});

describe('code lines that say what they do after an arrow or a run of spaces', () => {
  it('reads `-p 53:53/udp      udp instead of tcp` as a flag and its value, `-f  -> …` as a comment', () => {
    const note = parseText(
      [
        '## docker run',
        '',
        '```',
        '-p 8080:80            host 8080 to container 80',
        '-p 53:53/udp          udp instead of tcp',
        '--rm                  -> remove the container when it exits',
        '```',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.summary])).toEqual([
      ['flag', 4, '`docker container run` `-p 8080:80`', 'host 8080 to container 80'],
      ['flag', 5, '`docker container run` `-p 53:53/udp`', 'udp instead of tcp'],
      ['flag', 6, '`docker container run` `--rm`', 'remove the container when it exits'],
    ]);
  });

  it('takes `docker volume prune -a -> …` beside another line of its command as what the flag adds', () => {
    const note = parseText(
      [
        '## Cleaning up',
        '',
        '```',
        'docker volume prune        -> removes unused anonymous volumes',
        'docker volume prune -a     -> all unused volumes, named ones too',
        '```',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front, c.summary])).toEqual([
      ['command', 1, 'Cleaning up', 'Delete volumes no container uses.'],
      ['flag', 5, '`docker volume prune` `-a`', 'all unused volumes, named ones too'],
    ]);
  });
});

describe('an exam whose parts number their questions Q1, T1, F1, with a key of the same labels', () => {
  it('answers each part from a key grid in a code block, and joins wrapped remarks', () => {
    const note = keyed([
      '**Q1.** Which command lists stopped containers too?', // 1
      '(A) `docker ps -l`',
      '(B) `docker ps -a`',
      '',
      '**Q2.** Choose TWO. Which are true of named volumes?', // 5
      '(A) Docker manages where they are stored',
      '(B) They vanish with their container',
      '(C) An empty one is filled from the image',
      '',
      '**T1.** True or false: every container copies the image layers.', // 10
      '',
      '**F1.** The file that keeps `.git` out of the build context is `__________`.', // 12
      '',
      '## Answer key',
      '',
      '```',
      ' Q1  B    Q2  A,C',
      ' T1  F',
      ' F1  .dockerignore',
      '```',
      '',
      '- T1 — false: layers are shared read-only; each container gets',
      '  only its own thin writable layer.',
    ]);
    expect(note.cards.map((c) => [c.source.line, c.front.split('\n')[0], c.back])).toEqual([
      [1, '**Q1.** Which command lists stopped containers too?', '**B.** `docker ps -a`'],
      [
        5,
        '**Q2.** Choose TWO. Which are true of named volumes?',
        '**A.** Docker manages where they are stored\n**C.** An empty one is filled from the image',
      ],
      [
        10,
        'T1. every container copies the image layers.',
        '**F.** false: layers are shared read-only; each container gets only its own thin writable layer.',
      ],
      [12, 'F1. The file that keeps `.git` out of the build context is `__________`.', '**.dockerignore**'],
    ]);
  });

  it('reads O/X marks and blanks side by side after a label, set apart by a CJK-width space', () => {
    const note = keyed([
      '16. 같은 이미지로 컨테이너를 여러 개 띄울 수 있다. ( )',
      '17. `EXPOSE` 만으로 호스트 포트가 열린다. ( )',
      '19. 강제로 지우려면 `docker rm ______ web` 을 쓴다.',
      '20. 빌드 스테이지에서 가져오려면 `COPY ______=builder /out ./`',
      '',
      '## 정답표',
      '',
      'O/X : 16. O\u300017. X',
      '빈칸 : 19. `-f`\u300020. `--from`',
    ]);
    expect(backs(note)).toEqual([
      [1, '**O**'],
      [2, '**X**'],
      [3, '**`-f`**'],
      [4, '**`--from`**'],
    ]);
  });
});

describe('questions of a bank written as list items after questions under headings', () => {
  it("ends a heading's answer at `- **15. …?**`, and asks `9) **…?**` over a `<details>` answer", () => {
    const note = parseText(
      [
        '#### 14. Why use `--init`?', // 1
        '',
        'PID 1 gets no default signal handlers, so `--init` runs a tiny init that forwards them.',
        '',
        '9) **Volumes vs bind mounts?**', // 5
        '',
        '<details>',
        '<summary>answer</summary>',
        '',
        'A volume is managed by Docker; a bind mount maps a host path.',
        '',
        '</details>',
        '',
        '- **15. What are dangling images?**', // 14
        '  - Images with no tag, left behind when a rebuild takes their name.',
        '',
        '*TODO: add swarm questions*',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.kind, c.front, c.back])).toEqual([
      [
        1,
        'qa',
        'Why use --init?',
        'PID 1 gets no default signal handlers, so `--init` runs a tiny init that forwards them.',
      ],
      [5, 'qa', 'Volumes vs bind mounts?', 'A volume is managed by Docker; a bind mount maps a host path.'],
      [
        14,
        'qa',
        '15. What are dangling images?',
        '- Images with no tag, left behind when a rebuild takes their name.',
      ],
    ]);
    expect((note.skipped ?? []).map((s) => [s.line, s.reason])).toContainEqual([
      17,
      'a placeholder, not yet written',
    ]);
  });
});

describe('a command a cheat sheet writes again in a later part', () => {
  it('shows its own line on the front, not the bare name the first card has', () => {
    const note = parseText(
      [
        '## Containers',
        '',
        '```bash',
        'docker run -d --name db postgres:16   # create and start',
        'docker ps                             # the running ones',
        '```',
        '',
        '## Volumes',
        '',
        '```bash',
        'docker volume ls                      # every volume',
        'docker run -d -v pgdata:/var/lib/postgresql/data postgres:16   # with a named volume',
        '```',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'command').map((c) => [c.source.line, c.front])).toEqual([
      [4, '`docker container run`'],
      [5, '`docker container ls`'],
      [11, '`docker volume ls`'],
      [12, '`docker run -d -v pgdata:/var/lib/postgresql/data postgres:16`'],
    ]);
  });
});

describe('a `Q::A` line right above a question answered by a list after `?`', () => {
  it('is a card of its own, and the question is only the lines below it', () => {
    const note = parseText(
      [
        '## cleanup',
        '',
        'Remove all stopped containers::`docker container prune`',
        'What does `docker system prune` remove by default?',
        '?',
        '- all stopped containers',
        '- dangling images',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [3, 'Remove all stopped containers', '`docker container prune`'],
      [
        4,
        'What does `docker system prune` remove by default?',
        '- all stopped containers\n- dangling images',
      ],
    ]);
  });
});

describe('flags listed clause by clause in one sentence', () => {
  it('reads a flag after `and`, and one in brackets after another as its other name', () => {
    const note = parseText(
      [
        '## Reading logs',
        '',
        '```bash',
        'docker logs -f --tail 50 api',
        '```',
        '',
        '`docker logs` shows what the container wrote to stdout. `-f` follows the output like `tail -f`,',
        '`--tail 50` (or `-n 50`) only shows the last 50 lines instead of the whole history and `-t` prefixes',
        'each line with a timestamp.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front])).toEqual([
      [7, '`docker container logs` `-f`'],
      [8, '`docker container logs` `--tail, -n`'],
      [8, '`docker container logs` `-t`'],
    ]);
  });
});

describe('definitions on paragraphs of their own under a glossary heading', () => {
  it('makes a term card of each `Term: text` paragraph, not of a plan written so', () => {
    const note = parseText(
      [
        '## Glossary',
        '',
        'OCI: *Open Container Initiative*, the body that defines the image format and runtime',
        'spec, which is why images built by Docker also run elsewhere.',
        '',
        'Docker Compose: a tool to define and run multi-container applications from one file.',
        '',
        'next week: compose, then the swarm chapter',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.source.line, c.front])).toEqual([
      [3, '**OCI**'],
      [6, '**Docker Compose**'],
    ]);
  });
});

describe('a flag line about the value it is written with', () => {
  it("shows the value on the front when the text says it (`--cap-drop ALL : drop every …`), not when the text is the flag's", () => {
    const note = parseText(
      [
        '## docker run',
        '',
        '--cap-drop ALL : drop every Linux capability',
        '--security-opt no-new-privileges : setuid binaries cannot gain privileges',
        '--restart unless-stopped : the restart policy (see below)',
        '-u root : run as another user',
      ].join('\n'),
    );
    expect(note.cards.map((c) => c.front)).toEqual([
      '`docker container run` `--cap-drop ALL`',
      '`docker container run` `--security-opt no-new-privileges`',
      '`docker container run` `--restart`',
      '`docker container run` `-u`',
    ]);
  });
});

describe('a comment beside a flag of a command that another line runs inside `$(…)`', () => {
  it("tells of the flag: the flags inside `$(…)` are the inner command's, not counted as its own", () => {
    const note = parseText(
      [
        '## Containers',
        '',
        '```bash',
        'docker rm db            # remove it (it must be stopped)',
        'docker rm -f db         # remove it even while it runs',
        'docker rm $(docker ps -aq -f status=exited)',
        '```',
      ].join('\n'),
    );
    expect(
      note.cards.filter((c) => c.kind === 'flag').map((c) => [c.source.line, c.front, c.summary]),
    ).toEqual([[5, '`docker container rm` `-f`', 'remove it even while it runs']]);
  });
});

describe('exam parts and interview questions written as set 37 wrote them', () => {
  it('answers `B1. T / F — …` and `B3. Fill in: …` from a `## Key` list of `B1 → **F**` lines', () => {
    const note = keyed([
      'B1. T / F — Removing a container with `docker rm` also deletes its named volumes.', // 1
      '',
      'B3. Fill in: to stop the build at the stage `test`, run `docker build ________ test .`', // 3
      '',
      '## Key',
      '',
      '- B1 → **F** (named volumes survive)',
      '- B3 → `--target`',
    ]);
    expect(note.cards.map((c) => [c.source.line, c.front.split('\n')[0], c.back])).toEqual([
      [
        1,
        'B1. Removing a container with `docker rm` also deletes its named volumes.',
        '**F.** False\n\nnamed volumes survive',
      ],
      [
        3,
        'B3. Fill in: to stop the build at the stage `test`, run `docker build ________ test .`',
        '**`--target`**',
      ],
    ]);
  });

  it('reads a key written across whose last cells fill blanks (`| 18 | 19 |` over `| exec | WORKDIR |`)', () => {
    const note = keyed([
      '**17.** 이미지 하나로 여러 개의 컨테이너를 동시에 실행할 수 있다. ( )',
      '',
      '**18.** 실행 중인 컨테이너 안에서 셸을 열려면 `docker ______ -it web sh` 를 입력한다.',
      '',
      '## 정답',
      '',
      '| 17 | 18 |',
      '|---|---|',
      '| O | exec |',
    ]);
    expect(backs(note)).toEqual([
      [1, '**O**'],
      [3, '**exec**'],
    ]);
  });

  it('asks `**Q14.** …?` over an `A:` paragraph and `16) …?` over its answer, after a heading question', () => {
    const note = parseText(
      [
        '### 13. What are namespaces?',
        '',
        '**A:** kernel features that isolate what a process sees.',
        '',
        '**Q14.** Exit code 137 — what it means?',
        '',
        'A: 137 = 128 + 9, the process got SIGKILL.',
        '',
        '16) What restart policies exist?',
        '',
        '`no`, `on-failure`, `always` and `unless-stopped`.',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front, c.back])).toEqual([
      [1, 'What are namespaces?', '**A:** kernel features that isolate what a process sees.'],
      [5, 'Exit code 137 — what it means?', '137 = 128 + 9, the process got SIGKILL.'],
      [9, 'What restart policies exist?', '`no`, `on-failure`, `always` and `unless-stopped`.'],
    ]);
  });
});

describe('a flag table whose command column leaves out `docker`', () => {
  it('gives each flag to the command of its row (`| -a | image prune | … |`), and none to a cell that names no command', () => {
    const note = parseText(
      [
        '## 정리(prune) 계열',
        '',
        '|옵션|대상 명령|의미|',
        '|-|-|-|',
        '|`-a`|`image prune`|dangling 뿐 아니라 안 쓰는 이미지 전부 삭제|',
        '|`-f`|`*** prune`|확인 질문 없이 바로 삭제|',
        '|`--volumes`|`system prune`|사용 안 되는 익명 볼륨도 같이 삭제|',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.source.line, c.front])).toEqual([
      [5, '`docker image prune` `-a`'],
      [7, '`docker system prune` `--volumes`'],
    ]);
  });
});
