// A section's card of many facts: each statement a card of its own, the section's card keeping the rest.
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';

const parse = (lines: string[], user = true) =>
  parseNote(lines.join('\n'), { file: 'vm.md', grammar: noteGrammar, user });

const VMS = [
  '## Why containers are not VMs',
  '',
  'A container is a process on the host, isolated by the kernel.',
  '',
  '- Containers share the host kernel, so they boot in well under a second.',
  '- A VM runs a full guest OS on a hypervisor, which costs memory for each guest.',
  '- Isolation is weaker than a VM: a kernel exploit can escape every container on the host.',
  '- Images are usually tens of megabytes, while VM disks are often gigabytes.',
];

describe('splitting a concept card of many facts', () => {
  it('gives each statement a card cut where it turns, the section keeping its opening sentence', () => {
    const note = parse(VMS);
    expect(note.cards.map((c) => [c.kind, c.source.line, c.front])).toEqual([
      ['concept', 1, 'Why containers are not VMs'],
      ['cloze', 5, 'Why containers are not VMs › Containers share the host kernel, so [...]'],
      ['cloze', 6, 'Why containers are not VMs › A VM runs a full guest OS on a hypervisor, which [...]'],
      ['cloze', 7, 'Why containers are not VMs › Isolation is weaker than a VM: [...]'],
      ['cloze', 8, 'Why containers are not VMs › Images are usually tens of megabytes, while [...]'],
    ]);
    expect(note.cards[0]!.back).toBe('A container is a process on the host, isolated by the kernel.');
    expect(note.cards[1]!.back).toBe(
      'Containers share the host kernel, so they boot in well under a second.',
    );
    expect(note.spans!.filter((s) => s.recognizer === 'statement')).toHaveLength(4);
  });

  it('keeps a card of three facts or fewer whole, and a statement it cannot cut on the card', () => {
    const few = parse(VMS.slice(0, 6));
    expect(few.cards.map((c) => c.kind)).toEqual(['concept']);
    expect(few.cards[0]!.back).toContain('which costs memory');
    const uncut = parse([...VMS, '- Tiny images boot fast.']);
    expect(uncut.cards[0]!.back).toBe(
      'A container is a process on the host, isolated by the kernel.\n\n- Tiny images boot fast.',
    );
  });

  it("leaves the writer's own story, and the built-in decks, as they were", () => {
    const story = parse([
      ...VMS.slice(0, 4),
      '- My laptop has 8 GB, so two VMs were all it could run.',
      ...VMS.slice(5),
    ]);
    expect(story.cards.some((c) => c.front.includes('My laptop'))).toBe(false);
    expect(parse(VMS, false).cards.map((c) => c.kind)).toEqual(['concept']);
  });

  it('keeps the ids of the statements when another is added above them', () => {
    const ids = (lines: string[]) => parse(lines).cards.map((c) => c.id);
    const before = ids(VMS);
    const after = ids([
      ...VMS.slice(0, 4),
      '- Starting one takes no boot of an OS, which saves seconds.',
      ...VMS.slice(4),
    ]);
    for (const id of before) expect(after).toContain(id);
  });
});

describe('a table no shape read, in a concept section', () => {
  const note = parse([
    '## default bridge vs user-defined bridge',
    '',
    'Two kinds of bridge network, which behave differently.',
    '',
    '| | default bridge | user-defined bridge |',
    '|---|---|---|',
    '| DNS by container name | ❌ no (IP only) | ✅ yes (embedded DNS) |',
    '| connect while running | recreate the container | connect and disconnect live |',
  ]);

  it('gives each row a card of what its columns say, and the section keeps its text', () => {
    expect(note.cards.map((c) => [c.source.line, c.front])).toEqual([
      [1, 'default bridge vs user-defined bridge'],
      [7, 'default bridge vs user-defined bridge › DNS by container name'],
      [8, 'default bridge vs user-defined bridge › connect while running'],
    ]);
    expect(note.cards[1]!.back).toBe(
      '- **default bridge**: ❌ no (IP only)\n- **user-defined bridge**: ✅ yes (embedded DNS)',
    );
    expect(note.cards[0]!.back).toBe('Two kinds of bridge network, which behave differently.');
  });
});

describe("the note's introduction after its opening", () => {
  it('gives each statement no other card holds a card, and skips the opening', () => {
    const note = parse([
      '# Container security',
      '',
      'The thing that made this click for me: a container is a process with a narrow view.',
      '',
      'A container escape only needs a kernel bug reachable through a syscall, or a config mistake.',
      '',
      '## Capabilities',
      '',
      'Root in a container gets a reduced set of capabilities.',
    ]);
    expect(note.cards.map((c) => [c.source.line, c.front])).toEqual([
      [5, 'Container security › A container escape only needs [...]'],
      [7, 'Capabilities'],
    ]);
    expect(note.skipped?.map((s) => [s.line, s.reason])).toEqual([[3, "the note's introduction"]]);
  });
});

describe('a table of what Dockerfile lines do when run', () => {
  it('makes no instruction card of a row (the row is a pairing): each row says what its line does', () => {
    const note = parse([
      '## CMD vs ENTRYPOINT',
      '',
      'Both say what runs; arguments to `docker run` replace one of them.',
      '',
      '| Dockerfile | `docker run img` | `docker run img -v` |',
      '|---|---|---|',
      '| `CMD ["nginx","-g","daemon off;"]` | `nginx -g daemon off;` | runs `-v` (CMD replaced) |',
      '| `ENTRYPOINT ["nginx"]` + `CMD ["-g","daemon off;"]` | `nginx -g daemon off;` | `nginx -v` |',
    ]);
    expect(note.cards.some((c) => c.kind === 'instruction')).toBe(false);
    expect(note.cards.map((c) => c.front)).toContain(
      'CMD vs ENTRYPOINT › `ENTRYPOINT ["nginx"]` + `CMD ["-g","daemon off;"]`',
    );
  });
});

describe("a command's card of many statements", () => {
  it('keeps what the command does and its code; the statements other cards hold or that are cut go', () => {
    const note = parse([
      '## Looking inside',
      '',
      '```console',
      '$ docker logs web',
      '$ docker logs -f web     # follow',
      '```',
      '',
      'Logs are whatever the main process writes to stdout and stderr. If the app writes to a file inside the container, the command shows nothing. Logs survive the container stopping, but are deleted with `docker rm`. The logging driver decides where they go, so a remote driver once left the command with nothing to read.',
    ]);
    const logs = note.cards.find((c) => c.kind === 'command' && c.command === 'docker container logs')!;
    expect(logs.back).toContain('Logs are whatever the main process writes to stdout and stderr.');
    expect(logs.back).toContain('docker logs -f web');
    expect(logs.back).not.toContain('deleted with');
    const fronts = note.cards.map((c) => c.front);
    expect(fronts).toContain('Looking inside › If the app writes to a file inside the container, [...]');
    expect(fronts).toContain('Looking inside › Logs survive the container stopping, but are deleted with [...].');
  });
});
