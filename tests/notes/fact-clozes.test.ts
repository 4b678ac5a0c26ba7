// The facts of a section below what its heading asks: a cloze each, the name set apart in it blanked.
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';
import type { ParsedNote } from '../../src/notes/types.js';

const parseText = (text: string, user = true): ParsedNote =>
  parseNote(text, { file: 'facts.md', grammar: noteGrammar, user });
const clozes = (note: ParsedNote) =>
  note.cards.filter((c) => c.kind === 'cloze').map((c) => [c.id, c.source.line, c.front, c.back]);
/** The clozes of names only, not the statements cut where they turn (concept-splits.ts). */
const nameClozes = (note: ParsedNote) => {
  const statements = new Set(note.spans?.filter((s) => s.recognizer === 'statement').map((s) => s.id));
  return clozes(note).filter(([id]) => !statements.has(id as string));
};

const LAYERS = [
  '## Layers',
  '',
  '- Each RUN, COPY or ADD stacks one more **read-only** diff of the files it changed.',
  '- Layers are content-addressed and **shared**: ten images built on one base store it once.',
  '- Deleting a file in a later layer only hides it, so the image does not get smaller.',
  '- The writable layer of a container is thrown away with `docker rm`, unlike a volume.',
].join('\n');

describe('facts below a heading (fact-clozes.ts)', () => {
  it('gives each bullet with a bold or named term a cloze, and one with none a cut where it turns', () => {
    const note = parseText(LAYERS);
    // Every bullet has a card of its own: the section's would hold nothing they do not.
    expect(note.cards.map((c) => [c.kind, c.id])).toEqual([
      ['cloze', 'facts-layers-read-only'],
      ['cloze', 'facts-layers-shared'],
      ['cloze', 'facts-layers-deleting-a-file-in-a-later-layer-only-hides-it-so'],
      ['cloze', 'facts-layers-docker-rm'],
    ]);
    expect(note.cards[2]!.front).toBe('Layers › Deleting a file in a later layer only hides it, so [...]');
    expect(clozes(note)[1]).toEqual([
      'facts-layers-shared',
      4,
      'Layers › Layers are content-addressed and [...]: ten images built on one base store it once.',
      'Layers are content-addressed and **shared**: ten images built on one base store it once.',
    ]);
    expect(note.spans!.filter((s) => s.recognizer === 'fact-cloze').map((s) => [s.line, s.endLine])).toEqual([
      [3, 3],
      [4, 4],
      [6, 6],
    ]);
  });

  it('leaves the first paragraph to the section card: it is what the heading asks', () => {
    const note = parseText(
      [
        '## ARG',
        '',
        'A variable that exists **only while building**, passed with `docker build --build-arg`.',
        '',
        '- Never put a password in one: `docker history` shows the values of build arguments.',
      ].join('\n'),
    );
    expect(clozes(note)).toEqual([
      [
        'facts-arg-docker-history',
        5,
        'ARG › Never put a password in one: [...] shows the values of build arguments.',
        'Never put a password in one: `docker history` shows the values of build arguments.',
      ],
    ]);
  });

  it('reads Korean bullets, the particle after the blank kept', () => {
    const note = parseText(
      [
        '## CMD',
        '컨테이너가 시작할 때 실행할 기본 명령.',
        '- Dockerfile에 여러 개 쓰면 **마지막 것만** 적용된다',
        '- 컨테이너를 `docker rm` 하면 쓰기 레이어도 같이 사라진다',
      ].join('\n'),
    );
    expect(clozes(note).map(([, , front]) => front)).toEqual([
      'CMD › Dockerfile에 여러 개 쓰면 [...] 적용된다',
      'CMD › 컨테이너를 [...] 하면 쓰기 레이어도 같이 사라진다',
    ]);
  });

  it('makes none from a section of one block, a question, stress, labels, lists of names or examples', () => {
    const none = [
      // One bullet: the section's card is this fact already.
      '## Cache\n\n- A changed step rebuilds **every later step** of the Dockerfile.',
      // A question's answer stays its card's back.
      '## Why layers?\n\nThey are shared.\n\n- Pulls skip the **layers** you already have on disk.',
      // Bold that stresses, or labels; names in a list, any of which fits the blank.
      '## Cache\n\nIt is reused.\n\n- RUN is **not** run again just because the package index changed.\n- **Note:** the cache of a step is keyed by the text of its line.\n- For `COPY` / `ADD` the checksums of the files are compared too.',
      // The term in the heading (`layer` in Layers), or twice in the text, gives itself away.
      '## Layers\n\nDiffs.\n\n- Each RUN, COPY or ADD produces one **layer** of the files it changed.',
      '## docker rm\n\nRemoves a container.\n\n- Run `docker rm` with -f to remove a running container as well.',
      '## Volumes\n\nData that outlives containers.\n\n- An empty **volume** is filled with the image files; a host folder is not, unlike a volume.',
      // About an example beside it.
      '## ENV\n\nSets a variable.\n\n- In the following example `docker run` overrides the value set in the image.',
      // Too few words besides the blank.
      '## Summary\n\nWhat this holds.\n\n- **76 questions** with theory',
      // What the writer means to do next, or about the note itself.
      '## 오늘의 교훈\n\n로그부터 본다.\n\n- 다음 글: 메모리 제한(`-m`)과 OOM 정리 예정',
      '## Wrap-up\n\nLogs first.\n\n- In the next post I cover `docker stats` and memory limits in depth.',
    ];
    for (const text of none) expect(nameClozes(parseText(text)), text).toEqual([]);
  });

  it('makes none of a sentence about a flag that has a card of its own', () => {
    const note = parseText(
      [
        '## docker run',
        '',
        '```bash',
        'docker run --rm nginx',
        '```',
        '',
        '- `--rm` : removes the container when it exits',
        '',
        'The `--rm` flag removes the container once it exits, which keeps the list of containers short.',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'flag')).toHaveLength(1);
    expect(clozes(note)).toEqual([]);
  });

  it('keeps an id when the sentence is edited, and makes none in the built-in decks', () => {
    const edited = parseText(LAYERS.replace('ten images built on one base', 'many images from one base'));
    expect(nameClozes(edited).map(([id]) => id)).toEqual([
      'facts-layers-read-only',
      'facts-layers-shared',
      'facts-layers-docker-rm',
    ]);
    expect(clozes(parseText(LAYERS, false))).toEqual([]);
  });

  it('asks each sentence of a paragraph that names something, the first paragraph too, leaving earlier cards as they were', () => {
    const note = parseText(
      [
        '## Architecture',
        '',
        'Docker is client and server. The CLI sends REST calls to the **Docker daemon**, which does the work.',
        'The daemon hands containers to **containerd**, which uses an OCI runtime to start them.',
        '',
        'Run `docker version` to see both sides; the client works even when the daemon is down.',
        'The `docker info` command shows the storage driver and how many containers exist.',
      ].join('\n'),
    );
    expect(clozes(note).map(([id, line, front]) => [id, line, front])).toEqual([
      [
        'facts-architecture-docker-daemon',
        3,
        'Architecture › The CLI sends REST calls to the [...], which does the work.',
      ],
      [
        'facts-architecture-containerd',
        4,
        'Architecture › The daemon hands containers to [...], which uses an OCI runtime to start them.',
      ],
      // The later paragraph whole, its first name blanked, as before; then its other sentence.
      [
        'facts-architecture-docker-version',
        6,
        'Architecture › Run [...] to see both sides; the client works even when the daemon is down.\nThe `docker info` command shows the storage driver and how many containers exist.',
      ],
      [
        'facts-architecture-docker-info',
        7,
        'Architecture › The [...] command shows the storage driver and how many containers exist.',
      ],
    ]);
  });

  it('makes a term card of an item that opens with a name its heading gives away', () => {
    const note = parseText(
      [
        '## Namespaces and cgroups',
        '',
        'Containers are host processes with two kernel features around them:',
        '',
        '- **namespaces** control what a process can see: its PID tree, network and mounts',
        '- **cgroups** control how much it can use: CPU, memory and block I/O',
      ].join('\n'),
    );
    expect(note.cards.filter((c) => c.kind === 'term').map((c) => [c.source.line, c.front, c.back])).toEqual([
      [
        5,
        '**namespaces**',
        '**namespaces** control what a process can see: its PID tree, network and mounts',
      ],
      [6, '**cgroups**', '**cgroups** control how much it can use: CPU, memory and block I/O'],
    ]);
  });

  it('blanks the English subject a Korean item opens with, below a heading that only reads as a question', () => {
    const note = parseText(
      [
        '## 1. 컨테이너란 무엇인가',
        '',
        '컨테이너는 결국 **격리된 리눅스 프로세스**다.',
        '',
        '- namespace 가 "무엇을 볼 수 있는지"를 나눈다 → 안에서 `ps` 하면 자기 프로세스만 보인다',
        '- cgroups 가 "얼마나 쓸 수 있는지"를 제한한다 → 메모리 옵션이 결국 cgroup 설정',
      ].join('\n'),
    );
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['qa', 1, '컨테이너란 무엇인가'],
      [
        'cloze',
        5,
        '1. 컨테이너란 무엇인가 › [...] 가 "무엇을 볼 수 있는지"를 나눈다 → 안에서 `ps` 하면 자기 프로세스만 보인다',
      ],
      [
        'cloze',
        6,
        '1. 컨테이너란 무엇인가 › [...] 가 "얼마나 쓸 수 있는지"를 제한한다 → 메모리 옵션이 결국 cgroup 설정',
      ],
    ]);
  });

  it('makes none of what the writer means to look at next', () => {
    const note = parseText(
      [
        '## Misc',
        '',
        'Things I picked up this week.',
        '',
        'Exit code 137 means the process got **SIGKILL**, often from the OOM killer.',
        '',
        'next week: networks, because I still do not get why `docker compose` names them.',
      ].join('\n'),
    );
    expect(clozes(note).map(([, line]) => line)).toEqual([5]);
  });

  it("blanks Docker's own words, in code or plain, after the names set apart", () => {
    const note = parseText(
      [
        '## Layers',
        '',
        'Each instruction that changes files adds a layer.',
        '',
        '- the storage driver (usually `overlay2` on Linux) stacks the layers into one view',
        '- deleting a file in a later layer only hides it with a whiteout, the image keeps its bytes',
        '- the image **digest** is a hash of the manifest, and does not change with overlay2 either',
      ].join('\n'),
    );
    expect(clozes(note).map(([, line, front]) => [line, front])).toEqual([
      [5, 'Layers › the storage driver (usually [...] on Linux) stacks the layers into one view'],
      [6, 'Layers › deleting a file in a later layer only hides it with a [...], the image keeps its bytes'],
      // The bold name first, as before Docker's words could be blanks.
      [7, 'Layers › the image [...] is a hash of the manifest, and does not change with overlay2 either'],
    ]);
  });
});

describe('a statement of what leads to what (`X → Y`), with no name to blank', () => {
  const note = parseText(
    [
      '## Scale',
      '',
      '- a fixed host port with two replicas → the second one fails to bind',
      '- slim images often have no curl → use wget instead',
      '- [ ] look at watch mode → later',
      '- compose up (의존성 설치 → 소스 복사) 순서로',
      '',
      '1. edit the file → save it',
    ].join('\n'),
  );

  it('blanks what the arrow leads to, the rest of the line the front', () => {
    expect(clozes(note).map(([, line, front]) => [line, front])).toEqual([
      [3, 'Scale › a fixed host port with two replicas → [...]'],
      [4, 'Scale › slim images often have no curl → [...]'],
    ]);
  });

  it('leaves alone a to-do, an aside in brackets and a step of a procedure', () => {
    expect(clozes(note).map(([, line]) => line)).not.toContain(5);
    expect(clozes(note).map(([, line]) => line)).not.toContain(6);
    expect(clozes(note).map(([, line]) => line)).not.toContain(8);
  });
});

describe('a number to recall in a fact with no name', () => {
  it('blanks a value with its unit, or of three digits or more, but never a year, part of a bigger number or a size', () => {
    const note = parseText(
      [
        '## Restarts',
        '',
        '- the restart delay starts at 100ms and doubles each time it fails',
        '- non-root users cannot bind the ports under 1024 on the host',
        '- this happened to me in 2024 on the old laptop again and again',
        '- more than 13,000 images are listed on the public registry today',
        '- my own image went down to 90.6MB after the second rewrite of it',
        '- the firewall blocks 8080 but `-p 8080:80` still reaches the container',
      ].join('\n'),
    );
    expect(nameClozes(note).map(([, line, front]) => [line, front])).toEqual([
      [3, 'Restarts › the restart delay starts at [...] and doubles each time it fails'],
      [4, 'Restarts › non-root users cannot bind the ports under [...] on the host'],
    ]);
  });
});

describe('code that names something Docker has', () => {
  it('blanks a path, a known file, a variable or a compose key, but not an example name', () => {
    const note = parseText(
      [
        '## Where things live',
        '',
        '- the data root is `/var/lib/docker` unless the daemon is told otherwise',
        '- the client keeps its logins in `~/.docker/config.json` as plain base64',
        '- the CLI talks to the daemon named by `DOCKER_HOST` when it is set',
        '- my test container is called `web` and it runs the nginx image here',
      ].join('\n'),
    );
    expect(nameClozes(note).map(([, line, front]) => [line, front])).toEqual([
      [3, 'Where things live › the data root is [...] unless the daemon is told otherwise'],
      [4, 'Where things live › the client keeps its logins in [...] as plain base64'],
      [5, 'Where things live › the CLI talks to the daemon named by [...] when it is set'],
    ]);
  });
});
