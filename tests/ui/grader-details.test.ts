import { expect, test } from 'vitest';
import { compareCommands } from '../../src/docker/index.js';
import { localizeDetail } from '../../src/ui/grader-details.js';

const details = (expected: string, typed: string) =>
  compareCommands(expected, typed).diffs.map((d) => d.message);

test("the grader's details in Korean, names and values kept", () => {
  const [value] = details('docker container run -d nginx', 'docker container run -d httpd');
  expect(value).toBeDefined();
  const ko = localizeDetail(value!, 'ko');
  expect(ko).toContain('nginx');
  expect(ko).toContain('httpd');
  expect(ko).toMatch(/이어야 합니다$/);
  const [missing] = details('docker container run -d nginx', 'docker container run nginx');
  expect(localizeDetail(missing!, 'ko')).toBe('빠짐: --detach (-d)');
  const [extra] = details('docker container run nginx', 'docker container run --rm nginx');
  expect(localizeDetail(extra!, 'ko')).toBe('필요 없음: --rm');
  const [command] = details('docker container ls', 'docker image ls');
  expect(localizeDetail(command!, 'ko')).toMatch(/^다른 명령입니다: docker container ls/);
});

test('English stays as the grader said it; unknown shapes stay as they are', () => {
  expect(localizeDetail('missing --rm', 'en')).toBe('missing --rm');
  expect(localizeDetail("'ls' is not a docker command; start the answer with 'docker'", 'ko')).toContain(
    'docker',
  );
});
