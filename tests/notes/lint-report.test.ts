import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/notes/lint-report.js';
import { parseNote } from '../../src/notes/parse.js';
import { stubGrammar } from './grammar-stub.js';

const parse = (text: string, file = 'notes/n.md') =>
  parseNote(text, { file, grammar: stubGrammar, user: true });

describe('lintReport', () => {
  it('lists diagnostics as file:line, then each note: cards with their lines, skipped spans with reasons', () => {
    const note = parse(
      '# N\n\n## Links\n\n[docs](https://docs.docker.com)\n\n## Run\n\n```bash\ndocker run -d nginx\ndocker warm\n```\n\n- `-d` : detached\n',
    );
    const report = lintReport([note]);
    expect(report.lines).toEqual([
      "notes/n.md:11: 'docker warm' is not a docker command (did you mean 'docker swarm'?)",
      '',
      "notes/n.md: deck 'n', 2 cards, 1 skipped",
      '  5         skipped     links only',
      '  7-14      command     n-container-run  [code-commands]',
      '  14        flag        n-container-run-detach  [flag-lines]',
    ]);
    expect(report).toMatchObject({ errors: 0, warnings: 1, cards: 2, skipped: 1 });
  });

  it('counts a note that cannot be read as an error', () => {
    const report = lintReport([parse('---js\n{}\n---\n# x\n', 'bad.md')]);
    expect(report.lines[0]).toBe(
      "bad.md:1: error: front matter in 'js' is not allowed; only YAML front matter is read",
    );
    expect(report.errors).toBe(1);
  });
});
