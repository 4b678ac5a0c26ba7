import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tieringFlags } from '../../src/cli/tiering.js';
import { runSpawned, tempDir } from './helpers.js';

describe('V8 tiering', () => {
  it('raises the thresholds on the V8s it was measured on, in their own flags', () => {
    expect(tieringFlags('11.3.244.8-node.33', '')).toBe('--interrupt-budget=1000000');
    for (const v8 of ['12.4.254.21-node.57', '13.6.233.17-node.40'])
      expect(tieringFlags(v8, '')).toBe(
        '--invocation-count-for-turbofan=90000 --invocation-count-for-maglev=12000',
      );
  });

  it('leaves an unmeasured V8 and a user who tunes V8 alone', () => {
    expect(tieringFlags('10.2.154.26-node.26', '')).toBeUndefined();
    expect(tieringFlags('14.1.0', '')).toBeUndefined();
    expect(tieringFlags('11.3.244.8-node.33', '--max-old-space-size=4096 --no-opt')).toBeUndefined();
    expect(tieringFlags('13.6.233.17-node.40', '--invocation-count-for-turbofan=10')).toBeUndefined();
  });

  it('is a flag this Node knows: setting it prints nothing', () => {
    const flags = tieringFlags(process.versions.v8, '');
    if (!flags) return;
    const result = spawnSync(
      process.execPath,
      ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flags)})`],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('when the thresholds are set', () => {
  // A preload that says at exit whether node:v8 (which setting them loads) was loaded.
  const v8Loaded = (args: string[]) => {
    const dir = tempDir();
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      "process.on('exit', () => process.stderr.write('v8 loaded: ' + process.moduleLoadList.includes('NativeModule v8')))",
    );
    writeFileSync(join(dir, 'note.md'), '# Ports\n\n## docker run\n\n- `-p` : publishes a port\n');
    const result = runSpawned(args, { cwd: dir, env: { NODE_OPTIONS: `-r ${hook}` } });
    expect(result.status).toBe(0);
    return /v8 loaded: (\w+)/.exec(result.stderr)?.[1];
  };

  it('a command that parses nothing never sets them (nor loads node:v8)', () => {
    expect(v8Loaded(['card', 'container-run'])).toBe('false');
  });

  it('a parse sets them first, when this V8 has them', () => {
    const expected = tieringFlags(process.versions.v8, '') ? 'true' : 'false';
    expect(v8Loaded(['--notes', 'note.md', 'cards'])).toBe(expected);
    expect(v8Loaded(['lint', 'note.md'])).toBe(expected);
  });
});
