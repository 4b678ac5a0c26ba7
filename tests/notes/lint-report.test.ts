import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/notes/lint-report.js';
import { parseNote } from '../../src/notes/parse.js';
import { stubGrammar } from './grammar-stub.js';

const parse = (text: string, file = 'notes/n.md') =>
  parseNote(text, { file, grammar: stubGrammar, user: true });

describe('lintReport', () => {
  it('gives the diagnostics, then each note: cards with their lines, skipped spans with reasons', () => {
    const note = parse(
      '# N\n\n## Links\n\n[docs](https://docs.docker.com)\n\n## Run\n\n```bash\ndocker run -d nginx\ndocker warm\n```\n\n- `-d` : detached\n',
    );
    const report = lintReport([note]);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      ['notes/n.md', 11, "'docker warm' is not a docker command (did you mean 'docker swarm'?)"],
    ]);
    expect(report.notes).toEqual([
      {
        file: 'notes/n.md',
        deck: 'n',
        cards: 2,
        skipped: 1,
        rows: [
          { line: 5, endLine: 5, what: 'skipped', reason: 'links only' },
          {
            line: 7,
            endLine: 14,
            what: 'card',
            kind: 'command',
            id: 'n-container-run',
            recognizer: 'code-commands',
          },
          {
            line: 14,
            endLine: 14,
            what: 'card',
            kind: 'flag',
            id: 'n-container-run-detach',
            recognizer: 'flag-lines',
          },
        ],
      },
    ]);
    expect(report).toMatchObject({ errors: 0, warnings: 1, cards: 2, skipped: 1 });
  });

  it('counts a note that cannot be read as an error', () => {
    const report = lintReport([parse('---js\n{}\n---\n# x\n', 'bad.md')]);
    expect(report.diagnostics[0]).toMatchObject({
      file: 'bad.md',
      line: 1,
      severity: 'error',
      message: "front matter in 'js' is not allowed; only YAML front matter is read",
    });
    expect(report.errors).toBe(1);
  });
});
