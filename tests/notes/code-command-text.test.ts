// Which words of a section go on which command card, when its code shows several commands.
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';
import type { ParsedNote } from '../../src/notes/types.js';

const parseText = (text: string): ParsedNote =>
  parseNote(text, { file: 'til.md', grammar: noteGrammar, user: true });
const commands = (note: ParsedNote) =>
  note.cards.filter((c) => c.kind === 'command').map((c) => [c.id, c.back.split('\n')[0]]);

const DISK = [
  '## 1. Where did my disk space go??',
  '',
  'Most of it was Docker. First thing to run:',
  '',
  '```bash',
  'docker system df',
  '```',
  '',
  '`docker system df` prints how much space images, containers and volumes use.',
  '',
  'Then, to get it back:',
  '',
  '```bash',
  'docker system prune   # the big one',
  '```',
  '',
  'Plain `docker system prune` removes stopped containers and dangling images.',
  '',
  'Smaller ones:',
  '',
  '```bash',
  'docker image prune       # dangling images only',
  'docker container prune   # stopped containers',
  '```',
].join('\n');

describe('the commands of a question heading over code', () => {
  it('gives each command its card beside the question, with the text that names it, below or above its code', () => {
    const note = parseText(DISK);
    expect(note.cards[0]).toMatchObject({ kind: 'qa', front: 'Where did my disk space go??' });
    expect(commands(note)).toEqual([
      ['til-system-df', '`docker system df` prints how much space images, containers and volumes use.'],
      ['til-system-prune', 'Plain `docker system prune` removes stopped containers and dangling images.'],
      // Under a line that only leads into them, the comments say what each does.
      ['til-image-prune', '```bash'],
      ['til-container-prune', '```bash'],
    ]);
    expect(note.cards.find((c) => c.id === 'til-image-prune')!.back).toContain('# dangling images only');
  });

  it('leaves one command to the answer: it is the answer’s example', () => {
    const note = parseText(
      '## Q1. How do I follow logs?\n\nLike this:\n\n```bash\ndocker logs -f web   # follow the output\n```\n',
    );
    expect(commands(note)).toEqual([]);
  });

  it('makes no second card of a command the note has a card of already', () => {
    const note = parseText(
      `## docker system df\n\nShows the space used.\n\n\`\`\`bash\ndocker system df\n\`\`\`\n\n${DISK}`,
    );
    expect(commands(note).map(([id]) => id)).toEqual([
      'til-system-df',
      'til-system-prune',
      'til-image-prune',
      'til-container-prune',
    ]);
    expect(note.cards.find((c) => c.id === 'til-system-df')!.back).toMatch(/^Shows the space used/);
  });
});

describe('the text below a block of several commands', () => {
  const section = (below: string) =>
    parseText(
      [
        '## Files and backups',
        '',
        '```sh',
        'docker cp web:/etc/nginx/nginx.conf .   # container to host',
        'docker save -o app.tar app:1.0          # an image to a tar',
        'docker export -o fs.tar web             # a container filesystem to a tar',
        '```',
        '',
        below,
      ].join('\n'),
    );

  it('goes to none of a list of commands when it names none of them', () => {
    const note = section('Easy to mix up, watch out.');
    for (const card of note.cards.filter((c) => c.kind === 'command'))
      expect(card.back).not.toContain('mix up');
  });

  it('goes to the commands it names by their last word, in code or bold', () => {
    const note = section('Easy to mix up: `save` keeps the layers, **export** flattens them into one.');
    const holding = note.cards.filter((c) => c.kind === 'command' && c.back.includes('flattens'));
    expect(holding.map((c) => c.id)).toEqual(['til-image-save', 'til-container-export']);
  });
});

describe('a lead-in over items each about one command of the block', () => {
  const note = parseText(
    [
      '## Day 3',
      '',
      '```console',
      '$ docker compose restart web',
      '$ docker compose up -d',
      '$ docker compose stop',
      '```',
      '',
      '위에서부터:',
      '- `restart` 는 컨테이너를 **그대로** 재시작한다. 설정 바뀐 건 반영 안 됨',
      '- `up -d` 는 바뀐 서비스만 새로 만든다',
      '- `stop` 은 멈추기만 한다 (삭제 X)',
    ].join('\n'),
  );

  it('gives each command the item naming it by its last word, and none of them the lead-in', () => {
    expect(commands(note)).toEqual([
      ['til-compose-restart', '- `restart` 는 컨테이너를 **그대로** 재시작한다. 설정 바뀐 건 반영 안 됨'],
      ['til-compose-up', '- `up -d` 는 바뀐 서비스만 새로 만든다'],
      ['til-compose-stop', '- `stop` 은 멈추기만 한다 (삭제 X)'],
    ]);
    // (The command's card has the item: no term card repeats it.)
    expect(note.cards.some((c) => c.kind === 'term')).toBe(false);
  });
});

describe('text above a block that names a flag two of its commands have', () => {
  const note = parseText(
    [
      '## Limits',
      '',
      "Docker's `--memory` and the like only write numbers into cgroup files for you.",
      '',
      '```bash',
      'docker run -d --name lim --memory 256m --cpus 0.5 nginx',
      'docker exec lim cat /sys/fs/cgroup/memory.max   # the limit, in bytes',
      'docker stats --no-stream lim                     # usage against the limit',
      'docker update --memory 512m lim                  # a new limit, the container still running',
      '```',
    ].join('\n'),
  );

  it('is no answer for either: `docker update` is backed by its own comment', () => {
    const update = note.cards.find((c) => c.kind === 'command' && c.command === 'docker container update')!;
    expect(update.back).not.toContain('cgroup files');
    expect(update.back).toContain('# a new limit, the container still running');
  });
});
