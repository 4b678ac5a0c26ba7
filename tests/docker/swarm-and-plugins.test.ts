import { describe, expect, it } from 'vitest';
import { compareCommands, parseCommandLine } from '../../src/docker/index.js';

// The swarm commands (from this client's --help) and the buildx/scout plugins (from their
// reference pages), read the way docker reads them.
const same = (a: string, b: string) => compareCommands(a, b).equal;
const parsed = (line: string) => {
  const result = parseCommandLine(line);
  if ('error' in result) throw new Error(JSON.stringify(result.error));
  return result;
};

describe('swarm, service, stack, node and secret commands', () => {
  it('know their paths and aliases', () => {
    expect(parsed('docker service list').path).toBe('docker service ls');
    expect(parsed('docker stack up -c compose.yaml shop').path).toBe('docker stack deploy');
    expect(parsed('docker stack down shop').path).toBe('docker stack rm');
    expect(parsed('docker node list').path).toBe('docker node ls');
    expect(parsed('docker secret remove db_password').path).toBe('docker secret rm');
  });

  it('read the image and its command apart on service create', () => {
    const line = parsed('docker service create --name web --replicas 3 alpine ping -c 3 example.com');
    expect(line.positionals).toEqual(['alpine']);
    expect(line.command).toEqual(['ping', '-c', '3', 'example.com']);
    expect(
      same(
        'docker service create --replicas 3 --name web nginx',
        'docker service create --name web --replicas=3 nginx',
      ),
    ).toBe(true);
    expect(same('docker service create --replicas 3 nginx', 'docker service create --replicas 2 nginx')).toBe(
      false,
    );
  });

  it('keep every --publish and --secret, in any order', () => {
    expect(
      same(
        'docker service create -p 80:80 -p 443:443 --secret a --secret b nginx',
        'docker service create --secret b -p 443:443 --secret a --publish 80:80 nginx',
      ),
    ).toBe(true);
    expect(
      same('docker service create -p 80:80 -p 443:443 nginx', 'docker service create -p 443:443 nginx'),
    ).toBe(false);
  });

  it('take scale targets as a set, and durations by value', () => {
    expect(same('docker service scale web=3 api=2', 'docker service scale api=2 web=3')).toBe(true);
    expect(
      same(
        'docker service update --update-delay 10s web',
        'docker service update --update-delay 10000ms web',
      ),
    ).toBe(true);
  });

  it('refuse what docker refuses', () => {
    expect(parseCommandLine('docker swarm init manager')).toHaveProperty('error');
    expect(parseCommandLine('docker swarm join-token')).toHaveProperty('error');
    expect(parseCommandLine('docker service update --replicas three web')).toHaveProperty('error');
    expect(parseCommandLine('docker service create --replica 3 nginx')).toHaveProperty('error');
    expect(parseCommandLine('docker swarm unlock-key')).toEqual({
      error: { code: 'uncovered-command', command: 'docker swarm unlock-key' },
    });
  });
});

describe('buildx and scout (plugins)', () => {
  it('keep a stringArray value whole: commas inside --platform or --cache-to are not split', () => {
    const line = parsed(
      'docker buildx build --platform linux/amd64,linux/arm64 --cache-to type=local,dest=c .',
    );
    expect(line.flags).toEqual([
      { long: '--platform', value: 'linux/amd64,linux/arm64' },
      { long: '--cache-to', value: 'type=local,dest=c' },
    ]);
  });

  it('keep every --secret and --build-arg', () => {
    expect(
      same(
        'docker buildx build --secret id=a,src=a.txt --secret id=b,env=B .',
        'docker buildx build --secret id=b,env=B --secret id=a,src=a.txt .',
      ),
    ).toBe(true);
    expect(
      same(
        'docker buildx build --secret id=a,src=a.txt --secret id=b,env=B .',
        'docker buildx build --secret id=b,env=B .',
      ),
    ).toBe(false);
  });

  it('know buildx b, and that --push is a switch', () => {
    expect(parsed('docker buildx b -t app --push .').path).toBe('docker buildx build');
    expect(same('docker buildx build --push -t app .', 'docker buildx build -t app --push=true .')).toBe(
      true,
    );
  });

  it('know scout cves flags and no made-up ones', () => {
    expect(parsed('docker scout cves --only-severity critical,high nginx').flags).toEqual([
      { long: '--only-severity', value: 'critical' },
      { long: '--only-severity', value: 'high' },
    ]);
    expect(parseCommandLine('docker scout cves --severity high nginx')).toHaveProperty('error');
    // imagetools is covered now (manifest-buildx-scout.test.ts); a misspelt subcommand still fails.
    expect(parseCommandLine('docker buildx imagetool inspect nginx')).toHaveProperty('error');
  });
});

describe('swarm configs, and compose push, watch and cp', () => {
  it('read config commands as this client does: create takes a name and a file', () => {
    expect(parsed('docker config list').path).toBe('docker config ls');
    expect(parsed('docker config remove nginx_conf').path).toBe('docker config rm');
    expect(parsed('docker config create -l env=prod nginx_conf ./nginx.conf').positionals).toEqual([
      'nginx_conf',
      './nginx.conf',
    ]);
    expect(parseCommandLine('docker config create nginx_conf')).toHaveProperty('error');
    expect(same('docker config ls -q', 'docker config ls --quiet')).toBe(true);
  });

  it('know the flags of compose push, watch and cp', () => {
    expect(same('docker compose push -q api', 'docker compose push --quiet api')).toBe(true);
    expect(parseCommandLine('docker compose push --include-deps --ignore-push-failures')).not.toHaveProperty(
      'error',
    );
    // --prune is on by default: writing it asks for nothing more.
    expect(same('docker compose watch --prune', 'docker compose watch')).toBe(true);
    expect(same('docker compose watch --no-up', 'docker compose watch')).toBe(false);
    expect(
      same('docker compose cp -a api:/data ./data', 'docker compose cp --archive api:/data ./data'),
    ).toBe(true);
    expect(parseCommandLine('docker compose cp api:/data')).toHaveProperty('error');
  });
});

describe("compose's own options, before its subcommand", () => {
  it('are read apart from the subcommand, in any spelling', () => {
    const line = parsed('docker compose -f compose.yaml -p shop up -d');
    expect(line.path).toBe('docker compose up');
    expect(line.groupFlags).toEqual([
      { long: '--file', value: 'compose.yaml' },
      { long: '--project-name', value: 'shop' },
    ]);
    expect(line.flags).toEqual([{ long: '--detach' }]);
    expect(same('docker compose -p shop up -d', 'docker compose --project-name=shop up --detach')).toBe(true);
    expect(same('docker compose -p shop up -d', 'docker compose up -d')).toBe(false);
  });

  it('keep the order of compose files, where a later one overrides an earlier one', () => {
    expect(
      same('docker compose -f a.yaml -f b.yaml up', 'docker compose --file a.yaml --file=b.yaml up'),
    ).toBe(true);
    expect(
      compareCommands('docker compose -f a.yaml -f b.yaml up', 'docker compose -f b.yaml -f a.yaml up').diffs,
    ).toEqual([expect.objectContaining({ kind: 'flag-value', flag: '--file', expected: 'a.yaml b.yaml' })]);
  });

  it('give an option the subcommand has too to the subcommand', () => {
    expect(same('docker compose --dry-run up', 'docker compose up --dry-run')).toBe(true);
    expect(parsed('docker compose --dry-run up').groupFlags).toBeUndefined();
  });
});
