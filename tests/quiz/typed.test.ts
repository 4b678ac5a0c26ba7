import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/quiz/grade.js';
import { phrases } from '../../src/quiz/phrases.js';
import { explainedTask, typedQuestions } from '../../src/quiz/typed.js';
import { card } from './cards.js';

const en = phrases('en');
const command = (
  id: string,
  path: string,
  summary: string,
  examples: string[],
  tasks?: { prompt: string; command: string }[],
) => card({ id, kind: 'command', command: path, summary, examples, ...(tasks ? { tasks } : {}) });

describe('tasks from users’ notes without a # comment', () => {
  it('uses the text that explains the command, with the command blanked', () => {
    const ps = command(
      'container-ls',
      'docker container ls',
      'docker ps -a lists all containers, stopped ones too.',
      ['docker ps -a'],
    );
    expect(explainedTask(ps)).toEqual({
      prompt: '_____ lists all containers, stopped ones too.',
      command: 'docker ps -a',
    });
    const [q] = typedQuestions(ps, [ps], en);
    expect(q!.prompt).toBe('Type the command: _____ lists all containers, stopped ones too.');
    expect(gradeAnswer(q!, 'docker container ls --all').correct).toBe(true);
  });

  it('takes a text that names every part of the example, even without the command', () => {
    const logs = command('container-logs', 'docker container logs', 'Show the logs of the web container.', [
      'docker logs web',
    ]);
    expect(explainedTask(logs)?.prompt).toBe('Show the logs of the web container.');
  });

  it('asks nothing by a text that only says what the command is like, or points elsewhere', () => {
    const prune = command('system-prune', 'docker system prune', 'is the nuclear option, see below.', [
      'docker system prune',
    ]);
    expect(explainedTask(prune)).toBeUndefined();
    expect(typedQuestions(prune, [prune], en)).toEqual([]);
  });

  it('asks nothing when the text does not say what the example adds, or which example it means', () => {
    const vague = command('container-run', 'docker container run', 'Creates and starts a container.', [
      'docker run -d -p 8080:80 nginx',
    ]);
    expect(explainedTask(vague)).toBeUndefined();
    const two = command('container-ls', 'docker container ls', 'Lists containers.', [
      'docker ps',
      'docker ps -a',
    ]);
    expect(explainedTask(two)).toBeUndefined();
  });
});

describe('tasks two cards word alike', () => {
  it('accept the command of each', () => {
    const prompt = 'Without asking, remove every image no container uses';
    const system = command(
      'system-prune',
      'docker system prune',
      'Cleans up.',
      [],
      [{ prompt, command: 'docker system prune -a -f' }],
    );
    const image = command(
      'image-prune',
      'docker image prune',
      'Deletes images.',
      [],
      [{ prompt, command: 'docker image prune -a -f' }],
    );
    const [q] = typedQuestions(system, [system, image], en);
    expect(q!.alsoRight).toEqual(['docker image prune -a -f']);
    expect(gradeAnswer(q!, 'docker image prune -af').correct).toBe(true);
    expect(gradeAnswer(q!, 'docker image prune -a').correct).toBe(false);
  });
});
