// A whole Korean UI: commander's help (headings, descriptions, notes), its errors, note warnings.
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/ui/messages.js';
import { FIXTURES, run } from './helpers.js';

const HANGUL = /[\uac00-\ud7a3]/;
const COMMANDS = [
  [],
  ['quiz'],
  ['review'],
  ['stats'],
  ['card'],
  ['cards'],
  ['decks'],
  ['lint'],
  ['config'],
  ['config', 'get'],
  ['config', 'set'],
  ['config', 'list'],
  ['config', 'path'],
  ['notes'],
  ['notes', 'add'],
  ['notes', 'list'],
  ['notes', 'remove'],
  ['completion'],
];
const english = messages('en');
const englishSentences = [
  ...Object.values(english.help).filter((text) => !text.includes('\n')),
  english.commander.help,
  english.commander.version,
  ...Object.keys(english.commander.titles),
  '(default: ',
];

describe('Korean help', () => {
  test.each(COMMANDS)(
    'dockstudy --lang ko %s --help: every heading and description in Korean',
    async (...path) => {
      const help = await run(['--lang', 'ko', ...path, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^사용법: dockstudy/);
      for (const sentence of englishSentences) expect(help.stdout).not.toContain(sentence);
      // Every described item (two spaces, a name, two spaces, a description) is described in Korean.
      const items = help.stdout
        .split('\n')
        .filter((line) => /^ {2}\S.*\S {2,}\S/.test(line) && !line.includes('$ '));
      expect(items.length).toBeGreaterThan(0);
      for (const line of items.filter((l) => !/^ {2}[A-Z_]+ /.test(l))) expect(line).toMatch(HANGUL);
    },
  );

  test('the locale alone makes the help Korean', async () => {
    const help = await run(['--help'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(help.stdout).toContain('옵션:');
    expect(help.stdout).toContain('명령:');
  });

  test('the help lists the environment variables and the exit codes, in both languages', async () => {
    for (const [lang, env, codes] of [
      ['en', 'Environment:', 'Exit codes:'],
      ['ko', '환경 변수:', '종료 코드:'],
    ]) {
      const help = (await run(['--lang', lang!, '--help'])).stdout;
      expect(help).toContain(env);
      expect(help).toContain(codes);
      for (const name of [
        'DOCKSTUDY_HOME',
        'DOCKSTUDY_NOTES',
        'DOCKSTUDY_NOW',
        'NO_COLOR',
        'FORCE_COLOR',
        'LANGUAGE',
      ])
        expect(help).toContain(name);
      expect(help).toMatch(/0 .*· 1 .*· 2 .*· 130 /);
    }
  });
});

describe("commander's errors in Korean", () => {
  test.each([
    [['cards', '--frob'], "오류: 알 수 없는 옵션 '--frob'"],
    [['crds'], "오류: 알 수 없는 명령 'crds'\n(혹시 cards?)"],
    [['card'], "오류: 필요한 인자 'id'이(가) 없습니다"],
    [['review', '--deck'], "오류: 옵션 '--deck <id>'에 값이 없습니다"],
    [['decks', 'extra'], '오류: 인자가 너무 많습니다: 0개를 받는데 1개가 왔습니다'],
    [['completion', 'tcsh'], "오류: 'tcsh'은(는) shell(으)로 쓸 수 없습니다 (가능한 값: bash, zsh, fish)"],
    [['config', 'frob'], "오류: 알 수 없는 명령 'frob'"],
  ])('%s', async (args, said) => {
    const result = await run(['--lang', 'ko', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(said);
    expect(result.stderr).toContain('(사용법: dockstudy --help)');
    expect(result.stderr).not.toMatch(/error|Did you mean|run dockstudy/);
  });

  test('in English they stay commander’s', async () => {
    const result = await run(['crds']);
    expect(result.stderr).toBe(
      "error: unknown command 'crds'\n(Did you mean cards?)\n(run dockstudy --help for usage)\n",
    );
  });
});

describe('note warnings in Korean', () => {
  test('every warning of a note full of problems, in Korean; the same note in English', async () => {
    const note = `${FIXTURES}/many-warnings.md`;
    const ko = await run(['--lang', 'ko', '--notes', note, 'decks']);
    const en = await run(['--notes', note, 'decks']);
    const koLines = ko.stderr.trim().split('\n');
    const enLines = en.stderr.trim().split('\n');
    expect(koLines).toHaveLength(8);
    expect(enLines).toHaveLength(8);
    for (const line of koLines) expect(line).toMatch(HANGUL);
    for (const line of enLines) expect(line).not.toMatch(HANGUL);
    // The file:line stays as it was.
    expect(koLines.map((l) => l.split(': ')[0])).toEqual(enLines.map((l) => l.split(': ')[0]));
  });

  test('lint speaks Korean too', async () => {
    const lint = await run(['--lang', 'ko', 'lint', `${FIXTURES}/many-warnings.md`]);
    expect(lint.stdout).toContain("'dokcer'은(는) 'docker'의 오타로 보입니다");
    expect(lint.stdout).toContain('경고: many-warnings-running 카드로는 퀴즈 질문을 만들 수 없습니다');
    expect(lint.stdout).toContain('카드 2장, 건너뛴 부분 1곳, 오류 0개, 경고 10개');
  });
});
