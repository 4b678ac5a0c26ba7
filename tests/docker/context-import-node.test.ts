import { describe, expect, it } from 'vitest';
import { isUncoveredCommand } from '../../src/docker/index.js';
import { errorOf, parsed, same } from './lines.js';

// docker import, the context commands, node demote/rm (from this client's --help) and
// compose top/images/ls (from Compose's reference pages), read the way docker reads them.

describe('the new commands resolve', () => {
  it.each([
    ['docker import rootfs.tar', 'docker image import'],
    ['docker image import - myimage:1.0', 'docker image import'],
    ['docker context create prod --docker host=ssh://me@prod', 'docker context create'],
    ['docker context use prod', 'docker context use'],
    ['docker context ls', 'docker context ls'],
    ['docker context list', 'docker context ls'],
    ['docker context rm prod', 'docker context rm'],
    ['docker context remove prod staging', 'docker context rm'],
    ['docker context inspect', 'docker context inspect'],
    ['docker context show', 'docker context show'],
    ['docker context export prod', 'docker context export'],
    ['docker context import prod prod.dockercontext', 'docker context import'],
    ['docker context update prod --description "the big one"', 'docker context update'],
    ['docker node demote node-2', 'docker node demote'],
    ['docker node rm node-3', 'docker node rm'],
    ['docker node remove node-3', 'docker node rm'],
    ['docker compose top', 'docker compose top'],
    ['docker compose images web', 'docker compose images'],
    ['docker compose ls -a', 'docker compose ls'],
  ])('%s → %s', (line, path) => {
    expect(parsed(line).path).toBe(path);
  });

  it('are no longer reported as uncovered', () => {
    for (const words of [
      ['import'],
      ['image', 'import'],
      ['context', 'ls'],
      ['node', 'rm'],
      ['node', 'demote'],
    ]) {
      expect(isUncoveredCommand(words), words.join(' ')).toBeUndefined();
    }
    // `docker context` alone is now a group that needs a subcommand, like `docker node`.
    expect(errorOf('docker context')).toMatchObject({ code: 'needs-subcommand', group: 'docker context' });
    expect(errorOf('docker context lst')).toEqual({
      code: 'unknown-command',
      command: 'docker context lst',
      suggestion: 'docker context ls',
    });
    // Compose subcommands the grammar still lacks stay "not covered".
    expect(errorOf('docker compose port web 80')).toEqual({
      code: 'uncovered-command',
      command: 'docker compose',
    });
  });
});

describe('aliases mean the same', () => {
  it.each([
    ['docker import -m "from tar" rootfs.tar base:1', 'docker image import -m "from tar" rootfs.tar base:1'],
    ['docker context list -q', 'docker context ls -q'],
    ['docker context remove -f prod', 'docker context rm -f prod'],
    ['docker node remove --force node-3', 'docker node rm --force node-3'],
  ])('%s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('but a different command is not the same', () => {
    expect(same('docker image import rootfs.tar', 'docker image load -i rootfs.tar')).toBe(false);
    expect(same('docker node demote node-2', 'docker node promote node-2')).toBe(false);
    expect(same('docker context ls', 'docker context show')).toBe(false);
    expect(same('docker compose ls', 'docker compose ps')).toBe(false);
  });
});

describe('short and long flags are the same flag', () => {
  it.each([
    ['docker import -c "CMD [\\"sh\\"]" rootfs.tar', 'docker import --change "CMD [\\"sh\\"]" rootfs.tar'],
    ['docker import -m init rootfs.tar', 'docker import --message=init rootfs.tar'],
    ['docker context ls -q', 'docker context ls --quiet'],
    ['docker context rm -f prod', 'docker context rm --force prod'],
    ['docker context inspect -f "{{.Name}}" prod', 'docker context inspect --format "{{.Name}}" prod'],
    ['docker node rm -f node-3', 'docker node rm --force node-3'],
    ['docker compose images -q', 'docker compose images --quiet'],
    ['docker compose ls -a -q', 'docker compose ls --all --quiet'],
  ])('%s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('and leaving a flag out is a difference', () => {
    expect(same('docker node rm -f node-3', 'docker node rm node-3')).toBe(false);
    expect(same('docker context rm -f prod', 'docker context rm prod')).toBe(false);
    expect(same('docker import -m init rootfs.tar', 'docker import -m other rootfs.tar')).toBe(false);
    expect(same('docker compose ls -a', 'docker compose ls')).toBe(false);
  });
});

describe('unknown flags and wrong argument counts are refused', () => {
  it.each([
    ['docker import --tag base rootfs.tar', '--tag'],
    ['docker image import -t base rootfs.tar', '-t'],
    // Removed from docker: contexts no longer carry a Kubernetes endpoint.
    ['docker context create k8s --kubernetes config-file=x', '--kubernetes'],
    ['docker context ls --all', '--all'],
    ['docker context use -f prod', '-f'],
    ['docker context update prod --from other', '--from'],
    ['docker node demote --force node-2', '--force'],
    ['docker compose top --all', '--all'],
    ['docker compose ls --services', '--services'],
  ])('%s (%s)', (line, flag) => {
    expect(errorOf(line)).toMatchObject({ code: 'unknown-flag', flag });
  });

  it('counts arguments as docker does', () => {
    expect(errorOf('docker import')).toMatchObject({ code: 'too-few-arguments', min: 1 });
    expect(errorOf('docker context use')).toMatchObject({ code: 'too-few-arguments', exactly: true });
    expect(errorOf('docker context use a b')).toMatchObject({ code: 'too-many-arguments', max: 1 });
    expect(errorOf('docker context import prod')).toMatchObject({ code: 'too-few-arguments', min: 2 });
    expect(errorOf('docker context export a b c')).toMatchObject({ code: 'too-many-arguments', max: 2 });
    expect(errorOf('docker context show prod')).toMatchObject({ code: 'no-arguments', first: 'prod' });
    expect(errorOf('docker context rm')).toMatchObject({ code: 'too-few-arguments' });
    expect(errorOf('docker node rm')).toMatchObject({ code: 'too-few-arguments' });
    expect(errorOf('docker node demote')).toMatchObject({ code: 'too-few-arguments' });
    expect(errorOf('docker compose ls shop')).toMatchObject({ code: 'no-arguments', first: 'shop' });
    // The client reads only the first two arguments of import and ignores the rest.
    expect(parsed('docker import rootfs.tar base:1 extra').positionals).toEqual([
      'rootfs.tar',
      'base:1',
      'extra',
    ]);
  });
});

describe('what the new flags and arguments mean', () => {
  it('keeps every --change of docker import, in any order', () => {
    const line = parsed('docker import -c "ENV A=1" --change "CMD sh" rootfs.tar base');
    expect(line.flags).toEqual([
      { long: '--change', value: 'ENV A=1' },
      { long: '--change', value: 'CMD sh' },
    ]);
    expect(line.positionals).toEqual(['rootfs.tar', 'base']);
    expect(
      same('docker import -c "ENV A=1" -c "CMD sh" f.tar', 'docker import -c "CMD sh" -c "ENV A=1" f.tar'),
    ).toBe(true);
    expect(same('docker import -c "ENV A=1" -c "CMD sh" f.tar', 'docker import -c "CMD sh" f.tar')).toBe(
      false,
    );
  });

  it('reads --docker as one key=value map', () => {
    const line = parsed('docker context create prod --docker host=tcp://10.0.0.5:2376,skip-tls-verify=true');
    expect(line.flags).toEqual([
      { long: '--docker', value: 'host=tcp://10.0.0.5:2376' },
      { long: '--docker', value: 'skip-tls-verify=true' },
    ]);
    // Pairs may be split over several --docker options and given in any order.
    expect(
      same(
        'docker context create prod --docker host=tcp://a:2376,skip-tls-verify=true',
        'docker context create prod --docker skip-tls-verify=true --docker host=tcp://a:2376',
      ),
    ).toBe(true);
    // A later value for the same key replaces the earlier one, as in docker.
    expect(
      same(
        'docker context create prod --docker host=tcp://a:1 --docker host=tcp://b:2',
        'docker context create prod --docker host=tcp://b:2',
      ),
    ).toBe(true);
    expect(
      same(
        'docker context update prod --docker host=tcp://a:1',
        'docker context update prod --docker host=tcp://b:2',
      ),
    ).toBe(false);
    // With a single pair docker takes the value whole, commas included.
    expect(parsed('docker context create prod --docker "host=tcp://a:1,b"').flags).toEqual([
      { long: '--docker', value: 'host=tcp://a:1,b' },
    ]);
  });

  it('knows the file context export writes when none is named', () => {
    expect(same('docker context export prod', 'docker context export prod prod.dockercontext')).toBe(true);
    expect(same('docker context export prod', 'docker context export prod -')).toBe(false);
    expect(same('docker context export prod', 'docker context export prod other.dockercontext')).toBe(false);
  });

  it('takes node and context targets as a set, but keeps import arguments in order', () => {
    expect(same('docker node rm a b', 'docker node rm b a')).toBe(true);
    expect(same('docker node demote a b', 'docker node demote b a')).toBe(true);
    expect(same('docker context rm a b', 'docker context rm b a')).toBe(true);
    expect(same('docker context import prod prod.tar', 'docker context import prod.tar prod')).toBe(false);
    expect(same('docker import rootfs.tar base', 'docker import base rootfs.tar')).toBe(false);
  });

  it('knows --format table is what compose images and ls print anyway', () => {
    expect(same('docker compose ls --format table', 'docker compose ls')).toBe(true);
    expect(same('docker compose images --format table', 'docker compose images')).toBe(true);
    expect(same('docker compose ls --format json', 'docker compose ls')).toBe(false);
    expect(same('docker compose top web db', 'docker compose top db web')).toBe(true);
  });
});
