// lint's report said in each language: the same rows, the notes stage's sentences translated.
import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/notes/lint-report.js';
import { parseNote } from '../../src/notes/parse.js';
import { renderLintReport } from '../../src/ui/lint-view.js';
import { stubGrammar } from '../notes/grammar-stub.js';

const NOTE =
  '# N\n\n## Links\n\n[docs](https://docs.docker.com)\n\n## Run\n\n```bash\ndocker run -d nginx\ndocker warm\n```\n\n- `-d` : detached\n';
const report = (text: string, file = 'notes/n.md') =>
  lintReport([parseNote(text, { file, grammar: stubGrammar, user: true })]);

describe('renderLintReport', () => {
  it('English: file:line diagnostics, then the note line and its rows in line order', () => {
    expect(renderLintReport(report(NOTE), 'en')).toEqual([
      "notes/n.md:11: 'docker warm' is not a docker command (did you mean 'docker swarm'?)",
      '',
      "notes/n.md: deck 'n', 2 cards, 1 skipped",
      '  5         skipped     links only',
      '  7-14      command     n-container-run  [code-commands]',
      '  14        flag        n-container-run-detach  [flag-lines]',
    ]);
  });

  it('Korean: the same rows, kinds and reasons in Korean, columns kept by display width', () => {
    expect(renderLintReport(report(NOTE), 'ko')).toEqual([
      "notes/n.md:11: 'docker warm'은(는) docker 명령이 아닙니다 (혹시 'docker swarm'?)",
      '',
      "notes/n.md: 덱 'n', 카드 2장, 건너뜀 1곳",
      '  5         건너뜀      링크만 있음',
      '  7-14      명령        n-container-run  [code-commands]',
      '  14        플래그      n-container-run-detach  [flag-lines]',
    ]);
  });

  it('an error is marked as one, in either language', () => {
    const bad = report('---js\n{}\n---\n# x\n', 'bad.md');
    expect(renderLintReport(bad, 'en')[0]).toBe(
      "bad.md:1: error: front matter in 'js' is not allowed; only YAML front matter is read",
    );
    expect(renderLintReport(bad, 'ko')[0]).toBe(
      "bad.md:1: 오류: 'js' front matter는 쓸 수 없습니다: YAML front matter만 읽습니다",
    );
  });
});
