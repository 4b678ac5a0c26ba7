import { describe, expect, it } from 'vitest';
import { type Form, instructionLine, processFor, showArgv } from '../../src/quiz/entrypoint-rules.js';

const exec = (...argv: string[]): Form => ({ form: 'exec', argv });
const shell = (line: string): Form => ({ form: 'shell', line });

// The interaction table of the Dockerfile reference, row by row.
describe('which process runs', () => {
  it.each([
    ['no ENTRYPOINT, no CMD', undefined, undefined, [], undefined],
    ['CMD exec', undefined, exec('go', 'run', 'main.go'), [], ['go', 'run', 'main.go']],
    ['CMD shell', undefined, shell('go run main.go'), [], ['/bin/sh', '-c', 'go run main.go']],
    ['run args replace CMD', undefined, exec('go', 'run', 'main.go'), ['bash'], ['bash']],
    [
      'ENTRYPOINT exec + CMD exec',
      exec('ping', '-c', '3'),
      exec('localhost'),
      [],
      ['ping', '-c', '3', 'localhost'],
    ],
    [
      'ENTRYPOINT exec + CMD shell',
      exec('ping'),
      shell('localhost'),
      [],
      ['ping', '/bin/sh', '-c', 'localhost'],
    ],
    [
      'ENTRYPOINT exec + run args',
      exec('ping', '-c', '3'),
      exec('localhost'),
      ['example.com'],
      ['ping', '-c', '3', 'example.com'],
    ],
    ['ENTRYPOINT exec alone', exec('nginx'), undefined, [], ['nginx']],
    [
      'ENTRYPOINT shell ignores CMD and args',
      shell('nginx -g x'),
      exec('-T'),
      ['-V'],
      ['/bin/sh', '-c', 'nginx -g x'],
    ],
  ] as const)('%s', (_name, entrypoint, cmd, args, expected) => {
    expect(processFor(entrypoint, cmd, [...args])).toEqual(expected);
  });

  it('writes Dockerfile lines in both forms', () => {
    expect(instructionLine('CMD', exec('go', 'run', 'main.go'))).toBe('CMD ["go", "run", "main.go"]');
    expect(instructionLine('ENTRYPOINT', shell('nginx -g x'))).toBe('ENTRYPOINT nginx -g x');
    expect(showArgv(['nginx', '-g', 'daemon off;'])).toBe('nginx -g "daemon off;"');
  });
});
