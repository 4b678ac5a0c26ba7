import { describe, expect, it } from 'vitest';
import { canonicalCommand } from '../../src/docker/index.js';

describe('canonicalCommand', () => {
  it.each([
    [
      'docker run -d -p 9000:8080 example/echo',
      'docker container run --detach --publish 9000:8080 example/echo',
    ],
    ['docker ps -qa', 'docker container ls --all --quiet'],
    ['docker images', 'docker image ls'],
    ['docker build --rm=false -t b -t a .', 'docker image build --rm=false --tag a --tag b .'],
    ['docker build --rm --pull .', 'docker image build --pull .'],
    ['docker rm b a', 'docker container rm a b'],
    ['docker rm -- -x', 'docker container rm -- -x'],
    ['docker run --pull missing --restart no nginx', 'docker container run nginx'],
    [
      'docker run -it --rm --name "my app" alpine sh -c "echo hi"',
      "docker container run --interactive --name 'my app' --rm --tty alpine sh -c 'echo hi'",
    ],
    ['docker run -v "$(pwd)":/app node', 'docker container run --volume "$(pwd):/app" node'],
    ['docker -D --context prod ps', 'docker --context prod --debug container ls'],
    ['docker save alpine >alpine.tar', 'docker image save alpine > alpine.tar'],
    ['docker --version', 'docker --version'],
  ])('%s → %s', (line, canonical) => {
    expect(canonicalCommand(line)).toBe(canonical);
  });

  it('is stable: the canonical form of a canonical form is itself', () => {
    for (const line of [
      'docker run -itp 80:80 -e B=2 -e A=1 --name x nginx nginx -g "daemon off;"',
      'docker rm -f -- -odd b a',
    ]) {
      const once = canonicalCommand(line);
      expect(typeof once).toBe('string');
      expect(canonicalCommand(once as string)).toBe(once);
    }
  });

  it('returns the parse error instead of throwing', () => {
    expect(canonicalCommand('docker run --bogus x')).toEqual({
      error: { code: 'unknown-flag', flag: '--bogus', command: 'docker container run' },
    });
  });
});
