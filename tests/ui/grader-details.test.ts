// The docker parser's and grader's problems worded in each UI language: every code has words in
// both, the names and values are kept, and no English is left in a Korean sentence.
import { describe, expect, test } from 'vitest';
import { type CommandProblem, compareCommands, parseCommandLine } from '../../src/docker/index.js';
import { describeProblem } from '../../src/ui/grader-details.js';
import { messages } from '../../src/ui/messages.js';

const diffs = (expected: string, typed: string) =>
  compareCommands(expected, typed).diffs.map((d) => d.problem);
const parseProblem = (line: string) => {
  const result = parseCommandLine(line);
  if (!('error' in result)) throw new Error(`${line} parsed`);
  return result.error;
};

/** One problem of every code, each from a real comparison or parse where one makes it. */
const EVERY: CommandProblem[] = [
  ...diffs('docker container ls', 'docker image ls'),
  ...diffs('docker run -d nginx', 'docker run nginx'),
  ...diffs('docker run nginx', 'docker run --rm nginx'),
  ...diffs('docker run nginx', 'docker run nginx:1.27'),
  ...diffs('docker rm a b', 'docker rm a c'),
  ...diffs('docker run x', 'docker run x'),
  ...diffs('docker pull alpine', 'docker pull alpine extra'),
  ...diffs('docker run alpine ls', 'docker run alpine'),
  ...diffs('docker run alpine', 'docker run alpine ls'),
  ...diffs('docker exec web ls -l', 'docker exec web ls'),
  ...diffs('docker run -d nginx', 'docker run nginx -d'),
  ...diffs('docker save alpine > a.tar', 'docker save alpine'),
  ...diffs('docker save alpine', 'docker save alpine > a.tar'),
  ...diffs('docker save alpine > a.tar', 'docker save alpine > b.tar'),
  compareCommands('docker run --bogus x', 'docker run x').error!,
  { code: 'uncomparable' },
  (parseCommandLine(42 as unknown as string) as { error: CommandProblem }).error,
  parseProblem(''),
  parseProblem('kubectl get pods'),
  parseProblem('docker'),
  parseProblem('docker ps | grep web'),
  parseProblem('docker save x >'),
  parseProblem('docker checkpoint ls web'),
  parseProblem('docker container'),
  parseProblem('docker rnu alpine'),
  parseProblem('docker fly'),
  parseProblem('docker run'),
  parseProblem('docker cp a'),
  parseProblem('docker logs a b'),
  parseProblem('docker ps web'),
  parseProblem('docker run -itx alpine'),
  parseProblem('docker run --publis 80:80 x'),
  parseProblem('docker run --name'),
  parseProblem('docker run ---rm x'),
  parseProblem('docker run --rm=yes x'),
  parseProblem('docker stop -t 5.0 web'),
  parseProblem('docker run --cpus abc x'),
  parseProblem('docker run --blkio-weight 65536 x'),
  parseProblem('docker run --cpus 0.0000000001 x'),
  parseProblem('echo `date'),
  parseProblem('docker rm $(docker ps -aq'),
  parseProblem('docker run -e A=${B x'),
  parseProblem("docker run --name 'x"),
  parseProblem('docker run --name "x'),
  parseProblem('docker ps \\'),
  { code: 'unreadable' },
];

describe('every problem in both languages', () => {
  test('the list holds every code the catalogue words', () => {
    const codes = new Set(EVERY.map((p) => p.code));
    expect([...codes].sort()).toEqual(Object.keys(messages('en').grader).sort());
    expect(Object.keys(messages('ko').grader).sort()).toEqual(Object.keys(messages('en').grader).sort());
  });

  test.each(EVERY.map((p) => [p.code, p] as const))(
    '%s: Korean, no English words but names and values',
    (_code, problem) => {
      const en = describeProblem(problem, 'en');
      const ko = describeProblem(problem, 'ko');
      expect(ko).toMatch(/[가-힣]/);
      expect(ko).not.toBe(en);
      // What is left of the Korean once the problem's own names and values are taken out: no English.
      const values = JSON.stringify(problem).match(/"[^"]*"/g) ?? [];
      let rest = ko;
      for (const value of values.map((v) => JSON.parse(v) as string).sort((a, b) => b.length - a.length))
        rest = rest.split(value).join(' ');
      const english = rest.match(/\b[a-z]{3,}\b/g) ?? [];
      expect(
        english.filter((word) => !['docker', 'dockstudy', 'true', 'false', 'run', 'ps'].includes(word)),
      ).toEqual([]);
    },
  );
});

test("the grader's details in Korean, names and values kept", () => {
  const [value] = diffs('docker container run -d nginx', 'docker container run -d nginx:1.27');
  expect(describeProblem(value!, 'en')).toBe('IMAGE should be nginx, not nginx:1.27');
  expect(describeProblem(value!, 'ko')).toBe(
    'IMAGE 값이 다릅니다: nginx이(가) 맞고, nginx:1.27을(를) 입력했습니다',
  );
  const [missing] = diffs('docker container run -d nginx', 'docker container run nginx');
  expect(describeProblem(missing!, 'ko')).toBe('빠짐: --detach (-d)');
  const [extra] = diffs('docker container run nginx', 'docker container run --rm nginx');
  expect(describeProblem(extra!, 'ko')).toBe('필요 없음: --rm');
  const [command] = diffs('docker container ls', 'docker image ls');
  expect(describeProblem(command!, 'ko')).toMatch(/^다른 명령입니다: docker container ls/);
});

test('parse errors in Korean: unknown flag, not a docker command, a hint kept', () => {
  expect(describeProblem(parseProblem('docker run --publis 80:80 x'), 'ko')).toBe(
    "docker container run에는 '--publis' 플래그가 없습니다 (혹시 --publish?)",
  );
  expect(describeProblem(parseProblem('ls -l'), 'ko')).toBe(
    "'ls'은(는) docker 명령이 아닙니다: 답을 'docker'로 시작하세요",
  );
  expect(describeProblem(parseProblem('docker run nginx -d | x'), 'en')).toBe(
    "only one docker command can be checked at a time; remove '|' and what follows",
  );
});

test('a stray flag after the image, in Korean, names the image in Korean', () => {
  const [, stray] = diffs('docker run -d nginx', 'docker run nginx -d');
  expect(describeProblem(stray!, 'ko')).toBe(
    "이미지 뒤에는 아무것도 없어야 하는데 '-d'이(가) 있습니다 (이미지 뒤의 -d은(는) docker가 아니라 컨테이너에 전달됩니다)",
  );
});

test('control characters in a value never reach the terminal', () => {
  const said = describeProblem({ code: 'not-docker', word: 'x\u001b[31mred' }, 'ko');
  expect(said).not.toContain('\u001b');
});
