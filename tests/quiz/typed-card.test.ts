import { expect, test } from 'vitest';
import { gradeTypedCommand } from '../../src/quiz/typed-card.js';
import { card } from './cards.js';

const run = card({
  id: 'container-run',
  kind: 'command',
  command: 'docker container run',
  examples: ['docker container run -d nginx', 'docker container run --rm -it alpine sh'],
});

test('any example, by meaning, is right', () => {
  expect(gradeTypedCommand(run, 'docker run --detach nginx')?.correct).toBe(true);
  expect(gradeTypedCommand(run, 'docker run -it --rm alpine sh')?.correct).toBe(true);
});

test('a wrong answer is compared with the nearest example', () => {
  const verdict = gradeTypedCommand(run, 'docker container run -d httpd');
  expect(verdict).toMatchObject({ correct: false, expected: 'docker container run -d nginx' });
  expect(verdict?.details).toHaveLength(1);
  expect(verdict?.details[0]).toMatchObject({ code: 'wrong-value', expected: 'nginx', actual: 'httpd' });
});

test('other kinds cannot be typed', () => {
  expect(gradeTypedCommand(card({ id: 'x', kind: 'concept' }), 'docker ps')).toBeUndefined();
});
