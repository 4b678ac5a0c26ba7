// A practice exam as people write one: numbered questions (one leading with a Dockerfile before it
// asks, one with an option wrapped onto a second line), a key of `1 → **B**` entries side by side with
// HTML spaces and breaks, and a `### Why` list numbered as the questions. And the fields of such a
// note (`Topics covered: …`, `Score last time: …`), which teach nothing.
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { joinAnswerKeys } from '../../src/notes/answer-key.js';
import { parseNote } from '../../src/notes/parse.js';

const exam = [
  '# Practice exam',
  '',
  'Timer: 25 min. Answers at the bottom.',
  '',
  'Topics covered: Dockerfile &amp; build cache, networking.',
  'Score last time: 11/15. Target: 14+.',
  '',
  '**1.** Which instructions add a filesystem layer?',
  '',
  'A. `ENV`, `LABEL`',
  'B. `RUN`, `COPY`',
  '',
  '**2.** Given this Dockerfile:',
  '',
  '```dockerfile',
  'ENTRYPOINT ["ping", "-c", "3"]',
  'CMD ["localhost"]',
  '```',
  '',
  'What runs for `docker run myping example.com`?',
  '',
  'A. `ping -c 3 localhost`',
  'B. `ping -c 3 example.com`',
  '',
  '**3.** One real difference between `ADD` and `COPY`?',
  '',
  'A. `ADD` extracts a local tar archive into the destination; `COPY`',
  '   just copies',
  'B. `COPY` can download from URLs',
  '',
  '## Answer key',
  '',
  '1 → **B** &nbsp; 2 → **B**<br>',
  '3 → **A**',
  '',
  '### Why',
  '',
  '1. Only instructions that change files make a layer with content.',
  '2. Arguments after the image replace `CMD` only.',
  '3. `ADD` has the extra behaviour.',
  '',
].join('\n');

describe('a practice exam with its key and its reasons below', () => {
  const note = joinAnswerKeys([parseNote(exam, { file: 'exam.md', grammar: noteGrammar, user: true })])[0]!;

  it('fronts each question by its stem (a lead and its code first) and backs it with the key and the reason', () => {
    expect(note.cards.map((c) => [c.source.line, c.front.split('\n')[0], c.back])).toEqual([
      [
        8,
        '**1.** Which instructions add a filesystem layer?',
        '**B.** `RUN`, `COPY`\n\nOnly instructions that change files make a layer with content.',
      ],
      [
        13,
        '**2.** Given this Dockerfile:',
        '**B.** `ping -c 3 example.com`\n\nArguments after the image replace `CMD` only.',
      ],
      [
        25,
        '**3.** One real difference between `ADD` and `COPY`?',
        '**A.** `ADD` extracts a local tar archive into the destination; `COPY` just copies\n\n`ADD` has the extra behaviour.',
      ],
    ]);
    expect(note.cards[1]!.front).toContain(
      'CMD ["localhost"]\n```\n\nWhat runs for `docker run myping example.com`?',
    );
    expect(note.cards[1]!.id).toBe('exam-what-runs-for-docker-run-myping-example-com');
    expect(note.diagnostics).toEqual([]);
  });

  it("skips the note's own fields with its introduction", () => {
    expect((note.skipped ?? []).filter((s) => s.line < 8).map((s) => [s.line, s.endLine, s.reason])).toEqual([
      [3, 6, "the note's introduction"],
    ]);
  });
});

describe('a key in bold under the questions, a quoted remark on one of them below it', () => {
  const note = joinAnswerKeys([
    parseNote(
      [
        '## Multiple choice (timed myself: 5 min)',
        '',
        '**1.** Which driver gives only a loopback interface?',
        'a) bridge',
        'b) none',
        '',
        '**2.** Which flag mounts a volume?',
        'a) -v',
        'b) -p',
        '',
        '**Answer key:** 1-b · 2-a',
        '',
        '> note to self: for 2, a name on the left is a volume,',
        '> a path is a bind mount.',
      ].join('\n'),
      { file: 'mc.md', grammar: noteGrammar, user: true },
    ),
  ])[0]!;

  it('answers each question, the remark on the one it names, and makes no card of the section', () => {
    expect(note.cards.map((c) => [c.source.line, c.back])).toEqual([
      [3, '**B.** none'],
      [7, '**A.** -v\n\nnote to self: for 2, a name on the left is a volume, a path is a bind mount.'],
    ]);
    expect(note.diagnostics).toEqual([]);
  });
});

describe('a `Q:`/`A:` answer that leads into its code', () => {
  it('takes the fence below as the rest of the answer', () => {
    const note = parseNote(
      [
        '## Volumes',
        '',
        'Q: How do you back up a volume?',
        'A: Mount it and a host folder into a throwaway container, and tar it:',
        '',
        '```bash',
        'docker run --rm -v pgdata:/data:ro -v "$PWD":/backup alpine tar czf /backup/pg.tgz -C /data .',
        '```',
      ].join('\n'),
      { file: 'qa.md', grammar: noteGrammar, user: true },
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([['qa', 'How do you back up a volume?']]);
    expect(note.cards[0]!.back).toBe(
      'Mount it and a host folder into a throwaway container, and tar it:\n\n```bash\ndocker run --rm -v pgdata:/data:ro -v "$PWD":/backup alpine tar czf /backup/pg.tgz -C /data .\n```',
    );
  });
});

describe('a numbered heading that asks, among numbered topics', () => {
  it('is a topic of the post: its callouts are questions of their own, its text a section', () => {
    const note = parseNote(
      [
        '# Container security',
        '',
        '## 1. Who is root? (users, rootless)',
        '',
        'By default the process in a container runs as root, the same uid 0 as on the host.',
        '',
        '> [!question]- Why is the docker group as good as root?',
        '> Anyone on the socket can start a container that mounts `/` from the host.',
        '',
        '## 2. Capabilities',
        '',
        'Root in a container gets a reduced set of capabilities.',
        '',
        '## 3. seccomp',
        '',
        'A default profile blocks rarely used syscalls.',
      ].join('\n'),
      { file: 'sec.md', grammar: noteGrammar, user: true },
    );
    expect(note.cards.map((c) => [c.kind, c.front])).toEqual([
      ['concept', '1. Who is root? (users, rootless)'],
      ['qa', 'Why is the docker group as good as root?'],
      ['concept', '2. Capabilities'],
      ['concept', '3. seccomp'],
    ]);
  });
});
