import { describe, expect, it } from 'vitest';
import { findCommand, isUncoveredCommand, lookupFlag } from '../../src/docker/index.js';
import { errorOf, parsed, same } from './lines.js';

// docker manifest (from this client's --help), the buildx subcommands added beside build
// (du, rm, stop, version, imagetools) and the scout ones (from their reference pages).

describe('typical lines resolve to their command', () => {
  it.each([
    ['docker manifest inspect nginx:1.27', 'docker manifest inspect'],
    ['docker manifest inspect -v myrepo/app:1 myrepo/app:1-arm64', 'docker manifest inspect'],
    ['docker manifest create myrepo/app:1 myrepo/app:1-amd64 myrepo/app:1-arm64', 'docker manifest create'],
    ['docker manifest annotate --arch arm64 myrepo/app:1 myrepo/app:1-arm64', 'docker manifest annotate'],
    ['docker manifest push --purge myrepo/app:1', 'docker manifest push'],
    ['docker manifest rm myrepo/app:1', 'docker manifest rm'],
    ['docker buildx imagetools inspect alpine', 'docker buildx imagetools inspect'],
    [
      'docker buildx imagetools create -t me/app:1 me/app:1-amd64 me/app:1-arm64',
      'docker buildx imagetools create',
    ],
    ['docker buildx du --verbose', 'docker buildx du'],
    ['docker buildx rm --all-inactive -f', 'docker buildx rm'],
    ['docker buildx stop mybuilder', 'docker buildx stop'],
    ['docker buildx version', 'docker buildx version'],
    ['docker scout cves --only-severity critical,high myimg', 'docker scout cves'],
    ['docker scout quickview', 'docker scout quickview'],
    ['docker scout qv nginx', 'docker scout quickview'],
    ['docker scout recommendations --only-refresh nginx', 'docker scout recommendations'],
    ['docker scout compare --to myimg:1.0 myimg:1.1', 'docker scout compare'],
    ['docker scout diff --to-latest myimg:1.1', 'docker scout compare'],
  ])('%s → %s', (line, path) => {
    expect(parsed(line).path).toBe(path);
  });

  it('reads all three words of buildx imagetools, and keeps the arguments after them', () => {
    expect(findCommand(['buildx', 'imagetools', 'inspect', 'alpine'])).toMatchObject({
      spec: { path: ['buildx', 'imagetools', 'inspect'] },
      consumed: 3,
    });
    expect(parsed('docker buildx imagetools inspect alpine').positionals).toEqual(['alpine']);
    expect(parsed('docker buildx du --verbose')).toMatchObject({
      flags: [{ long: '--verbose' }],
      positionals: [],
    });
    expect(parsed('docker scout quickview').positionals).toEqual([]);
  });

  it('splits the severities of scout cves at commas, as a strings flag', () => {
    expect(parsed('docker scout cves --only-severity critical,high myimg')).toMatchObject({
      flags: [
        { long: '--only-severity', value: 'critical' },
        { long: '--only-severity', value: 'high' },
      ],
      positionals: ['myimg'],
    });
  });
});

describe('covered and uncovered', () => {
  it('treats docker manifest as a group that needs one of its subcommands', () => {
    expect(isUncoveredCommand(['manifest', 'inspect'])).toBeUndefined();
    expect(errorOf('docker manifest')).toMatchObject({ code: 'needs-subcommand', group: 'docker manifest' });
    expect(errorOf('docker manifest inspct nginx')).toEqual({
      code: 'unknown-command',
      command: 'docker manifest inspct',
      suggestion: 'docker manifest inspect',
    });
  });

  it('still calls the scout and buildx subcommands it lacks "not covered"', () => {
    expect(errorOf('docker scout sbom nginx')).toEqual({
      code: 'uncovered-command',
      command: 'docker scout',
    });
    expect(errorOf('docker buildx bake')).toEqual({ code: 'uncovered-command', command: 'docker buildx' });
  });
});

describe('short flags are read as their long names', () => {
  it.each([
    ['docker manifest inspect', '-v', '--verbose'],
    ['docker manifest create', '-a', '--amend'],
    ['docker manifest push', '-p', '--purge'],
    ['docker buildx rm', '-f', '--force'],
    ['docker buildx du', '-D', '--debug'],
    ['docker buildx imagetools create', '-t', '--tag'],
    ['docker buildx imagetools create', '-f', '--file'],
    ['docker scout cves', '-o', '--output'],
    ['docker scout cves', '-e', '--exit-code'],
    ['docker scout quickview', '-o', '--output'],
    ['docker scout recommendations', '-o', '--output'],
    ['docker scout compare', '-x', '--exit-on'],
  ])('%s %s → %s', (path, short, long) => {
    expect(lookupFlag(path, short)?.long).toBe(long);
  });

  it.each([
    ['docker manifest inspect -v nginx', 'docker manifest inspect --verbose nginx'],
    ['docker manifest create -a list a b', 'docker manifest create --amend list a b'],
    ['docker manifest push -p list', 'docker manifest push --purge list'],
    ['docker buildx rm -f old', 'docker buildx rm --force old'],
    [
      'docker buildx imagetools create -t me/app:1 -f d.json',
      'docker buildx imagetools create --tag me/app:1 --file d.json',
    ],
    ['docker scout cves -e -o out.txt myimg', 'docker scout cves --exit-code --output out.txt myimg'],
    ['docker scout qv -o report.txt', 'docker scout quickview --output report.txt'],
    [
      'docker scout compare -x vulnerability --to a b',
      'docker scout compare --exit-on vulnerability --to a b',
    ],
  ])('%s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('and the parsed flags carry the long name', () => {
    expect(parsed('docker manifest inspect -v nginx:1.27').flags).toEqual([{ long: '--verbose' }]);
    expect(parsed('docker scout cves -o cves.txt -e myimg').flags).toEqual([
      { long: '--output', value: 'cves.txt' },
      { long: '--exit-code' },
    ]);
  });
});

describe('which flags take a value and which are switches', () => {
  it.each([
    ['docker manifest annotate', '--arch', true],
    ['docker manifest annotate', '--os-features', true],
    ['docker manifest inspect', '--insecure', false],
    ['docker manifest push', '--purge', false],
    ['docker buildx du', '--filter', true],
    ['docker buildx du', '--verbose', false],
    ['docker buildx rm', '--keep-state', false],
    ['docker buildx imagetools create', '--progress', true],
    ['docker buildx imagetools create', '--dry-run', false],
    ['docker buildx imagetools inspect', '--format', true],
    ['docker buildx imagetools inspect', '--raw', false],
    ['docker scout cves', '--only-fixed', false],
    ['docker scout cves', '--format', true],
    ['docker scout quickview', '--only-policy', true],
    ['docker scout recommendations', '--tag', true],
    ['docker scout recommendations', '--only-update', false],
    ['docker scout compare', '--to', true],
    ['docker scout compare', '--to-latest', false],
  ])('%s %s takes a value: %s', (path, long, takesValue) => {
    expect(lookupFlag(path, long)?.takesValue).toBe(takesValue);
  });

  it('keeps commas inside stringArray values but splits strings lists', () => {
    expect(parsed('docker buildx imagetools create --annotation "index:a=1,2" -t x src').flags).toEqual([
      { long: '--annotation', value: 'index:a=1,2' },
      { long: '--tag', value: 'x' },
    ]);
    expect(parsed('docker manifest annotate --os-features a,b list img').flags).toEqual([
      { long: '--os-features', value: 'a' },
      { long: '--os-features', value: 'b' },
    ]);
  });

  it('refuses a value on a switch that is not a boolean', () => {
    expect(errorOf('docker manifest push --purge=soon list')).toMatchObject({ code: 'needs-boolean' });
    expect(errorOf('docker scout cves --only-fixed=yes myimg')).toMatchObject({ code: 'needs-boolean' });
  });
});

describe('what the new commands mean', () => {
  it('knows the defaults docker states', () => {
    // --prefer-index is on unless turned off.
    expect(
      same(
        'docker buildx imagetools create -t x src',
        'docker buildx imagetools create --prefer-index -t x src',
      ),
    ).toBe(true);
    expect(
      same(
        'docker buildx imagetools create -t x src',
        'docker buildx imagetools create --prefer-index=false -t x src',
      ),
    ).toBe(false);
    expect(
      same(
        'docker buildx imagetools inspect alpine',
        'docker buildx imagetools inspect --format "{{.Manifest}}" alpine',
      ),
    ).toBe(true);
    expect(same('docker scout cves --format packages myimg', 'docker scout cves myimg')).toBe(true);
    expect(same('docker scout compare --format text --to a b', 'docker scout compare --to a b')).toBe(true);
  });

  it('reads image references the way docker normalises them', () => {
    expect(
      same('docker manifest inspect nginx', 'docker manifest inspect docker.io/library/nginx:latest'),
    ).toBe(true);
    expect(same('docker scout cves nginx', 'docker scout cves nginx:latest')).toBe(true);
    expect(same('docker scout qv nginx:1.27', 'docker scout qv nginx:1.26')).toBe(false);
  });

  it('takes rm targets as a set, but keeps the order of manifest create', () => {
    expect(same('docker manifest rm a b', 'docker manifest rm b a')).toBe(true);
    expect(same('docker buildx rm a b', 'docker buildx rm b a')).toBe(true);
    expect(same('docker manifest create list a b', 'docker manifest create list b a')).toBe(false);
    expect(
      same(
        'docker scout cves --only-severity critical,high x',
        'docker scout cves --only-severity high,critical x',
      ),
    ).toBe(true);
  });

  it('tells the commands apart', () => {
    expect(same('docker manifest inspect nginx', 'docker buildx imagetools inspect nginx')).toBe(false);
    expect(same('docker scout quickview nginx', 'docker scout cves nginx')).toBe(false);
    expect(same('docker buildx du', 'docker system df')).toBe(false);
    expect(same('docker buildx du --verbose', 'docker buildx du')).toBe(false);
  });
});

describe('wrong flags and argument counts are still reported', () => {
  it.each([
    ['docker manifest inspect --purge nginx:1.27', '--purge'],
    ['docker manifest push -v myrepo/app:1', '-v'],
    ['docker manifest rm -f myrepo/app:1', '-f'],
    ['docker buildx du --all', '--all'],
    ['docker buildx rm --all', '--all'],
    ['docker buildx imagetools inspect --platform linux/arm64 alpine', '--platform'],
    ['docker scout cves --severity high myimg', '--severity'],
    ['docker scout quickview --only-fixed', '--only-fixed'],
    ['docker scout recommendations --only-severity high nginx', '--only-severity'],
    ['docker scout compare --to-image a b', '--to-image'],
  ])('%s (%s)', (line, flag) => {
    expect(errorOf(line)).toMatchObject({ code: 'unknown-flag', flag });
  });

  it('suggests the flag that was meant', () => {
    expect(errorOf('docker scout cves --only-severty high myimg')).toMatchObject({
      code: 'unknown-flag',
      flag: '--only-severty',
      suggestion: '--only-severity',
    });
  });

  it('counts arguments as docker does', () => {
    expect(errorOf('docker manifest inspect')).toMatchObject({ code: 'too-few-arguments', min: 1 });
    expect(errorOf('docker manifest inspect a b c')).toMatchObject({ code: 'too-many-arguments', max: 2 });
    expect(errorOf('docker manifest create list')).toMatchObject({ code: 'too-few-arguments', min: 2 });
    expect(errorOf('docker manifest annotate list')).toMatchObject({
      code: 'too-few-arguments',
      exactly: true,
    });
    expect(errorOf('docker manifest push a b')).toMatchObject({ code: 'too-many-arguments', max: 1 });
    expect(errorOf('docker buildx imagetools inspect')).toMatchObject({
      code: 'too-few-arguments',
      exactly: true,
    });
    expect(errorOf('docker buildx du x')).toMatchObject({ code: 'no-arguments', first: 'x' });
    expect(errorOf('docker buildx version x')).toMatchObject({ code: 'no-arguments', first: 'x' });
    expect(errorOf('docker buildx stop a b')).toMatchObject({ code: 'too-many-arguments', max: 1 });
    expect(errorOf('docker scout cves a b')).toMatchObject({ code: 'too-many-arguments', max: 1 });
  });
});
